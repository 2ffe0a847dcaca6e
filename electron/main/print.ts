// Prints a PDF with the system print dialog and a preset number of copies: a hidden window shows it from a temporary file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';

/** Resolves true once the job went to the printer, false when the user cancelled the dialog; the window and file are removed either way. */
export async function printPdfWithDialog(bytes: Uint8Array, copies: number): Promise<boolean> {
  const folder = await mkdtemp(join(tmpdir(), 'spokesdesk-print-'));
  const file = join(folder, 'handout.pdf');
  const window = new BrowserWindow({
    show: false,
    // Chromium's PDF viewer draws the file; no preload, no Node, sandboxed like the main window
    webPreferences: { plugins: true, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await writeFile(file, bytes);
    await window.loadFile(file);
    return await new Promise<boolean>((resolve, reject) => {
      window.webContents.print({ silent: false, copies, printBackground: true }, (success, failureReason) => {
        // Electron's reason when the user closes the dialog without printing
        if (success || failureReason === 'Print job canceled') resolve(success);
        else reject(new Error(`printing failed: ${failureReason}`));
      });
    });
  } finally {
    if (!window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
