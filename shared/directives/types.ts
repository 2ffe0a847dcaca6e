// Table of Vietnamese document types: name, symbol code(s) and English name (Decree 30/2020 Appendix III, Party rules).
export interface DirectiveTypeInfo {
  /** Vietnamese type name as written in citations ("Kết luận"). */
  readonly vi: string;
  /** English name used in English citations ("Conclusion"). */
  readonly en: string;
  /** Type codes that appear in a symbol ("KL" in 57-KL/TW); empty when the type has no code (công văn, luật). */
  readonly codes: readonly string[];
  /** Cited by name ("Luật Báo chí") rather than by a subject line; its symbol carries the legislature (QH13). */
  readonly byName?: boolean;
}

export const DIRECTIVE_TYPES = [
  { vi: 'Kết luận', en: 'Conclusion', codes: ['KL'] },
  { vi: 'Nghị quyết', en: 'Resolution', codes: ['NQ'] },
  { vi: 'Nghị quyết liên tịch', en: 'Joint Resolution', codes: ['NQLT'] },
  { vi: 'Chỉ thị', en: 'Directive', codes: ['CT'] },
  { vi: 'Quyết định', en: 'Decision', codes: ['QĐ'] },
  { vi: 'Quy định', en: 'Regulation', codes: ['QĐ', 'QyĐ'] },
  { vi: 'Quy chế', en: 'Rules', codes: ['QC'] },
  { vi: 'Nghị định', en: 'Decree', codes: ['NĐ'] },
  { vi: 'Thông tư', en: 'Circular', codes: ['TT'] },
  { vi: 'Thông tư liên tịch', en: 'Joint Circular', codes: ['TTLT'] },
  { vi: 'Luật', en: 'Law', codes: [], byName: true },
  { vi: 'Bộ luật', en: 'Code', codes: [], byName: true },
  { vi: 'Pháp lệnh', en: 'Ordinance', codes: [], byName: true },
  { vi: 'Hiến pháp', en: 'Constitution', codes: [], byName: true },
  { vi: 'Hướng dẫn', en: 'Guidance', codes: ['HD'] },
  { vi: 'Kế hoạch', en: 'Plan', codes: ['KH'] },
  { vi: 'Chương trình', en: 'Programme', codes: ['CTr'] },
  { vi: 'Đề án', en: 'Scheme', codes: ['ĐA'] },
  { vi: 'Dự án', en: 'Project', codes: ['DA'] },
  { vi: 'Phương án', en: 'Plan of Action', codes: ['PA'] },
  { vi: 'Công văn', en: 'Official Letter', codes: [] },
  { vi: 'Công điện', en: 'Official Dispatch', codes: ['CĐ'] },
  { vi: 'Thông báo', en: 'Notice', codes: ['TB'] },
  { vi: 'Thông cáo', en: 'Communiqué', codes: ['TC'] },
  { vi: 'Báo cáo', en: 'Report', codes: ['BC'] },
  { vi: 'Tờ trình', en: 'Submission', codes: ['TTr'] },
  { vi: 'Văn bản hợp nhất', en: 'Consolidated Document', codes: ['VBHN'] },
  { vi: 'Khác', en: 'Document', codes: [] },
] as const satisfies readonly DirectiveTypeInfo[];

export type DirectiveTypeName = (typeof DIRECTIVE_TYPES)[number]['vi'];

export const DIRECTIVE_TYPE_NAMES = DIRECTIVE_TYPES.map((t) => t.vi) as unknown as readonly [
  DirectiveTypeName,
  ...DirectiveTypeName[],
];

export function directiveTypeInfo(name: DirectiveTypeName): DirectiveTypeInfo {
  const info = DIRECTIVE_TYPES.find((t) => t.vi === name);
  if (!info) throw new RangeError(`Unknown directive type: ${name}`);
  return info;
}

/** The types that a symbol's type code stands for ("QĐ" → Quyết định, Quy định), in table order. */
export function typesForCode(code: string): DirectiveTypeName[] {
  return DIRECTIVE_TYPES.filter((t) => (t.codes as readonly string[]).includes(code)).map((t) => t.vi);
}

/** Every type code of the table, plus Decree 30/2020 Appendix III codes of types the table does not name. */
export const TYPE_CODES: ReadonlySet<string> = new Set([
  ...DIRECTIVE_TYPES.flatMap((t) => t.codes),
  'BB', 'HĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB',
]);
