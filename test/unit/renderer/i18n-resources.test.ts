// UI strings: English has exactly the Vietnamese keys and placeholders, every schema and error key is translated,
// and components carry no user-visible string literals (everything goes through i18n).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/ipc/errors';
import { en } from '../../../renderer/src/i18n/en';
import { vi } from '../../../renderer/src/i18n/vi';

const ROOT = path.resolve(import.meta.dirname, '../../..');

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(name, value);
    else for (const [k, v] of leaves(value, name)) result.set(k, v);
  }
  return result;
}

async function filesUnder(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && pattern.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

const viLeaves = leaves(vi);
const enLeaves = leaves(en);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** Keys whose wording legitimately uses different values per language. */
const LANGUAGE_SPECIFIC_PLACEHOLDERS = new Set(['dates.document']);

describe('UI resources', () => {
  it('English has the same keys as Vietnamese and no empty strings', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
    for (const [key, text] of [...viLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of viLeaves) {
      if (LANGUAGE_SPECIFIC_PLACEHOLDERS.has(key)) continue;
      expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('stores Vietnamese text in NFC', () => {
    for (const [key, text] of viLeaves) expect(text === text.normalize('NFC'), key).toBe(true);
  });

  it('translates every error code and the unknown-channel error', () => {
    for (const code of [...ERROR_CODES, 'unknownChannel']) expect(viLeaves.has(`errors.${code}`), code).toBe(true);
  });

  it('translates every validation key the shared schemas use', async () => {
    const sources = await filesUnder(path.join(ROOT, 'shared'), /\.ts$/);
    const used = new Set<string>();
    for (const file of sources) {
      for (const match of (await readFile(file, 'utf8')).matchAll(/'(validation\.[A-Za-z]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(5);
    for (const key of used) expect(viLeaves.has(key), key).toBe(true);
  });
});

describe('renderer components', () => {
  const LETTERS = /\p{L}{2,}/u;

  it('have no text literals in JSX or in user-visible attributes', async () => {
    const components = await filesUnder(path.join(ROOT, 'renderer', 'src'), /\.tsx$/);
    expect(components.length).toBeGreaterThan(10);
    const offences: string[] = [];
    for (const file of components) {
      const source = await readFile(file, 'utf8');
      // Text between a tag's end and the next tag on the same line (type arguments such as Promise<T> or `<T> extends Base<T>` are not text).
      const jsxText = [...source.matchAll(/>([^<>{}\n]*)</g)]
        .map((m) => m[1] ?? '')
        .filter((text) => LETTERS.test(text) && !/[=;()?.]/.test(text) && !/^\s*(Promise|Record|Array|Set|Map|extends)\b/.test(text));
      const attributes = [...source.matchAll(/\b(aria-label|title|placeholder|alt|label)="([^"]*)"/g)].map((m) => m[2] ?? '').filter((text) => LETTERS.test(text));
      for (const text of [...jsxText, ...attributes]) offences.push(`${path.relative(ROOT, file)}: ${text.trim()}`);
    }
    expect(offences).toEqual([]);
  });
});
