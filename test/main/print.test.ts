// Printing handouts: a hidden sandboxed window loads the PDF from a temporary file, prints with the dialog and copies, then both go.
import { access } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeWebContents, resetElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const { printPdfWithDialog } = await import('../../electron/main/print.js');

const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n%%EOF\n');

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  const [window] = FakeBrowserWindow.instances;
  if (!window) throw new Error('no window');
  return window;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

beforeEach(() => {
  resetElectron();
});

describe('printPdfWithDialog', () => {
  it('prints the PDF with the system dialog and the copies, then removes the window and the temporary file', async () => {
    expect(await printPdfWithDialog(PDF, 120)).toBe(true);
    const window = onlyWindow();
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true });
    expect(window.options.webPreferences?.preload).toBeUndefined();
    const [loaded] = window.loadedFiles;
    expect(loaded?.path).toMatch(/handout\.pdf$/);
    expect(loaded?.bytes).toEqual(PDF);
    expect(window.webContents.printed).toEqual([{ silent: false, copies: 120, printBackground: true }]);
    expect(window.isDestroyed()).toBe(true);
    expect(await exists(loaded?.path ?? '')).toBe(false);
  });

  it('answers false when the user cancels, and rejects a real failure, cleaning up both times', async () => {
    FakeWebContents.printOutcome = { success: false, failureReason: 'Print job canceled' };
    expect(await printPdfWithDialog(PDF, 1)).toBe(false);
    expect(onlyWindow().isDestroyed()).toBe(true);

    resetElectron();
    FakeWebContents.printOutcome = { success: false, failureReason: 'Printer is offline' };
    await expect(printPdfWithDialog(PDF, 2)).rejects.toThrow('Printer is offline');
    const window = onlyWindow();
    expect(window.isDestroyed()).toBe(true);
    expect(await exists(window.loadedFiles[0]?.path ?? '')).toBe(false);
  });
});
