// The ustar writer against the system tar: long names through the prefix field, UTF-8 names, empty files, times; unsafe and oversize names refused.
import { execFileSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { splitTarPath, tarChunks, tarHeader, TarPathError, type TarEntry } from '../../../electron/services/archive/ustar.js';
import { listTree, tempDir } from '../storage/helpers.js';

const MTIME = new Date('2026-11-26T08:15:30Z');
const text = (s: string) => new TextEncoder().encode(s);

async function extract(entries: TarEntry[]): Promise<{ out: string; listed: string[] }> {
  const folder = await tempDir();
  const archive = path.join(folder, 'thu.tar.gz');
  await writeFile(archive, gzipSync(Buffer.concat([...tarChunks(entries)])));
  const listed = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } }).trim().split('\n');
  const out = path.join(folder, 'out');
  execFileSync('mkdir', [out]);
  execFileSync('tar', ['-xzf', archive, '-C', out]);
  return { out, listed };
}

describe('ustar writer', () => {
  it('writes names over 100 bytes through the prefix field, UTF-8 names, empty files and block-sized files that the system tar reads back', async () => {
    const long = `versions/${'p'.repeat(90)}/${'v'.repeat(95)}.json`;
    const entries: TarEntry[] = [
      { path: 'settings.json', bytes: text('{"a":1}\n'), mtime: MTIME },
      { path: long, bytes: text('dài'), mtime: MTIME },
      { path: 'thư-mục/ghi chú đầy đủ.json', bytes: text('{"tiêu đề":"Họp báo"}'), mtime: MTIME },
      { path: 'attachments/empty.pdf', bytes: new Uint8Array(0), mtime: MTIME },
      { path: 'library/block.json', bytes: new Uint8Array(1024).fill(0x61), mtime: MTIME },
    ];
    const { out, listed } = await extract(entries);
    expect(listed).toEqual(entries.map((e) => e.path));
    expect(await listTree(out)).toEqual(entries.map((e) => e.path).sort());
    for (const entry of entries) {
      expect(Buffer.compare(await readFile(path.join(out, entry.path)), entry.bytes), entry.path).toBe(0);
    }
    const settings = await stat(path.join(out, 'settings.json'));
    expect(settings.mtime.getTime()).toBe(MTIME.getTime());
    expect(settings.mode & 0o777).toBe(0o600);
  });

  it('splits at the rightmost slash that fits both fields', () => {
    const prefixPart = 'a'.repeat(150);
    const { prefix, name } = splitTarPath(`${prefixPart}/b/${'c'.repeat(99)}`);
    expect(new TextDecoder().decode(prefix)).toBe(`${prefixPart}/b`);
    expect(new TextDecoder().decode(name)).toBe('c'.repeat(99));
    expect(new TextDecoder().decode(splitTarPath('packets/index.json').name)).toBe('packets/index.json');
  });

  it('refuses names no ustar header can hold, and paths that would escape the folder they are extracted into', () => {
    const tooLong = [`${'a'.repeat(156)}/b.json`, `a/${'b'.repeat(101)}`, `${'x'.repeat(120)}`, `${'đ'.repeat(51)}`];
    for (const p of tooLong) expect(() => splitTarPath(p), p).toThrow(expect.objectContaining({ reason: 'too_long' }));
    const unsafe = ['/etc/passwd', '../ngoai.json', 'library/../../ngoai.json', 'a//b', 'a/./b', 'library\\x.json', '', 'a\0b', 'thu-muc/'];
    for (const p of unsafe) expect(() => splitTarPath(p), JSON.stringify(p)).toThrow(TarPathError);
    expect(() => tarHeader({ path: '../x', bytes: new Uint8Array(1), mtime: MTIME })).toThrow(expect.objectContaining({ reason: 'unsafe' }));
  });

  it('ends with two zero blocks and pads every entry to 512 bytes', () => {
    const chunks = [...tarChunks([{ path: 'a.json', bytes: text('xyz'), mtime: MTIME }])];
    const whole = Buffer.concat(chunks);
    expect(whole.length).toBe(512 + 512 + 1024);
    expect(whole.subarray(1024).every((b) => b === 0)).toBe(true);
    expect(whole.subarray(257, 263).toString('latin1')).toBe('ustar\0');
  });
});
