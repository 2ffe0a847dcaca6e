// parse(): finds every citation in free text, nested ones included, with spans in the original string and warnings.
import { knownIssuer } from '../directives/issuers.js';
import { directiveTypeInfo } from '../directives/types.js';
import { parseEnglishDateAt, parseVietnameseDateAt, type DateMatch } from './dates.js';
import { findAnchors, headAt, type Anchor, type CitationHead } from './head.js';
import { anyPhraseAt, readEnglishIssuer, readIssuer, readTerm } from './issuer-phrase.js';
import { checkAgainstRegistry } from './registry.js';
import { readSubject, type SubjectMatch } from './subject.js';
import { capitalizeFirst, sentenceCaseIfShouting, sourceText, type SourceText } from './text.js';
import type { CitationWarning, ParseOptions, ParsedCitation } from './types.js';
import { ENGLISH_SUBJECT_VERBS, SUBJECT_VERBS } from './vocabulary.js';

const DATE_WORD_VI = /\s*,?\s*(?:ban hành\s+)?ngày\s+/y;
const DATE_WORD_EN = /\s*,?\s*(?:dated|issued on|signed on|adopted on)(?:\s+on)?\s+/y;
const OF_VI = /\s*,?\s*(?:của|giữa|do)\s+/y;
const OF_EN = /\s*,?\s*(?:issued by|of|by)\s+/y;
const CONNECTIVE_VI = /\s*,?\s*(?:về\s+việc|v\/v|về)(?![\p{L}\p{N}])\s*:?\s*/uy;
const CONNECTIVE_EN = /\s*,?\s*on\s+/y;
const SPACES_COMMA = /\s*,?\s*/y;
const PARTY_MEETING = /\s*,?\s*(?:của\s+)?hội nghị\s+(?:trung ương\s+)?(?:lần thứ\s+)?[\p{L}\p{N}]+\s+(?:của\s+)?/uy;
/** A parenthesis between the issuer and "về …" ("… của Chủ tịch UBND tỉnh (triển khai …) về việc …"). */
const ASIDE = /\s*\([^()]{1,300}\)/y;
const LEADING_CONNECTIVE = /^(?:về\s+việc|v\/v|về)(?![\p{L}\p{N}])\s*:?\s*/iu;

function sticky(pattern: RegExp, text: string, index: number): number | null {
  pattern.lastIndex = index;
  const m = pattern.exec(text);
  return m ? index + m[0].length : null;
}

interface Assembled {
  citation: ParsedCitation;
  /** From the end of the header to the end of the subject: citations found there are nested in this one. */
  content: { start: number; end: number } | null;
}

class CitationBuilder {
  end: number;
  date: DateMatch | null = null;
  dateStart = 0;
  issuer: string | null;
  term: string | null = null;
  subject: SubjectMatch | null = null;
  subjectStart = 0;
  /** Where the header (symbol, date, issuer, term) ends: citations after it are nested, not part of it. */
  headerEnd = 0;

  constructor(
    readonly source: SourceText,
    readonly head: CitationHead,
    readonly limit: number,
  ) {
    this.end = head.end;
    this.issuer = head.issuerBefore?.issuer ?? null;
  }

  readDate(word: RegExp, parseAt: (lower: string, index: number) => DateMatch | null): void {
    if (this.date) return;
    const at = sticky(word, this.source.lower, this.end);
    const date = at === null ? null : parseAt(this.source.lower, at);
    if (at !== null && date && at + date.length <= this.limit) {
      this.date = date;
      this.dateStart = at;
      this.end = at + date.length;
    }
  }

  readVietnameseIssuer(): void {
    if (this.issuer !== null) return;
    const at = sticky(OF_VI, this.source.lower, this.end);
    const issuer = at === null ? null : readIssuer(this.source, at);
    if (issuer && issuer.end <= this.limit) {
      this.issuer = issuer.issuer;
      this.end = issuer.end;
      return;
    }
    // A known body after "Hội nghị lần thứ 6" or right after the date without "của" ("… năm 2018 Chính phủ về …").
    const meeting = sticky(PARTY_MEETING, this.source.lower, this.end);
    const bareAt = meeting ?? (this.date ? sticky(SPACES_COMMA, this.source.lower, this.end) : null);
    const bare = bareAt === null ? null : readIssuer(this.source, bareAt);
    if (bare && bare.end <= this.limit && knownIssuer(bare.issuer)) {
      this.issuer = bare.issuer;
      this.end = bare.end;
    }
  }

  readTerm(): void {
    const term = readTerm(this.source, this.end);
    if (term && term.end <= this.limit) {
      this.term = term.term;
      this.end = term.end;
    }
  }

