// Where the app keeps its data, finds its bundled resources and loads its renderer from (pure: no electron import).
import { isAbsolute, join, resolve } from 'node:path';
import { APP_ENTRY_URL, originOf } from './origin.js';

export const DATA_DIR_ENV = 'SPOKESDESK_DATA_DIR';
export const RENDERER_URL_ENV = 'ELECTRON_RENDERER_URL';

/** The data folder: Electron's userData unless SPOKESDESK_DATA_DIR names another (made absolute). */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataPath: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  if (!override) return userDataPath;
  return isAbsolute(override) ? override : resolve(override);
}

/** resources/ (fonts, starter, templates, sample): beside app.asar when packaged, the repository's in development. */
export function resolveResourcesDir(isPackaged: boolean, resourcesPath: string, appPath: string): string {
  return isPackaged ? join(resourcesPath, 'resources') : join(appPath, 'resources');
}

/**
 * The dev server URL, honoured only in an unpackaged run and only on loopback http(s): a packaged app never loads
 * remote content because an environment variable says so.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const url = env[RENDERER_URL_ENV]?.trim();
  if (isPackaged || !url) return undefined;
  const origin = originOf(url);
  if (!origin) return undefined;
  const { protocol, hostname } = new URL(url);
  const loopback = hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  return (protocol === 'http:' || protocol === 'https:') && loopback ? url : undefined;
}

export function rendererEntryUrl(devUrl: string | undefined): string {
  return devUrl ?? APP_ENTRY_URL;
}

/** The built renderer (out/renderer) relative to the bundled main script (out/main/index.js). */
export function rendererRootDir(mainScriptDir: string): string {
  return join(mainScriptDir, '..', 'renderer');
}
