// Word lists of the citation grammar (data, not code): type words, verbs that open a subject, terminators, abbreviations.
import type { DirectiveTypeName } from '../directives/types.js';

export interface TypeWord {
  /** Lower-case words as they appear in text ("nghị định", "joint circular"). */
  readonly words: string;
  /** The type it names; null for "văn bản", whose type is read from the symbol's code. */
  readonly type: DirectiveTypeName | null;
  readonly language: 'vi' | 'en';
}

const VI_TYPE_WORDS: readonly (readonly [string, DirectiveTypeName | null])[] = [
  ['kết luận', 'Kết luận'],
  ['nghị quyết liên tịch', 'Nghị quyết liên tịch'],
  ['nghị quyết', 'Nghị quyết'],
  ['chỉ thị', 'Chỉ thị'],
  ['quyết định', 'Quyết định'],
  ['quy định', 'Quy định'],
  ['quy chế', 'Quy chế'],
  ['nghị định', 'Nghị định'],
  ['thông tư liên tịch', 'Thông tư liên tịch'],
  ['thông tư', 'Thông tư'],
  ['bộ luật', 'Bộ luật'],
  ['luật', 'Luật'],
  ['pháp lệnh', 'Pháp lệnh'],
  ['hiến pháp', 'Hiến pháp'],
  ['hướng dẫn', 'Hướng dẫn'],
  ['kế hoạch', 'Kế hoạch'],
  ['chương trình', 'Chương trình'],
  ['đề án', 'Đề án'],
  ['công văn', 'Công văn'],
  ['công điện', 'Công điện'],
  ['thông báo kết luận', 'Thông báo'],
  ['thông báo', 'Thông báo'],
  ['thông cáo', 'Thông cáo'],
  ['báo cáo', 'Báo cáo'],
  ['tờ trình', 'Tờ trình'],
  ['văn bản hợp nhất', 'Văn bản hợp nhất'],
  ['văn bản', null],
];

const EN_TYPE_WORDS: readonly (readonly [string, DirectiveTypeName | null])[] = [
  ['conclusion', 'Kết luận'],
  ['joint resolution', 'Nghị quyết liên tịch'],
  ['resolution', 'Nghị quyết'],
  ['directive', 'Chỉ thị'],
  ['instruction', 'Chỉ thị'],
  ['decision', 'Quyết định'],
  ['regulation', 'Quy định'],
  ['decree', 'Nghị định'],
  ['joint circular', 'Thông tư liên tịch'],
  ['circular', 'Thông tư'],
  ['law', 'Luật'],
  ['ordinance', 'Pháp lệnh'],
  ['constitution', 'Hiến pháp'],
  ['guidance', 'Hướng dẫn'],
  ['guideline', 'Hướng dẫn'],
  ['plan', 'Kế hoạch'],
  ['programme', 'Chương trình'],
  ['program', 'Chương trình'],
  ['scheme', 'Đề án'],
  ['official letter', 'Công văn'],
  ['official dispatch', 'Công điện'],
  ['notice', 'Thông báo'],
  ['announcement', 'Thông báo'],
  ['communiqué', 'Thông cáo'],
  ['report', 'Báo cáo'],
  ['consolidated document', 'Văn bản hợp nhất'],
  ['consolidated text', 'Văn bản hợp nhất'],
  ['document', null],
];

export const TYPE_WORDS: readonly TypeWord[] = [
  ...VI_TYPE_WORDS.map(([words, type]) => ({ words, type, language: 'vi' as const })),
  ...EN_TYPE_WORDS.map(([words, type]) => ({ words, type, language: 'en' as const })),
];

/**
 * Verbs that open a subject line directly, without "về": "Nghị định … của Chính phủ quy định chi tiết …".
 * A subject starting with any other word is introduced by "về".
 */
export const SUBJECT_VERBS: readonly string[] = [
  'quy định',
  'ban hành',
  'phê duyệt',
  'sửa đổi',
  'bổ sung',
  'hướng dẫn',
  'bãi bỏ',
  'thay thế',
  'thành lập',
  'công bố',
  'phân bổ',
  'điều chỉnh',
  'kiện toàn',
  'bổ nhiệm',
  'gia hạn',
  'ủy quyền',
  'phân cấp',
  'hủy bỏ',
  'thông qua',
  'cho phép',
  'đính chính',
  'chấm dứt',
];

