// format(): a directive as a citation — full first mention, short later mention, legal-basis line, English.
import { issuerEnglishName } from '../directives/issuers.js';
import { directiveTypeInfo } from '../directives/types.js';
import { formatEnglishDate, formatLongDate, formatNumericDate } from './dates.js';
import { asciiSymbol, parseSymbol } from './symbols.js';
import type { CitationDirective, CitationStyle } from './types.js';
import { ENGLISH_SUBJECT_VERBS, SUBJECT_VERBS } from './vocabulary.js';

const LEADING_CONNECTIVE = /^(?:về\s+việc|v\/v|về)(?![\p{L}\p{N}])\s*:?\s*/iu;

function startsWithWord(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((w) => lower.startsWith(w) && !/[\p{L}\p{N}]/u.test(lower.charAt(w.length)));
}

/**
 * A subject line as it reads inside a sentence: first letter lower-cased, unless the first word is an acronym
 * ("TTĐN …") or the first two words are a capitalised name ("Việt Nam …").
 */
function inSentence(title: string): string {
  const [first = '', second = ''] = title.split(/\s+/);
  if (/^[\p{Lu}\d][\p{Lu}\d-]+$/u.test(first) || /^\p{Lu}/u.test(second)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** " về tiếp tục …" or " quy định chi tiết …" (no connective before a verb). */
function subjectPart(title: string): string {
  const subject = title.trim().replace(LEADING_CONNECTIVE, '');
  if (!subject) return '';
  return startsWithWord(subject, SUBJECT_VERBS) ? ` ${inSentence(subject)}` : ` về ${inSentence(subject)}`;
}

function englishSubjectPart(titleEn: string): string {
  const subject = titleEn.trim().replace(/^on\s+/i, '');
  if (!subject) return '';
  return startsWithWord(subject, ENGLISH_SUBJECT_VERBS) ? ` ${inSentence(subject)}` : ` on ${inSentence(subject)}`;
}

interface Fields {
  type: CitationDirective['type'];
  symbol: string;
  date: string | null;
  issuer: string;
  term: string;
  title: string;
  titleEn: string;
  byName: boolean;
  typeEn: string;
}

function fieldsOf(d: CitationDirective): Fields {
  const info = directiveTypeInfo(d.type);
  const symbol = d.symbol.trim();
  return {
    type: d.type,
    symbol: parseSymbol(symbol)?.symbol ?? symbol,
    date: d.issueDate,
    issuer: d.issuer.trim(),
    term: d.issuerTerm?.trim() ?? '',
    title: d.title.trim(),
    titleEn: d.titleEn?.trim() ?? '',
    byName: info.byName === true,
    typeEn: info.en,
  };
}

function issuerPart(f: Fields): string {
  if (!f.issuer) return '';
  return ` của ${f.issuer}${f.term ? ` khóa ${f.term}` : ''}`;
}

/** "Luật Báo chí" / "Luật số 103/2016/QH13" / "Kết luận số 57-KL/TW". */
function designation(f: Fields, withSymbolForLaw: boolean): string {
  if (f.byName && f.title) return `${f.type} ${f.title}${withSymbolForLaw && f.symbol ? ` số ${f.symbol}` : ''}`;
  return f.symbol ? `${f.type} số ${f.symbol}` : f.type;
}

function full(f: Fields): string {
  const date = f.date ? ` ngày ${formatNumericDate(f.date)}` : '';
  const subject = f.byName ? '' : subjectPart(f.title);
  return `${designation(f, true)}${date}${issuerPart(f)}${subject}`;
}

function short(f: Fields): string {
  if (f.byName || f.symbol) return designation(f, false);
  return f.date ? `${f.type} ngày ${formatNumericDate(f.date)}` : f.type;
}

function basis(f: Fields): string {
  const date = f.date ? ` ngày ${formatLongDate(f.date)}` : '';
  if (f.byName) return `Căn cứ ${designation(f, !f.title)}${date};`;
  return `Căn cứ ${designation(f, true)}${date}${issuerPart(f)}${subjectPart(f.title)};`;
}

function english(f: Fields): string {
  const symbol = f.symbol ? ` No. ${asciiSymbol(f.symbol)}` : '';
  const date = f.date ? ` dated ${formatEnglishDate(f.date)}` : '';
  const issuer = f.issuer ? ` of ${issuerEnglishName(f.issuer)}` : '';
  if (f.byName) {
    const name = f.titleEn ? `${f.typeEn} on ${f.titleEn}` : f.typeEn;
    const vietnamese = !f.titleEn && f.title ? ` (${f.type} ${f.title})` : '';
    return `${name}${symbol}${vietnamese}${date}${issuer}`;
  }
  const subject = f.titleEn ? englishSubjectPart(f.titleEn) : '';
  return `${f.typeEn}${symbol}${date}${issuer}${subject}`;
}

/**
 * The citation of a directive in one style:
 * - `full`: "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục …" (laws: "Luật Báo chí số 103/2016/QH13
 *   ngày 05/4/2016 của Quốc hội", no subject);
 * - `short`: "Kết luận số 57-KL/TW" (laws: "Luật Báo chí");
 * - `basis`: "Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09 tháng 02 năm 2017 của Chính phủ quy định …;" (laws by name and
 *   date only: "Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016;");
 * - `en`: "Conclusion No. 57-KL/TW dated 15 June 2023 of the Politburo" (+ " on …" when the English title is known).
 * Dates follow Decree 30/2020: a leading zero for days below 10 and for January and February.
 */
export function format(directive: CitationDirective, style: CitationStyle): string {
  const f = fieldsOf(directive);
  switch (style) {
    case 'full':
      return full(f);
    case 'short':
      return short(f);
    case 'basis':
      return basis(f);
    case 'en':
      return english(f);
  }
}
