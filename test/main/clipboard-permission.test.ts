// Session permissions: only a clipboard write from the app's own main frame is allowed (the citation Copy buttons); all else is refused.
import { describe, expect, it, vi } from 'vitest';
import { FakeWebContents } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const { hardenSession } = await import('../../electron/main/security.js');
const { trustedOrigins } = await import('../../electron/main/origin.js');

type PermissionSession = Parameters<typeof hardenSession>[0];
type RequestHandler = NonNullable<Parameters<PermissionSession['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<PermissionSession['setPermissionCheckHandler']>[0]>;
type DeviceHandler = NonNullable<Parameters<PermissionSession['setDevicePermissionHandler']>[0]>;
type Permission = Parameters<RequestHandler>[1];
/** The handlers ignore the webContents: the origin and frame in `details` decide. */
type Contents = Parameters<RequestHandler>[0];

/** A session that records the handlers hardenSession installs, typed with Electron's own signatures. */
function harden(devServer?: string) {
  const installed: { request?: RequestHandler; check?: CheckHandler; device?: DeviceHandler } = {};
  const session = {
    setPermissionRequestHandler: (handler) => void (installed.request = handler ?? undefined),
    setPermissionCheckHandler: (handler) => void (installed.check = handler ?? undefined),
    setDevicePermissionHandler: (handler) => void (installed.device = handler ?? undefined),
  } satisfies PermissionSession;
  hardenSession(session, trustedOrigins(devServer));
  const { request, check, device } = installed;
  if (!request || !check || !device) throw new Error('hardenSession left a permission handler unset');
  const contents = new FakeWebContents() as unknown as Contents;
  const requestPermission = (permission: Permission, requestingUrl: string, isMainFrame = true): boolean => {
    let granted: boolean | undefined;
    request(contents, permission, (answer) => (granted = answer), { requestingUrl, isMainFrame });
    if (granted === undefined) throw new Error('the request handler did not answer');
    return granted;
  };
  const checkPermission = (permission: Permission, origin: string, isMainFrame = true): boolean =>
    check(contents, permission, origin, { requestingUrl: `${origin}/index.html`, isMainFrame });
  return { requestPermission, checkPermission };
}

describe('session permissions', () => {
  it('allow a clipboard write asked by the app page itself', () => {
    const { requestPermission, checkPermission } = harden();
    expect(requestPermission('clipboard-sanitized-write', 'app://spokesdesk/index.html#/directives/abc')).toBe(true);
    expect(checkPermission('clipboard-sanitized-write', 'app://spokesdesk')).toBe(true);
  });

  it('refuse a clipboard write from another origin, a subframe or an unused dev server', () => {
    const { requestPermission, checkPermission } = harden();
    expect(requestPermission('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(requestPermission('clipboard-sanitized-write', 'app://evil/index.html')).toBe(false);
    expect(requestPermission('clipboard-sanitized-write', 'app://spokesdesk/index.html', false)).toBe(false);
    expect(checkPermission('clipboard-sanitized-write', 'http://localhost:5173')).toBe(false);
    expect(checkPermission('clipboard-sanitized-write', 'file://')).toBe(false);
    expect(checkPermission('clipboard-sanitized-write', 'app://spokesdesk', false)).toBe(false);
  });

  it('allow the dev server origin only when it is the one in use', () => {
    const { checkPermission } = harden('http://localhost:5173');
    expect(checkPermission('clipboard-sanitized-write', 'http://localhost:5173')).toBe(true);
    expect(checkPermission('clipboard-sanitized-write', 'http://localhost:5174')).toBe(false);
  });

  it.each<Permission>(['clipboard-read', 'deprecated-sync-clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'fullscreen', 'unknown'])(
    'refuse %s even for the app page',
    (permission) => {
      const { requestPermission, checkPermission } = harden();
      expect(requestPermission(permission, 'app://spokesdesk/index.html')).toBe(false);
      expect(checkPermission(permission, 'app://spokesdesk')).toBe(false);
    },
  );
});
