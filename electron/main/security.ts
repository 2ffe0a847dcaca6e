// Locks down every webContents and the session: no new windows, no navigation away, no webviews, no permissions.
import { BrowserWindow, dialog, shell, type MessageBoxOptions, type Session, type WebContents } from 'electron';
import type { MainLabels } from './labels.js';
import { isTrustedUrl } from './origin.js';

export interface SecurityOptions {
  /** Origins the app itself is served from; navigation anywhere else is refused. */
  trustedOrigins: ReadonlySet<string>;
  /** The labels in the current interface language (for the external-link confirmation). */
  labels: () => MainLabels;
}

const MAX_SHOWN_URL_LENGTH = 500;

/** Applied to every webContents as it is created (`web-contents-created`), the main window's included. */
export function hardenWebContents(contents: WebContents, options: SecurityOptions): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void offerExternalLink(contents, url, options.labels());
    return { action: 'deny' };
  });
  const keepInApp = (event: { url: string; preventDefault: () => void }): void => {
    if (isTrustedUrl(event.url, options.trustedOrigins)) return;
    event.preventDefault();
    if (isExternalWebUrl(event.url)) void offerExternalLink(contents, event.url, options.labels());
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isTrustedUrl(event.url, options.trustedOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url, options.trustedOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The one permission the app uses: writing plain text to the clipboard (the "Copy" buttons of citations). */
export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/**
 * The app needs no camera, microphone, notifications, clipboard-read, HID, serial… : every request and check says no,
 * except a clipboard write asked by the app's own main frame (origin checked), which navigator.clipboard.writeText needs.
 */
export function hardenSession(session: PermissionSession, trustedOrigins: ReadonlySet<string>): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permission === ALLOWED_PERMISSION && details?.isMainFrame === true && isTrustedUrl(details.requestingUrl, trustedOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    return permission === ALLOWED_PERMISSION && details?.isMainFrame === true && isTrustedUrl(requestingOrigin, trustedOrigins);
  });
  session.setDevicePermissionHandler(() => false);
}

export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Asks first; only an explicit "Open" hands the link to the system browser. Returns whether it was opened. */
export async function offerExternalLink(contents: WebContents, url: string, labels: MainLabels): Promise<boolean> {
  const shownUrl = url.length > MAX_SHOWN_URL_LENGTH ? `${url.slice(0, MAX_SHOWN_URL_LENGTH)}…` : url;
  const options: MessageBoxOptions = {
    type: 'question',
    title: labels.externalLinkTitle,
    message: labels.externalLinkMessage,
    detail: `${labels.externalLinkDetail}\n${shownUrl}`,
    buttons: [labels.open, labels.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const parent = BrowserWindow.fromWebContents(contents);
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}
