// Laws cited by name: "Luật Báo chí", "Luật Phòng, chống tham nhũng", "Luật sửa đổi, bổ sung …", "Law on Information Access".
import { anyPhraseAt, phraseAt } from './issuer-phrase.js';
import type { SourceText } from './text.js';
import { collapseSpaces, isUpper } from './text.js';
import { LAW_NAME_COMMA_CONTINUATIONS, LAW_NAME_STOP_WORDS } from './vocabulary.js';

export interface LawNameMatch {
  /** The name without the word "Luật" ("Báo chí"). */
  name: string;
  end: number;
}

const MAX_NAME_WORDS = 12;
const MAX_AMENDMENT_LENGTH = 400;
const ENGLISH_STOP_WORDS = ['dated', 'no', 'which', 'adopted', 'passed', 'promulgated', 'issued', 'and', 'as'];

function skipSpaces(text: string, index: number): number {
  let i = index;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function wordEnd(text: string, index: number): number {
  let i = index;
  while (i < text.length && /[\p{L}\p{N}-]/u.test(text[i] ?? '')) i++;
  return i;
}

/** A stop word that only counts before a number: "số 103/…", "năm 2016"; a bare year ends the name too. */
function stopsName(lower: string, index: number): boolean {
  if (/^\d{4}(?!\d)/.test(lower.slice(index, index + 5))) return true;
  const word = anyPhraseAt(lower, index, LAW_NAME_STOP_WORDS);
  if (word === undefined) return false;
  if (word === 'số' || word === 'năm') return /^\s*:?\s*\d/.test(lower.slice(index + word.length, index + word.length + 4));
  return true;
}

/** Where the name of an amending law ends: a clause mark, a line break, its date or its number. */
const AMENDMENT_END = /[;.(\n]|\s(?=ngày(?![\p{L}\p{N}])|số\s*:?\s*\d)/u;

/**
 * A name that runs to the date, the symbol or the end of the clause: "Luật sửa đổi, bổ sung một số điều của …", and the
 * constitution's "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", whose name starts in lower case.
 */
export function readClauseName(source: SourceText, start: number, limit: number): LawNameMatch | null {
  const { text, lower } = source;
  const stop = Math.min(limit, text.length, start + MAX_AMENDMENT_LENGTH);
  const found = AMENDMENT_END.exec(lower.slice(start, stop));
  const raw = text.slice(start, found ? start + found.index : stop).replace(/[\s,]+$/, '');
  const name = collapseSpaces(raw);
  return name ? { name, end: start + raw.length } : null;
}

/** Reads a Vietnamese law's name starting at `start` (just after "Luật "). */
export function readLawName(source: SourceText, start: number, limit: number): LawNameMatch | null {
  const { text, lower } = source;
  if (phraseAt(lower, start, 'sửa đổi')) return readClauseName(source, start, limit);
  if (!isUpper(text, start)) return null;
  let end = wordEnd(text, start);
  for (let words = 1; words < MAX_NAME_WORDS && end < limit; words++) {
    let next = end;
    if (text[next] === ',') {
      const after = skipSpaces(text, next + 1);
      if (!anyPhraseAt(lower, after, LAW_NAME_COMMA_CONTINUATIONS)) break;
      next = after;
    } else {
      next = skipSpaces(text, end);
      if (next === end || next >= limit || !/\p{L}/u.test(text[next] ?? '') || stopsName(lower, next)) break;
      if (/\n/.test(text.slice(end, next)) && isUpper(text, next)) break;
    }
    if (stopsName(lower, next)) break;
    end = wordEnd(text, next);
  }
  const name = collapseSpaces(text.slice(start, end));
  return name ? { name, end } : null;
}

/** Reads an English law's name after "Law on " ("Information Access", "Organization of the Government"). */
export function readEnglishLawName(source: SourceText, start: number, limit: number): LawNameMatch | null {
  const { text, lower } = source;
  if (!isUpper(text, start)) return null;
  let end = wordEnd(text, start);
  for (let words = 1; words < MAX_NAME_WORDS && end < limit; words++) {
    const next = skipSpaces(text, end);
    if (next === end || !/\p{L}/u.test(text[next] ?? '') || anyPhraseAt(lower, next, ENGLISH_STOP_WORDS)) break;
    end = wordEnd(text, next);
  }
  const name = collapseSpaces(text.slice(start, end));
  return name ? { name, end } : null;
}
