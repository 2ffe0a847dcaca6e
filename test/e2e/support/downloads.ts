// Files the app saves in e2e tests: a browser download started by a click, or a save dialog answered with a folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import type { Host } from '../host/host.js';

export interface DownloadedFile {
  /** The name the app suggested for the file. */
  fileName: string;
  bytes: Buffer;
}

/** Clicks `trigger` and waits for the download it starts; the file's suggested name and content. */
export async function downloadFrom(trigger: Locator): Promise<DownloadedFile> {
  const [download] = await Promise.all([trigger.page().waitForEvent('download'), trigger.click()]);
  return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** From now on the host's save dialogs choose `folder`, keeping the file name the app suggested. */
export function saveDialogsInto(host: Host, folder: string): void {
  host.answerSaveDialogs((suggested) => path.join(folder, suggested));
}