/** English words that open a subject directly ("Decision … approving the Scheme …"); any other subject follows "on". */
export const ENGLISH_SUBJECT_VERBS: readonly string[] = [
  'approving',
  'promulgating',
  'providing',
  'prescribing',
  'regulating',
  'guiding',
  'amending',
  'defining',
  'detailing',
  'elaborating',
  'stipulating',
  'establishing',
  'issuing',
  'adopting',
  'repealing',
  'replacing',
  'implementing',
];

/** Clauses that follow a subject line but are not part of it (checked lower-case, after the subject starts). */
export const SUBJECT_TRAILERS: readonly string[] = [
  ', có hiệu lực',
  ' có hiệu lực thi hành',
  ', được sửa đổi',
  ', đã được sửa đổi',
  ' đã được sửa đổi',
  ' (sau đây gọi',
  ' (sau đây viết',
  ', sau đây gọi',
  ' (gọi tắt',
  ', which took effect',
  ' (hereinafter',
  ', hereinafter',
];

/**
 * Verbs that, after ", <known issuer>", start a new clause rather than continue a subject line
 * ("… trong tình hình mới, Ban Tuyên giáo Trung ương ban hành Hướng dẫn …").
 */
export const CLAUSE_VERBS: readonly string[] = [
  'ban hành', 'đã', 'đang', 'sẽ', 'vừa', 'có', 'tổ chức', 'yêu cầu', 'chỉ đạo', 'triển khai', 'quyết định', 'phối hợp',
  'hướng dẫn', 'thông báo', 'đề nghị', 'ký', 'issued', 'has', 'approved',
];

/**
 * Words after which a citation on the next line continues the sentence (a line wrapped by a PDF copy) instead of
 * starting a new item: "… sửa đổi, bổ sung một số điều của⏎Nghị định số 123/2016/NĐ-CP …".
 */
export const NESTING_WORDS: readonly string[] = [
  'của', 'theo', 'tại', 'thực hiện', 'sửa đổi', 'bổ sung', 'thay thế', 'hướng dẫn', 'thi hành', 'về', 'với', 'kèm',
  'căn cứ', 'of', 'under', 'implementing', 'amending',
];

/** Lines that start a new item of a list or a new clause of a legal basis block. */
export const LINE_STARTERS: readonly string[] = ['căn cứ', 'theo đề nghị', 'xét đề nghị', 'pursuant to', 'at the request'];

/** Tokens after which a full stop is not a sentence end ("TP. Hồ Chí Minh", "No. 57"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'tp', 'no', 'nos', 'ts', 'ths', 'pgs', 'gs', 'st', 'mr', 'ms', 'dr', 'tt', 'q', 'p', 'v.v', 'vv', 'art', 'cl',
]);

/** Words that may follow a comma inside a law's name ("Luật Phòng, chống tham nhũng", "Luật Cán bộ, công chức"). */
export const LAW_NAME_COMMA_CONTINUATIONS: readonly string[] = ['chống', 'bổ sung', 'công chức', 'viên chức', 'thể thao', 'tôn giáo'];

/** Words that end a law's name when cited by name ("Luật Báo chí và các văn bản …"). */
export const LAW_NAME_STOP_WORDS: readonly string[] = [
  'số', 'ngày', 'năm', 'của', 'do', 'đã', 'được', 'và', 'hoặc', 'hiện', 'này', 'thì', 'tại', 'theo', 'có', 'là',
  'để', 'với', 'về', 'quy định', 'cũng', 'đang', 'sẽ', 'mới', 'nêu', 'trên', 'khóa', 'khoá',
];

/** Words that end an issuer's name read from running text (besides the subject verbs). */
export const ISSUER_STOP_WORDS: readonly string[] = [
  'về', 'v/v', 'ngày', 'khóa', 'khoá', 'số', 'tại', 'theo', 'đã', 'được', 'nhằm', 'để', 'với', 'trong', 'thì', 'có',
  'là', 'năm', 'đối', 'cho', 'nêu', 'và các', 'hoặc', 'gồm', 'kèm',
];

/** English words that end an issuer's name. */
export const ENGLISH_ISSUER_STOP_WORDS: readonly string[] = ['on', 'dated', 'of', 'in', 'and', 'to', 'for', 'which', 'that'];
