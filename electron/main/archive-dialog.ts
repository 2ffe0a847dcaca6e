// Where "Xuất toàn bộ dữ liệu…" saves: the system's save dialog shown by main, so the page never names a path.
import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { MainLabels } from './labels.js';

/**
 * The services' chooseArchivePath: a save dialog over the window (Documents, the suggested name, a .tar.gz filter);
 * resolves the chosen path, or null when the user cancels.
 */
export function archivePathChooser(window: () => BrowserWindow | null, labels: () => MainLabels): (suggestedFileName: string) => Promise<string | null> {
  return async (suggestedFileName) => {
    const options: SaveDialogOptions = {
      title: labels().archiveSaveTitle,
      defaultPath: join(app.getPath('documents'), suggestedFileName),
      filters: [{ name: labels().archiveFileFilter, extensions: ['tar.gz'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = window();
    const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  };
}
