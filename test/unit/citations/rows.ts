// Shared shape of the real-citation tables: one row per published text, the citations it must yield, field by field.
import { expect } from 'vitest';
import { parse, type CitationWarningCode, type ParsedCitation, type ParseOptions } from '../../../shared/citations/index.js';

export interface Expected {
  type: ParsedCitation['type'];
  symbol: string;
  date?: string | null;
  issuer?: string | null;
  term?: string | null;
  title?: string | null;
  titleEn?: string | null;
  warnings?: CitationWarningCode[];
}

export interface Row {
  /** Where the text was published (the column that says it is real). */
  source: string;
  text: string;
  expected: Expected[];
}

/** Parses the row's text and compares type and symbol of every result, and each other field the row names. */
export function checkRow(row: Row, options?: ParseOptions): ParsedCitation[] {
  const found = parse(row.text, options);
  const comparable = found.map((c, i) => {
    const wanted = row.expected[i];
    const picked: Record<string, unknown> = { type: c.type, symbol: c.symbol };
    for (const key of ['date', 'issuer', 'term', 'title', 'titleEn'] as const) {
      if (wanted && key in wanted) picked[key] = c[key];
    }
    if (wanted?.warnings) picked.warnings = c.warnings.map((w) => w.code);
    return picked;
  });
  expect(comparable).toEqual(row.expected);
  for (const c of found) {
    // The span covers the citation exactly: read alone, it gives the same head.
    const alone = parse(row.text.slice(c.span.start, c.span.end))[0];
    expect(alone && { type: alone.type, symbol: alone.symbol, date: alone.date }).toEqual({ type: c.type, symbol: c.symbol, date: c.date });
  }
  return found;
}
