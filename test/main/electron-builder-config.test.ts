// electron-builder.yml: parsed as YAML, checked against electron-builder's own schema, and the security settings asserted.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const configText = await readFile(new URL('../../electron-builder.yml', import.meta.url), 'utf8');
const config: unknown = parse(configText);

const resourcesSchema = z.object({ from: z.string(), to: z.string(), filter: z.array(z.string()) });

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own configuration validation', async () => {
    // electron-builder's validator lives in app-builder-lib (installed with electron-builder); it is what `electron-builder` runs first.
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    const asObject = (value: unknown) => z.record(z.string(), z.unknown()).parse(value);
    await expect(validateConfiguration(asObject(config), new DebugLogger(false))).resolves.toBeUndefined();
    // The validator is strict: a misspelt fuse would fail the packaging build, so this check has teeth.
    const misspelt = asObject(parse('electronFuses:\n  runAsNod: false\n'));
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('names the app and packs the built bundles into an asar', () => {
    expect(config).toMatchObject({
      appId: expect.stringMatching(/^[a-z]+(\.[a-z]+)+$/),
      productName: 'Spokesdesk',
      directories: { output: 'dist' },
      asar: true,
    });
    const files = z.object({ files: z.array(z.string()) }).parse(config).files;
    expect(files).toContain('out/**');
  });

  it('ships fonts, starter, templates, sample and the window icon as resources beside the asar', () => {
    const { extraResources } = z.object({ extraResources: z.array(resourcesSchema) }).parse(config);
    expect(extraResources).toEqual([
      { from: 'resources', to: 'resources', filter: ['fonts/**', 'starter/**', 'templates/**', 'sample/**', 'icon.png'] },
    ]);
  });

  it('takes every platform’s icon from one 512×512 PNG that exists', async () => {
    const { icon } = z.object({ icon: z.string() }).parse(config);
    expect(icon).toBe('resources/icon.png');
    // No platform overrides it with a file that is not there.
    const iconOf = z.object({ icon: z.string().optional() });
    const platforms = z.object({ win: iconOf, mac: iconOf, linux: iconOf }).parse(config);
    expect([platforms.win.icon, platforms.mac.icon, platforms.linux.icon]).toEqual([undefined, undefined, undefined]);
    const png = await readFile(new URL(`../../${icon}`, import.meta.url));
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers at bytes 16 and 20.
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('flips the security fuses', () => {
    expect(config).toMatchObject({
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        onlyLoadAppFromAsar: true,
        enableEmbeddedAsarIntegrityValidation: true,
        enableCookieEncryption: true,
        grantFileProtocolExtraPrivileges: false,
      },
    });
  });

  it('builds a per-user assisted NSIS installer that never asks for elevation', () => {
    expect(config).toMatchObject({
      win: { target: ['nsis'] },
      nsis: { oneClick: false, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false },
    });
  });

  it('builds AppImage and deb on Linux and a dmg on macOS', () => {
    expect(config).toMatchObject({ linux: { target: ['AppImage', 'deb'] }, mac: { target: ['dmg'] } });
  });

  it('associates .spokesdesk files with the app (opened through electron/main/open-file.ts)', () => {
    expect(config).toMatchObject({ fileAssociations: [expect.objectContaining({ ext: 'spokesdesk', name: 'Spokesdesk', role: 'Editor' })] });
  });
});
