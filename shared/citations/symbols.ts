// Document symbols (số, ký hiệu): recognise every shape, restore ASCII and lower-case forms, flag malformed Party symbols.
import { TYPE_CODES } from '../directives/types.js';
import type { CitationWarning } from './types.js';

export type SymbolShape = 'party' | 'legal' | 'legislative' | 'consolidated' | 'administrative' | 'official_letter';

export interface ParsedSymbol {
  /** Canonical form: "57-KL/TW", "1079/QĐ-TTg", "09/2017/NĐ-CP". */
  symbol: string;
  number: string;
  shape: SymbolShape;
  /** The type code inside the symbol ("KL", "QĐ", "VBHN"), or null when the shape carries none. */
  typeCode: string | null;
  /** The year inside a legal normative or legislative symbol. */
  year: number | null;
  warnings: CitationWarning[];
  /** Length of the matched text. */
  length: number;
}

const PART = '[\\p{L}][\\p{L}\\p{N}]*';
/**
 * number, optionally "-CODE" (Party; a space or spaces around the hyphen are tolerated and reported),
 * optionally "/YEAR", then "/PART(-PART)*". Sticky: matched exactly where the caller points.
 */
const SYMBOL_PATTERN = new RegExp(
  `(\\d{1,6}[a-zđ]?)(?:( ?- ?| )(${PART}))?(?:\\/(\\d{4}))?\\/(${PART}(?:-${PART})*)(?![\\p{L}\\p{N}/])`,
  'iuy',
);

/** Parts written in ASCII or in capitals that have one official spelling (keyed by upper case). */
const PART_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['ND', 'NĐ'],
  ['QD', 'QĐ'],
  ['QYD', 'QyĐ'],
  ['QYĐ', 'QyĐ'],
  ['HDND', 'HĐND'],
  ['TTG', 'TTg'],
  ['CTR', 'CTr'],
  ['TTR', 'TTr'],
  ['CQDP', 'CQĐP'],
]);

/** Issuer parts of Party symbols: the Central Committee and its boards (…TW) and local Party committees. */
const PARTY_ISSUER = /^(?:\p{Lu}*TW|TƯ|TU|HU|ĐU|QU|ĐUK|TWĐTN)$/u;

function canonicalPart(part: string, allLower: boolean): string {
  const upper = part.toUpperCase();
  const known = PART_SPELLINGS.get(upper);
  if (known) return known;
  return allLower ? upper : part;
}

function shapeOf(year: string | undefined, parts: readonly string[]): SymbolShape {
  const first = parts[0] ?? '';
  if (first === 'VBHN') return 'consolidated';
  if (year !== undefined) return /^(?:UBTV)?QH\d+$/.test(first) && parts.length === 1 ? 'legislative' : 'legal';
  return TYPE_CODES.has(first) && parts.length > 1 ? 'administrative' : 'official_letter';
}

/** Parses the symbol that starts exactly at `index` of `text`; null when none does. */
export function parseSymbolAt(text: string, index: number): ParsedSymbol | null {
  SYMBOL_PATTERN.lastIndex = index;
  const m = SYMBOL_PATTERN.exec(text);
  if (!m) return null;
  const [whole, rawNumber = '', separator, rawCode, year, rawRest = ''] = m;
  const allLower = !/\p{Lu}/u.test(whole);
  const number = rawNumber.toLowerCase();
  const rest = rawRest.split('-').map((p) => canonicalPart(p, allLower));
  const warnings: CitationWarning[] = [];

  if (rawCode !== undefined) {
    const code = canonicalPart(rawCode, allLower);
    const issuer = rest.join('-');
    const symbol = `${number}-${code}${year ? `/${year}` : ''}/${issuer}`;
    if (separator !== '-') warnings.push({ code: 'symbol_reformatted', written: whole, symbol });
    if (issuer === 'TƯ') warnings.push({ code: 'party_symbol_malformed', written: whole, suggestion: `${number}-${code}/TW` });
    return { symbol, number, shape: 'party', typeCode: code, year: year ? Number(year) : null, warnings, length: whole.length };
  }

  const symbol = `${number}${year ? `/${year}` : ''}/${rest.join('-')}`;
  const [first = '', second] = rest;
  if (year === undefined && rest.length === 2 && second !== undefined && TYPE_CODES.has(first) && PARTY_ISSUER.test(second)) {
    const issuer = second === 'TƯ' ? 'TW' : second;
    warnings.push({ code: 'party_symbol_malformed', written: whole, suggestion: `${number}-${first}/${issuer}` });
    return { symbol, number, shape: 'party', typeCode: first, year: null, warnings, length: whole.length };
  }
  const shape = shapeOf(year, rest);
  const typeCode = (shape === 'legal' || shape === 'administrative' || shape === 'consolidated') && TYPE_CODES.has(first) ? first : null;
  return { symbol, number, shape, typeCode, year: year ? Number(year) : null, warnings, length: whole.length };
}

/** Parses a whole string as one symbol (a form field, the CLI); null when it is not exactly one symbol. */
export function parseSymbol(written: string): ParsedSymbol | null {
  const trimmed = written.normalize('NFC').trim();
  const parsed = parseSymbolAt(trimmed, 0);
  return parsed && parsed.length === trimmed.length ? parsed : null;
}

/** The symbol in ASCII, as English translations print it ("1079/QD-TTg", "09/2017/ND-CP"). */
export function asciiSymbol(symbol: string): string {
  return symbol.replace(/Đ/g, 'D').replace(/đ/g, 'd').replace(/Ư/g, 'U');
}
