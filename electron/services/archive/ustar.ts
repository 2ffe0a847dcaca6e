// A small POSIX ustar writer (regular files only): headers with prefix/name splitting, 512-byte padding, end-of-archive blocks.

const BLOCK = 512;
const NAME_BYTES = 100;
const PREFIX_BYTES = 155;
/** 11 octal digits in the 12-byte size field. */
export const MAX_TAR_ENTRY_BYTES = 8 ** 11 - 1;

export interface TarEntry {
  /** Forward-slash relative path ("library/directives-03.json"). */
  path: string;
  bytes: Uint8Array;
  mtime: Date;
  /** Permission bits; default 0o600 (the data files hold official, unpublished material). */
  mode?: number;
}

/** A path that no ustar header can hold, or that must never be written into an archive (absolute, "..", empty parts). */
export class TarPathError extends Error {
  constructor(
    readonly entryPath: string,
    readonly reason: 'unsafe' | 'too_long',
  ) {
    super(`Cannot store "${entryPath}" in a tar archive: ${reason === 'unsafe' ? 'not a plain relative path' : 'name longer than ustar allows'}`);
    this.name = 'TarPathError';
  }
}

export class TarEntryTooLargeError extends Error {
  constructor(
    readonly entryPath: string,
    readonly size: number,
  ) {
    super(`Cannot store "${entryPath}" in a tar archive: ${size} bytes is over the ustar limit`);
    this.name = 'TarEntryTooLargeError';
  }
}

const encoder = new TextEncoder();

/** Splits a path into ustar's prefix and name fields (UTF-8 bytes), at a "/" so that each fits; throws TarPathError when none does. */
export function splitTarPath(entryPath: string): { prefix: Uint8Array; name: Uint8Array } {
  const parts = entryPath.split('/');
  if (entryPath.startsWith('/') || entryPath.includes('\\') || entryPath.includes('\0') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new TarPathError(entryPath, 'unsafe');
  }
  const whole = encoder.encode(entryPath);
  if (whole.length <= NAME_BYTES) return { prefix: new Uint8Array(0), name: whole };
  // The shortest name that fits leaves the most room for the prefix; try split points from the right.
  for (let i = parts.length - 1; i >= 1; i--) {
    const prefix = encoder.encode(parts.slice(0, i).join('/'));
    const name = encoder.encode(parts.slice(i).join('/'));
    if (name.length > NAME_BYTES) break;
    if (prefix.length <= PREFIX_BYTES) return { prefix, name };
  }
  throw new TarPathError(entryPath, 'too_long');
}

function writeOctal(header: Uint8Array, offset: number, width: number, value: number): void {
  // width - 1 digits, zero-padded, then NUL
  const digits = Math.floor(value).toString(8).padStart(width - 1, '0');
  if (digits.length > width - 1) throw new RangeError(`${value} does not fit ${width - 1} octal digits`);
  header.set(encoder.encode(digits), offset);
  header[offset + width - 1] = 0;
}

/** The 512-byte ustar header of one regular file. */
export function tarHeader(entry: TarEntry): Uint8Array {
  const { prefix, name } = splitTarPath(entry.path);
  if (entry.bytes.length > MAX_TAR_ENTRY_BYTES) throw new TarEntryTooLargeError(entry.path, entry.bytes.length);
  const header = new Uint8Array(BLOCK);
  header.set(name, 0);
  writeOctal(header, 100, 8, entry.mode ?? 0o600);
  writeOctal(header, 108, 8, 0); // uid
  writeOctal(header, 116, 8, 0); // gid
  writeOctal(header, 124, 12, entry.bytes.length);
  writeOctal(header, 136, 12, Math.max(0, Math.floor(entry.mtime.getTime() / 1000)));
  header[156] = 0x30; // typeflag '0': regular file
  header.set(encoder.encode('ustar\0'), 257);
  header.set(encoder.encode('00'), 263);
  header.set(prefix, 345);
  // The checksum is computed with its own field as eight spaces, then written as six octal digits, NUL, space.
  header.fill(0x20, 148, 156);
  const sum = header.reduce((total, byte) => total + byte, 0);
  header.set(encoder.encode(sum.toString(8).padStart(6, '0')), 148);
  header[154] = 0;
  header[155] = 0x20;
  return header;
}

/** The archive as a sequence of chunks: for each entry its header, its bytes and zero padding to a block; then two zero blocks. */
export function* tarChunks(entries: Iterable<TarEntry>): Generator<Uint8Array> {
  for (const entry of entries) {
    yield tarHeader(entry);
    if (entry.bytes.length > 0) yield entry.bytes;
    const remainder = entry.bytes.length % BLOCK;
    if (remainder !== 0) yield new Uint8Array(BLOCK - remainder);
  }
  yield new Uint8Array(BLOCK * 2);
}
