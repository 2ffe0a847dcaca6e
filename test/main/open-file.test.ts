// Exchange files handed over by the system: found on a command line, checked (extension, existence, kind, size), read, held until the page loads.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { exchangePathFromArgv, OpenedFileDelivery, readOpenedFile } from '../../electron/main/open-file.js';
import type { OpenedExchangeFile } from '../../shared/ipc/events.js';

const folder = await mkdtemp(join(tmpdir(), 'spokesdesk-opened-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

const content = '{"format":"spokesdesk-exchange"}';
const good = join(folder, 'Thông tin đối ngoại.spokesdesk');
await writeFile(good, content);

describe('exchangePathFromArgv', () => {
  it('takes the last .spokesdesk argument, resolved against the working directory, and never a switch', () => {
    expect(exchangePathFromArgv(['C:\\Spokesdesk\\Spokesdesk.exe', 'a.spokesdesk', '--inspect=x.spokesdesk', 'B.SPOKESDESK'], folder)).toBe(join(folder, 'B.SPOKESDESK'));
    expect(exchangePathFromArgv(['/usr/bin/spokesdesk', good], '/elsewhere')).toBe(good);
  });

  it('takes the file:// URL a Linux file manager passes (.desktop Exec %U), percent-encoded Vietnamese name included', () => {
    const vietnamese = join(folder, 'Gói họp báo.spokesdesk');
    const url = pathToFileURL(vietnamese).href;
    expect(url).toContain('G%C3%B3i');
    expect(exchangePathFromArgv(['/opt/Spokesdesk/spokesdesk', url], '/elsewhere')).toBe(vietnamese);
    // A URL naming no local file, or another kind of file, is not taken.
    expect(exchangePathFromArgv(['/opt/Spokesdesk/spokesdesk', 'file://server/share/a.spokesdesk'], folder)).toBe(process.platform === 'win32' ? '\\\\server\\share\\a.spokesdesk' : null);
    expect(exchangePathFromArgv(['/opt/Spokesdesk/spokesdesk', pathToFileURL(join(folder, 'notes.txt')).href], folder)).toBeNull();
  });

  it('finds nothing in a plain start, a development start or other files', () => {
    expect(exchangePathFromArgv(['/usr/bin/spokesdesk'], folder)).toBeNull();
    expect(exchangePathFromArgv(['electron', '.', '--no-sandbox'], folder)).toBeNull();
    expect(exchangePathFromArgv(['spokesdesk', 'notes.txt', 'archive.spokesdesk.zip'], folder)).toBeNull();
    // The executable itself is never taken, whatever its name.
    expect(exchangePathFromArgv(['odd.spokesdesk'], folder)).toBeNull();
  });
});

describe('readOpenedFile', () => {
  it('reads an exchange file with its name', async () => {
    expect(await readOpenedFile(good)).toEqual({ fileName: 'Thông tin đối ngoại.spokesdesk', bytes: new TextEncoder().encode(content) });
  });

  it('refuses another extension without reading it', async () => {
    const other = join(folder, 'secret.txt');
    await writeFile(other, 'not an exchange file');
    expect(await readOpenedFile(other)).toEqual({ fileName: 'secret.txt', refused: 'wrong_extension' });
  });

  it('refuses a missing file, a folder and a file over the size limit', async () => {
    expect(await readOpenedFile(join(folder, 'gone.spokesdesk'))).toEqual({ fileName: 'gone.spokesdesk', refused: 'not_found' });
    const directory = join(folder, 'thư mục.spokesdesk');
    await mkdir(directory);
    expect(await readOpenedFile(directory)).toEqual({ fileName: 'thư mục.spokesdesk', refused: 'not_a_file' });
    expect(await readOpenedFile(good, content.length - 1)).toEqual({ fileName: 'Thông tin đối ngoại.spokesdesk', refused: 'too_large' });
    expect(await readOpenedFile(good, content.length)).toMatchObject({ bytes: expect.any(Uint8Array) });
  });
});

describe('OpenedFileDelivery', () => {
  it('holds files until the page has loaded, then delivers them in order; later ones go at once', async () => {
    const sent: OpenedExchangeFile[] = [];
    const delivery = new OpenedFileDelivery((file) => sent.push(file));
    await delivery.open(good);
    await delivery.open(join(folder, 'gone.spokesdesk'));
    expect(sent).toEqual([]);
    delivery.pageLoaded();
    expect(sent.map((file) => file.fileName)).toEqual(['Thông tin đối ngoại.spokesdesk', 'gone.spokesdesk']);
    await delivery.open(good);
    expect(sent).toHaveLength(3);
    // A reload: nothing is sent into a page that is not listening yet.
    delivery.pageUnloaded();
    await delivery.open(good);
    expect(sent).toHaveLength(3);
    delivery.pageLoaded();
    expect(sent).toHaveLength(4);
  });

  it('goes on delivering after one delivery failed, and never rejects', async () => {
    const sent: string[] = [];
    const onError = vi.fn();
    let failNext = true;
    const delivery = new OpenedFileDelivery(
      (file) => {
        if (failNext) {
          failNext = false;
          throw new Error('the window is gone');
        }
        sent.push(file.fileName);
      },
      undefined,
      onError,
    );
    delivery.pageLoaded();
    await expect(delivery.open(good)).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'the window is gone' }));
    await delivery.open(join(folder, 'gone.spokesdesk'));
    expect(sent).toEqual(['gone.spokesdesk']);
  });
});
