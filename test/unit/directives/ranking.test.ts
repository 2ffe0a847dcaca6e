// Directive picker ranking over the real starter registry: the exact symbol first however it is typed, then prefixes, numbers, words.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_FILES, parseStarterDirectives } from '../../../shared/content/bundle';
import { MATCH_TIER, matchTier, parseDirectiveQuery, rankable, rankDirectives } from '../../../shared/directives/ranking';
import type { Directive } from '../../../shared/model/directive';
import { directiveItems, filterItems, type Labels } from '../../../renderer/src/packets/composer/pickerItems';
import { readBundledText } from '../content/load-bundled';

let registry: Directive[] = [];

beforeAll(async () => {
  registry = parseStarterDirectives(JSON.parse(await readBundledText(BUNDLED_FILES.starterDirectives)) as unknown);
});

function bySymbol(symbol: string): Directive {
  const found = registry.find((d) => d.symbol === symbol);
  if (!found) throw new Error(`${symbol} is not in the starter registry`);
  return found;
}

/** The registry in its own order, reversed, and with the documents that cite 57-KL/TW put first (the reported order). */
function orders(): Directive[][] {
  const citing = registry.filter((d) => d.symbol === '47/NQ-CP' || d.symbol === '111-HD/BTGTW');
  return [registry, [...registry].reverse(), [...citing, ...registry.filter((d) => !citing.includes(d))]];
}

/** What the talking point and Q&A pickers search: label, symbol, type, issuer, subjects, tags. */
function ranked(directives: readonly Directive[], query: string): string[] {
  return rankDirectives(directives, query, (d) => rankable(d, [d.symbol, d.type, d.issuer, d.title, d.titleEn, d.tags.join(' ')])).map((d) => d.symbol);
}

const EXACT: ReadonlyArray<[typed: string, symbol: string]> = [
  ['57-KL/TW', '57-KL/TW'],
  ['57-kl/tw', '57-KL/TW'],
  ['57 KL/TW', '57-KL/TW'],
  ['57 - KL / TW', '57-KL/TW'],
  ['57–KL/TW', '57-KL/TW'],
  ['57/KL-TW', '57-KL/TW'],
  ['57KL/TW', '57-KL/TW'],
  ['Kết luận 57-KL/TW', '57-KL/TW'],
  ['ket luan so 57 KL/TW', '57-KL/TW'],
  ['57-NQ/TW', '57-NQ/TW'],
  ['47/NQ-CP', '47/NQ-CP'],
  ['111-hd/btgtw', '111-HD/BTGTW'],
  ['1079/QD-TTg', '1079/QĐ-TTg'],
  ['1079/qđ-ttg', '1079/QĐ-TTg'],
  ['09/2017/ND-CP', '09/2017/NĐ-CP'],
  ['9/2017/NĐ-CP', '09/2017/NĐ-CP'],
  ['07 / CT-TTg', '07/CT-TTg'],
  ['103/2016/QH13', '103/2016/QH13'],
  ['126/2025/qh15', '126/2025/QH15'],
];

describe('directive ranking over the starter registry', () => {
  it.each(EXACT)('puts the exact symbol first for "%s" (%s) in any registry order', (typed, symbol) => {
    for (const order of orders()) {
      const result = ranked(order, typed);
      expect(result[0], `${typed} in order ${order.map((d) => d.symbol).join(', ')}`).toBe(symbol);
      expect(matchTier(parseDirectiveQuery(typed), rankable(bySymbol(symbol), []))).toBe(MATCH_TIER.exactSymbol);
    }
  });

  it('lists the documents that only mention 57-KL/TW after it, not before', () => {
    for (const order of orders()) {
      const result = ranked(order, '57-KL/TW');
      expect(result[0]).toBe('57-KL/TW');
      expect(result.slice(1)).toEqual(expect.arrayContaining(['47/NQ-CP', '111-HD/BTGTW']));
    }
  });

  it('ranks symbol prefixes before numbers and words, and never a longer number ("57-KL" is not 157-KL/TW)', () => {
    const with157 = [{ ...bySymbol('57-KL/TW'), id: 'x-157', symbol: '157-KL/TW', number: '157', title: 'một văn bản khác' }, ...registry];
    for (const order of [with157, [...with157].reverse()]) {
      expect(ranked(order, '57-KL')[0]).toBe('57-KL/TW');
      expect(ranked(order, '57-K')[0]).toBe('57-KL/TW');
      expect(ranked(order, '57-KL')).not.toContain('157-KL/TW');
      expect(ranked(order, '57').slice(0, 2).sort()).toEqual(['57-KL/TW', '57-NQ/TW']);
      expect(ranked(order, '57-NQ')[0]).toBe('57-NQ/TW');
      expect(ranked(order, '09/2017')[0]).toBe('09/2017/NĐ-CP');
      expect(ranked(order, '103/2016')[0]).toBe('103/2016/QH13');
    }
  });

  it('uses the number after other words, and finds words diacritics-insensitively at word starts', () => {
    for (const order of orders()) {
      expect(ranked(order, 'Kết luận 16')[0]).toBe('16-KL/TW');
      expect(ranked(order, 'ket luan 57')[0]).toBe('57-KL/TW');
      expect(ranked(order, 'quyen con nguoi')).toContain('1079/QĐ-TTg');
      // In the title (the press laws, the decree on press statements) before a tag only (07/CT-TTg is tagged bao-chi).
      const press = ranked(order, 'bao chi');
      expect(press.slice(0, 3).sort()).toEqual(['09/2017/NĐ-CP', '103/2016/QH13', '126/2025/QH15']);
      expect(press).toContain('07/CT-TTg');
    }
    const decree = bySymbol('09/2017/NĐ-CP');
    expect(matchTier(parseDirectiveQuery('phat ngon'), rankable(decree, decree.tags))).toBe(MATCH_TIER.title);
    expect(matchTier(parseDirectiveQuery('bao chi'), rankable(bySymbol('07/CT-TTg'), bySymbol('07/CT-TTg').tags))).toBe(MATCH_TIER.words);
    expect(ranked(registry, 'quyết định 1')).not.toContain('111-HD/BTGTW');
    expect(ranked(registry, '')).toEqual([]);
    expect(ranked(registry, 'zzzz khongco')).toEqual([]);
  });

  it('ranks the composer citation picker the same way (the list Enter picks from)', () => {
    const labels: Labels = { status: (status) => status, approved: 'a', draft: 'd', sensitive: 's', internal: 'i', rebuttal: 'r' };
    for (const order of orders()) {
      const items = directiveItems(order, labels);
      for (const [typed, symbol] of EXACT) expect(filterItems(items, typed)[0]?.id, typed).toBe(bySymbol(symbol).id);
      expect(filterItems(items, '')).toHaveLength(order.length);
    }
  });
});