  readSubjectAfter(connective: RegExp, verbs: readonly string[], heads: readonly number[]): void {
    const { lower, text } = this.source;
    const limit = this.limit;
    this.headerEnd = this.end;
    let at = sticky(connective, lower, this.end);
    const afterAside = at === null ? sticky(ASIDE, lower, this.end) : null;
    if (afterAside !== null) at = sticky(connective, lower, afterAside);
    if (at === null) {
      const next = sticky(SPACES_COMMA, lower, this.end) ?? this.end;
      const opensQuote = next > this.end && /[“"«]/.test(text[next] ?? '');
      if (next === this.end || !(anyPhraseAt(lower, next, verbs) || opensQuote)) return;
      at = next;
    }
    if (at >= limit) return;
    const subject = readSubject(this.source, at, limit, heads);
    if (subject) {
      this.subject = subject;
      this.subjectStart = at;
      this.end = subject.end;
    }
  }
}

function warningsOf(builder: CitationBuilder): CitationWarning[] {
  const { head, date, source } = builder;
  const warnings: CitationWarning[] = [...(head.symbol?.warnings ?? [])];
  if (date && date.iso === null) {
    const written = source.original.slice(
      source.startInOriginal(builder.dateStart),
      source.endInOriginal(builder.dateStart + date.length),
    );
    warnings.push({ code: 'invalid_date', written });
  }
  const symbol = head.symbol;
  if (symbol && head.typeFromWord) {
    const info = directiveTypeInfo(head.type);
    const byName = info.byName === true;
    const codeMismatch = symbol.typeCode !== null && info.codes.length > 0 && !info.codes.includes(symbol.typeCode);
    const codeWhereNone = symbol.typeCode !== null && info.codes.length === 0 && (byName || head.type === 'Công văn');
    if (codeMismatch || codeWhereNone) {
      warnings.push({ code: 'type_code_mismatch', type: head.type, typeCode: symbol.typeCode ?? '', expectedCodes: info.codes });
    }
  }
  if (symbol?.year && date?.iso && symbol.shape !== 'party') {
    const dateYear = Number(date.iso.slice(0, 4));
    if (dateYear !== symbol.year) warnings.push({ code: 'symbol_year_mismatch', symbolYear: symbol.year, dateYear });
  }
  return warnings;
}

function cleanTitle(head: CitationHead, subject: SubjectMatch | null): { title: string | null; titleEn: string | null } {
  if (head.lawName !== null) {
    const name = sentenceCaseIfShouting(head.lawName);
    return head.language === 'en' ? { title: null, titleEn: name } : { title: name, titleEn: null };
  }
  if (!subject) return { title: null, titleEn: null };
  if (head.language === 'en') return { title: null, titleEn: capitalizeFirst(subject.title) };
  const stripped = subject.title.replace(LEADING_CONNECTIVE, '').trim();
  return { title: stripped ? capitalizeFirst(sentenceCaseIfShouting(stripped)) : null, titleEn: null };
}

function assemble(source: SourceText, head: CitationHead, limit: number, heads: readonly number[]): Assembled {
  const b = new CitationBuilder(source, head, limit);
  const english = head.language === 'en';
  const byName = directiveTypeInfo(head.type).byName === true;
  if (english) {
    b.readDate(DATE_WORD_EN, parseEnglishDateAt);
    const at = sticky(OF_EN, source.lower, b.end);
    const issuer = at === null ? null : readEnglishIssuer(source, at);
    if (issuer && issuer.end <= limit) {
      b.issuer = issuer.issuer;
      b.end = issuer.end;
    }
    b.readDate(DATE_WORD_EN, parseEnglishDateAt);
    if (!byName) b.readSubjectAfter(CONNECTIVE_EN, ENGLISH_SUBJECT_VERBS, heads);
  } else {
    b.readDate(DATE_WORD_VI, parseVietnameseDateAt);
    b.readVietnameseIssuer();
    b.readTerm();
    b.readDate(DATE_WORD_VI, parseVietnameseDateAt);
    if (!byName) b.readSubjectAfter(CONNECTIVE_VI, SUBJECT_VERBS, heads);
  }
  const { title, titleEn } = cleanTitle(head, b.subject);
  const symbol = head.symbol;
  const citation: ParsedCitation = {
    type: head.type,
    number: symbol?.number ?? '',
    symbol: symbol?.symbol ?? '',
    date: b.date?.iso ?? null,
    issuer: b.issuer,
    term: b.term,
    title,
    titleEn,
    language: head.language,
    span: { start: source.startInOriginal(head.start), end: source.endInOriginal(b.end) },
    warnings: warningsOf(b),
  };
  const content = b.subject ? { start: b.headerEnd, end: b.subject.end } : null;
  return { citation, content };
}

/**
 * Finds every citation in `text`: sentences, legal-basis blocks, citations nested in another's subject line, NFC or
 * NFD input, Vietnamese or English. Results are in text order; spans are offsets in `text` as given.
 */
export function parse(text: string, options: ParseOptions = {}): ParsedCitation[] {
  const source = sourceText(text);
  const found: { anchor: Anchor; head: CitationHead }[] = [];
  for (const anchor of findAnchors(source)) {
    const head = headAt(source, anchor, source.text.length);
    if (!head) continue;
    const previous = found[found.length - 1]?.head;
    const insidePreviousName = previous?.name && head.start >= previous.name.start && head.start < previous.name.end;
    if (!previous || head.start >= previous.end || insidePreviousName) found.push({ anchor, head });
  }
  const headStarts = found.map((f) => f.head.start);
  const results: ParsedCitation[] = [];
  const enclosing: { contentStart: number; contentEnd: number }[] = [];
  for (const { anchor, head } of found) {
    while (enclosing.length > 0 && (enclosing[enclosing.length - 1]?.contentEnd ?? 0) <= head.start) enclosing.pop();
    const parent = enclosing[enclosing.length - 1];
    if (parent && head.start < parent.contentStart) continue;
    const limit = parent ? parent.contentEnd : source.text.length;
    const bounded = head.end <= limit ? head : headAt(source, anchor, limit);
    if (!bounded || bounded.end > limit) continue;
    const { citation, content: subject } = assemble(source, bounded, limit, headStarts);
    if (options.registry) citation.warnings.push(...checkAgainstRegistry(citation, options.registry));
    results.push(citation);
    const content = subject ?? bounded.name;
    if (content) enclosing.push({ contentStart: content.start, contentEnd: content.end });
  }
  return results;
}
