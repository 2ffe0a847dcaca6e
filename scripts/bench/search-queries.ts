// The search bench's query mix: accented, unaccented, typed-so-far prefixes, symbols, field clauses, phrases and typos.
import { foldVietnamese } from '../../shared/text/normalize.js';

/** Topics an officer looks up in the storage bench's library (its sentences are about these). */
const TOPICS = [
  'quyền con người',
  'thông tin đối ngoại',
  'xuất khẩu',
  'tôn giáo',
  'dân tộc thiểu số',
  'bảo hiểm y tế',
  'hộ nghèo',
  'hội nghị tập huấn',
  'phản bác quan điểm sai trái',
  'an sinh xã hội',
  'sản xuất công nghiệp',
  'cơ quan báo chí',
  'người phát ngôn',
  'họp báo thường kỳ',
  'văn hóa',
  'bạn bè quốc tế',
  'Bộ Chính trị',
  'Ủy ban nhân dân tỉnh',
  'đồng bào',
  'kim ngạch',
  'chính sách',
  'nhân quyền',
  'đề án truyền thông',
  'Chính phủ',
  'tỷ lệ hộ nghèo',
  'tiếp cận pháp luật',
  'hình ảnh đất nước',
  'số liệu',
  'dư luận quan tâm',
  'thù địch',
];

const FIELD_QUERIES = [
  'symbol:57-KL',
  'type:"Nghị định"',
  'loai:"nghi dinh"',
  'type:"Quyết định"',
  'tag:nhan-quyen',
  'tag:"thông tin đối ngoại"',
  'the:quyen-con-nguoi',
  'issuer:"chính phủ"',
  'coquan:"chinh phu"',
  'topic:"nhân quyền"',
  'title:"thông tin đối ngoại"',
  'tieude:"quyen con nguoi"',
];

/** Symbols the storage bench gives its directives: "<n+1>/<2010 + n % 16>/NĐ-CP". */
function generatedSymbol(n: number): string {
  return `${n + 1}/${2010 + (n % 16)}/NĐ-CP`;
}

/** About 300 queries, the same every run. */
export function benchQueries(directiveCount: number): string[] {
  const queries: string[] = [];
  for (const topic of TOPICS) {
    queries.push(topic, foldVietnamese(topic));
    const words = topic.split(' ');
    const last = words.at(-1) ?? '';
    // As typed: the last word cut short (no trailing space, so it is matched as a prefix).
    queries.push([...words.slice(0, -1), last.slice(0, Math.max(2, last.length - 2))].join(' '));
    queries.push(`${foldVietnamese(topic)} `);
    // The first letters of a search being typed.
    queries.push(foldVietnamese(topic).slice(0, 3));
  }
  for (let i = 0; i < 40; i++) {
    const n = (i * 157) % directiveCount;
    const symbol = generatedSymbol(n);
    queries.push(i % 4 === 0 ? foldVietnamese(symbol) : i % 4 === 1 ? symbol.split('/').slice(0, 2).join('/') : i % 4 === 2 ? `symbol:${symbol}` : symbol);
  }
  queries.push('57-KL', '57-KL/TW', '1079/QĐ', '1079/QD', '09/2017/NĐ-CP', '09/2017/nd-cp', '1079/QĐ-TTg');
  for (const field of FIELD_QUERIES) queries.push(field, field);
  for (const topic of TOPICS.slice(0, 10)) queries.push(`"${topic}"`, `"${foldVietnamese(topic)}" `);
  queries.push('xuat khua ', 'quyen con nguoj ', 'thong tin doi ngaoi ', 'tôn giao', 'an sinh xa hoi nghị định');
  return queries;
}
