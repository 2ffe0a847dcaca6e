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

  it('ships fonts, starter, templates and sample as resources beside the asar', () => {
    const { extraResources } = z.object({ extraResources: z.array(resourcesSchema) }).parse(config);
    expect(extraResources).toEqual([
      { from: 'resources', to: 'resources', filter: ['fonts/**', 'starter/**', 'templates/**', 'sample/**'] },
    ]);
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

  it('associates .spokesdesk files with the app', () => {
    expect(config).toMatchObject({ fileAssociations: [expect.objectContaining({ ext: 'spokesdesk', name: 'Spokesdesk' })] });
  });
});
