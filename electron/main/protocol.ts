// The app:// protocol: registered as a privileged scheme before ready, then serving out/renderer with the CSP header.
import { protocol } from 'electron';
import { APP_SCHEME } from './origin.js';
import { createRendererHandler } from './renderer-files.js';

/** Must run before `app` is ready: app:// behaves like https (standard, secure origin, fetch, code cache). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from `rootDir` on app://spokesdesk/… (default session). */
export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rootDir));
}
