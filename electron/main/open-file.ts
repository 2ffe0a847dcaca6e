// .spokesdesk files the system opens with the app (double-click, "Open with", command line, a second launch): found, checked, read, delivered to the page.
import { open } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXCHANGE_MAX_BYTES } from '../../shared/exchange/safe-read.js';
import type { OpenedExchangeFile } from '../../shared/ipc/events.js';

export const EXCHANGE_EXTENSION = '.spokesdesk';

function isExchangePath(path: string): boolean {
  return extname(path).toLowerCase() === EXCHANGE_EXTENSION;
}

/**
 * A command-line argument as a path: Linux file managers start the app through the .desktop file's `Exec=… %U`, which
 * passes `file:///home/…/G%C3%B3i.spokesdesk` (percent-encoded); null for a URL that names no local file.
 */
function pathOfArgument(arg: string): string | null {
  if (!/^file:/i.test(arg)) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/**
 * The exchange file named on a command line (the last one when several are), resolved against the directory the
 * command ran in; null when there is none. Switches ("--flag", "-x") are never taken for files.
 */
export function exchangePathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const named = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-'))
    .flatMap((arg) => {
      const path = pathOfArgument(arg);
      return path !== null && isExchangePath(path) ? [path] : [];
    });
  const last = named.at(-1);
  return last === undefined ? null : resolve(workingDirectory, last);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' ? code : undefined;
}

/** Reads the file if it is an exchange file that exists and is no larger than an import accepts; otherwise says why not. */
export async function readOpenedFile(path: string, maxBytes = EXCHANGE_MAX_BYTES): Promise<OpenedExchangeFile> {
  const fileName = basename(path);
  if (!isExchangePath(path)) return { fileName, refused: 'wrong_extension' };
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = errorCode(error);
    return { fileName, refused: code === 'ENOENT' || code === 'ENOTDIR' ? 'not_found' : code === 'EISDIR' ? 'not_a_file' : 'unreadable' };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { fileName, refused: 'not_a_file' };
    if (stats.size > maxBytes) return { fileName, refused: 'too_large' };
    // Read through the same handle with room for one byte more: a file that grew since stat() is noticed, not cut short.
    const buffer = new Uint8Array(stats.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > stats.size) return { fileName, refused: length > maxBytes ? 'too_large' : 'unreadable' };
    return { fileName, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { fileName, refused: errorCode(error) === 'EISDIR' ? 'not_a_file' : 'unreadable' };
  } finally {
    await handle.close();
  }
}

/**
 * Holds opened files until the page can take them: a file double-clicked to start the app arrives before the page
 * has loaded, and an event sent then would be lost.
 */
export class OpenedFileDelivery {
  private pageReady = false;
  private pending: OpenedExchangeFile[] = [];
  private reading: Promise<void> = Promise.resolve();

  constructor(
    private readonly send: (file: OpenedExchangeFile) => void,
    private readonly maxBytes = EXCHANGE_MAX_BYTES,
    private readonly onError: (error: unknown) => void = (error) => console.error('[spokesdesk] an opened file could not be delivered', error),
  ) {}

  /** Reads `path` and hands it over (now, or once the page has loaded); files are delivered in the order asked. Never rejects: a failure is logged. */
  open(path: string): Promise<void> {
    const next = this.reading.then(async () => {
      const file = await readOpenedFile(path, this.maxBytes);
      if (this.pageReady) this.send(file);
      else this.pending.push(file);
    });
    // One failed delivery must not block every later file, nor leave a rejection nobody handles.
    this.reading = next.catch((error: unknown) => this.onError(error));
    return this.reading;
  }

  /** The page finished loading (and subscribed to events while its scripts ran): deliver what waited. */
  pageLoaded(): void {
    this.pageReady = true;
    const waiting = this.pending;
    this.pending = [];
    for (const file of waiting) this.send(file);
  }

  /** The page is (re)loading: hold files until it has loaded again. */
  pageUnloaded(): void {
    this.pageReady = false;
  }
}
