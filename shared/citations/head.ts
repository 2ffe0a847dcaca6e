// The head of a citation: its type word, an issuer written before the number, and the symbol or (for a law) the name.
import { directiveTypeInfo, typesForCode, type DirectiveTypeName } from '../directives/types.js';
import { readIssuer, type IssuerMatch } from './issuer-phrase.js';
import { readClauseName, readEnglishLawName, readLawName } from './law-name.js';
import { parseSymbolAt, type ParsedSymbol } from './symbols.js';
import type { SourceText } from './text.js';
import { isUpper, isWordChar } from './text.js';
import { TYPE_WORDS, type TypeWord } from './vocabulary.js';

export interface CitationHead {
  /** Offset of the type word in the matching text. */
  start: number;
  /** Offset just after the symbol, or after the law's name when it has no symbol. */
  end: number;
  type: DirectiveTypeName;
  /** The type word named the type (false for "văn bản", whose type came from the symbol). */
  typeFromWord: boolean;
  language: 'vi' | 'en';
  symbol: ParsedSymbol | null;
  /** A law's name (without "Luật"), for types cited by name. */
  lawName: string | null;
  /** Where the law's name stands in the matching text (citations nested in it are returned too). */
  name: { start: number; end: number } | null;
  issuerBefore: IssuerMatch | null;
}

const TYPE_WORD_BY_TEXT = new Map(TYPE_WORDS.map((w) => [w.words, w]));

/** A regular expression alternative for `words` arranged as a trie, so that each position tries one branch per letter. */
function trieSource(words: readonly string[]): string {
  const branches = new Map<string, string[]>();
  let endsHere = false;
  for (const word of words) {
    if (word === '') endsHere = true;
    else branches.set(word.charAt(0), [...(branches.get(word.charAt(0)) ?? []), word.slice(1)]);
  }
  const alternatives = [...branches].map(([first, rests]) => {
    const head = first === ' ' ? '\\s+' : first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `${head}${trieSource(rests)}`;
  });
  if (alternatives.length === 0) return '';
  const group = alternatives.length === 1 && !endsHere ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
  return endsHere ? `${group}?` : group;
}

const ANCHOR_PATTERN = new RegExp(`${trieSource(TYPE_WORDS.map((w) => w.words))}(?![\\p{L}\\p{N}])`, 'gu');

export interface Anchor {
  start: number;
  end: number;
  word: TypeWord;
}

/** Every type word in the text, at word boundaries. */
export function findAnchors(source: SourceText): Anchor[] {
  const anchors: Anchor[] = [];
  for (const m of source.lower.matchAll(ANCHOR_PATTERN)) {
    if (isWordChar(source.lower, m.index - 1)) continue;
    const word = TYPE_WORD_BY_TEXT.get(m[0].replace(/\s+/g, ' '));
    if (word) anchors.push({ start: m.index, end: m.index + m[0].length, word });
  }
  return anchors;
}

function sticky(pattern: RegExp, text: string, index: number): number | null {
  pattern.lastIndex = index;
  const m = pattern.exec(text);
  return m ? index + m[0].length : null;
}

const NUMBER_WORD_VI = /\s*(?:số\s*:?\s*)?/y;
const NUMBER_WORD_AFTER_ISSUER = /\s+số\s*:?\s*/y;
const OF_VI = /\s+của\s+/y;
const NUMBER_WORD_EN = /\s*(?:(?:no|number)\s*\.?\s*:?\s*)?/y;
const LAW_ON = /\s+on\s+/y;

function resolveType(word: TypeWord, symbol: ParsedSymbol | null): DirectiveTypeName {
  if (word.type) return word.type;
  const fromCode = symbol?.typeCode ? typesForCode(symbol.typeCode)[0] : undefined;
  if (fromCode) return fromCode;
  return symbol?.shape === 'official_letter' ? 'Công văn' : 'Khác';
}

function byName(type: DirectiveTypeName | null): boolean {
  return type !== null && directiveTypeInfo(type).byName === true;
}

function head(
  anchor: Anchor,
  end: number,
  symbol: ParsedSymbol | null,
  law: { name: string; start: number; end: number } | null,
  issuerBefore: IssuerMatch | null,
): CitationHead {
  return {
    start: anchor.start,
    end,
    type: resolveType(anchor.word, symbol),
    typeFromWord: anchor.word.type !== null,
    language: anchor.word.language,
    symbol,
    lawName: law?.name ?? null,
    name: law ? { start: law.start, end: law.end } : null,
    issuerBefore,
  };
}

function symbolAfter(source: SourceText, index: number, numberWord: RegExp): { symbol: ParsedSymbol; end: number } | null {
  const at = sticky(numberWord, source.lower, index);
  if (at === null) return null;
  const symbol = parseSymbolAt(source.text, at);
  return symbol ? { symbol, end: at + symbol.length } : null;
}

function lawHead(source: SourceText, anchor: Anchor, limit: number): CitationHead | null {
  if (!isUpper(source.text, anchor.start)) return null;
  if (anchor.word.language === 'en') {
    const numbered = symbolAfter(source, anchor.end, NUMBER_WORD_EN);
    if (numbered && numbered.symbol.shape === 'legislative') return head(anchor, numbered.end, numbered.symbol, null, null);
    const on = sticky(LAW_ON, source.lower, anchor.end);
    const name = on === null ? null : readEnglishLawName(source, on, limit);
    return name && on !== null ? head(anchor, name.end, null, { name: name.name, start: on, end: name.end }, null) : null;
  }
  const numbered = symbolAfter(source, anchor.end, NUMBER_WORD_AFTER_ISSUER);
  if (numbered) return head(anchor, numbered.end, numbered.symbol, null, null);
  if (!/\s/.test(source.text[anchor.end] ?? '')) return null;
  const name =
    anchor.word.type === 'Hiến pháp' ? readClauseName(source, anchor.end + 1, limit) : readLawName(source, anchor.end + 1, limit);
  if (!name) return null;
  const law = { name: name.name, start: anchor.end + 1, end: name.end };
  const withSymbol = symbolAfter(source, name.end, NUMBER_WORD_AFTER_ISSUER);
  return withSymbol ? head(anchor, withSymbol.end, withSymbol.symbol, law, null) : head(anchor, name.end, null, law, null);
}

/** The citation head at `anchor`, or null when the type word does not start a citation (no symbol, no law name). */
export function headAt(source: SourceText, anchor: Anchor, limit: number): CitationHead | null {
  if (byName(anchor.word.type)) return lawHead(source, anchor, limit);
  if (anchor.word.language === 'en') {
    const found = symbolAfter(source, anchor.end, NUMBER_WORD_EN);
    return found ? head(anchor, found.end, found.symbol, null, null) : null;
  }
  const direct = symbolAfter(source, anchor.end, NUMBER_WORD_VI);
  if (direct) return head(anchor, direct.end, direct.symbol, null, null);
  const of = sticky(OF_VI, source.lower, anchor.end);
  if (of === null) return null;
  const issuer = readIssuer(source, of);
  if (!issuer) return null;
  const found = symbolAfter(source, issuer.end, NUMBER_WORD_AFTER_ISSUER);
  return found ? head(anchor, found.end, found.symbol, null, issuer) : null;
}
