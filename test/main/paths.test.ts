// Data folder, resources and renderer URL resolution, and the app-origin test used by navigation and IPC checks.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isTrustedUrl, originOf, trustedOrigins } from '../../electron/main/origin.js';
import { devServerUrl, rendererEntryUrl, resolveDataDir, resolveResourcesDir } from '../../electron/main/paths.js';

describe('paths', () => {
  it('uses userData unless SPOKESDESK_DATA_DIR names another folder (made absolute)', () => {
    expect(resolveDataDir({}, '/home/an/.config/Spokesdesk')).toBe('/home/an/.config/Spokesdesk');
    expect(resolveDataDir({ SPOKESDESK_DATA_DIR: '  ' }, '/u')).toBe('/u');
    expect(resolveDataDir({ SPOKESDESK_DATA_DIR: '/media/usb/Dữ liệu' }, '/u')).toBe('/media/usb/Dữ liệu');
    expect(resolveDataDir({ SPOKESDESK_DATA_DIR: 'data' }, '/u')).toBe(resolve('data'));
  });

  it('finds resources beside app.asar when packaged and in the repository otherwise', () => {
    expect(resolveResourcesDir(true, '/opt/Spokesdesk/resources', '/opt/Spokesdesk/resources/app.asar')).toBe(
      join('/opt/Spokesdesk/resources', 'resources'),
    );
    expect(resolveResourcesDir(false, '/x', '/work/spokesdesk')).toBe(join('/work/spokesdesk', 'resources'));
  });

  it('honours ELECTRON_RENDERER_URL only unpackaged and only on loopback', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'not a url' }, false)).toBeUndefined();
    expect(rendererEntryUrl(undefined)).toBe('app://spokesdesk/index.html');
    expect(rendererEntryUrl('http://localhost:5173')).toBe('http://localhost:5173');
  });
});

describe('the app origin', () => {
  it('is computed for the custom scheme too (URL.origin says "null" there)', () => {
    expect(new URL(APP_ENTRY_URL).origin).toBe('null');
    expect(originOf(APP_ENTRY_URL)).toBe('app://spokesdesk');
    expect(originOf('HTTP://LocalHost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('::')).toBeNull();
  });

  it('trusts the app and, only when given, the dev server', () => {
    const production = trustedOrigins(undefined);
    expect(isTrustedUrl('app://spokesdesk/assets/x.js', production)).toBe(true);
    expect(isTrustedUrl('app://spokesdesk.evil/x', production)).toBe(false);
    expect(isTrustedUrl('app://evil@spokesdesk/x', production)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/', production)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', trustedOrigins('http://localhost:5173'))).toBe(true);
  });
});
