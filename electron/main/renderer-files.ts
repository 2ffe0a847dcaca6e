// Serves the built renderer for app://spokesdesk/… as fetch Responses with the security headers (no electron import).
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from './csp.js';
import { mimeTypeOf } from './mime.js';
import { APP_HOST, APP_SCHEME } from './origin.js';

/**
 * The app:// request handler: only GET/HEAD on our host; the decoded path must resolve inside
 * `rootDir` (encoded `..%2f` and back-slashes included), otherwise 404. Every response carries the security headers.
 */
export function createRendererHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const filePath = resolveInside(root, request.url);
    if (!filePath) return plain(404, 'Not Found');
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      return plain(404, 'Not Found');
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(filePath), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** The file a request URL names, or null when the URL is foreign, malformed or points outside `root`. */
export function resolveInside(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relativePath = pathname === '/' ? 'index.html' : pathname.replace(/^[/\\]+/, '');
  const candidate = resolve(root, relativePath);
  const fromRoot = relative(root, candidate);
  if (fromRoot === '' || isAbsolute(fromRoot) || fromRoot === '..' || fromRoot.startsWith(`..${sep}`)) return null;
  return candidate;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
