// The app's own origin (app://spokesdesk, or the dev server in development) and the test of whether a URL belongs to it.

export const APP_SCHEME = 'app';
export const APP_HOST = 'spokesdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it cannot be parsed. Computed by hand because WHATWG `URL.origin`
 * is "null" for non-special schemes such as app:.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** The origins the renderer may be loaded from: the app protocol, plus the dev server when one is in use. */
export function trustedOrigins(devServerUrl: string | undefined): ReadonlySet<string> {
  const origins = new Set([APP_ORIGIN]);
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  if (devOrigin) origins.add(devOrigin);
  return origins;
}

export function isTrustedUrl(url: string, origins: ReadonlySet<string>): boolean {
  const origin = originOf(url);
  return origin !== null && origins.has(origin);
}
