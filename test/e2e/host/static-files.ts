// Finds the built renderer's files traversal-safely and injects the bridge script tag into index.html.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const BRIDGE_SCRIPT_PATH = '/bridge.js';
const BRIDGE_TAG = `<script src="${BRIDGE_SCRIPT_PATH}"></script>`;

export type StaticLookup = { found: true; filePath: string } | { found: false; status: 400 | 404 };

/**
 * Maps a URL pathname to a file inside `root`, or refuses it: undecodable names, NUL bytes, backslashes and any ".."
 * segment are refused outright, and the real path (symlinks resolved) must still lie inside the root.
 */
export async function resolveStatic(root: string, pathname: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { found: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { found: false, status: 400 };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return { found: false, status: 400 };
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const realRoot = await fs.realpath(root);
  let filePath: string;
  try {
    filePath = await fs.realpath(path.join(realRoot, relative));
  } catch {
    return { found: false, status: 404 };
  }
  if (!filePath.startsWith(realRoot + path.sep)) return { found: false, status: 404 };
  const stat = await fs.stat(filePath);
  if (!stat.isFile()) return { found: false, status: 404 };
  return { found: true, filePath };
}

/** Puts the bridge script before the app's first script, so window.spokesdesk exists before the app runs. */
export function injectBridge(html: string): string {
  const firstScript = html.search(/<script\b/i);
  if (firstScript >= 0) return `${html.slice(0, firstScript)}${BRIDGE_TAG}\n    ${html.slice(firstScript)}`;
  const headEnd = html.search(/<\/head>/i);
  if (headEnd >= 0) return `${html.slice(0, headEnd)}${BRIDGE_TAG}\n${html.slice(headEnd)}`;
  throw new Error('index.html has neither a <script> nor a </head> to put the bridge before');
}
