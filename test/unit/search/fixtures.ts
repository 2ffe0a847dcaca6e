// Small real documents for search tests: directives, talking points, Q&A, a template and a packet, validated by the model schemas.
import {
  DIRECTIVE_SCHEMA_VERSION,
  PACKET_SCHEMA_VERSION,
  QA_ITEM_SCHEMA_VERSION,
  TALKING_POINT_SCHEMA_VERSION,
  TEMPLATE_SCHEMA_VERSION,
  directiveSchema,
  docFromText,
  packetSchema,
  qaItemSchema,
  talkingPointSchema,
  templateSchema,
  type Directive,
  type Packet,
  type QAItem,
  type TalkingPoint,
  type Template,
} from '../../../shared/model/index.js';
import { SearchEngine } from '../../../shared/search/engine.js';
import {
  directiveDocuments,
  packetDocuments,
  qaDocuments,
  talkingPointDocuments,
  templateDocuments,
} from '../../../shared/search/documents.js';

export const AT = '2026-01-15T09:00:00.000+07:00';

const meta = (id: string, schemaVersion: number) => ({ id, schemaVersion, createdAt: AT, updatedAt: AT });

export function directive(id: string, fields: Record<string, unknown>): Directive {
  return directiveSchema.parse({ ...meta(id, DIRECTIVE_SCHEMA_VERSION), ...fields });
}

export function talkingPoint(id: string, title: string, message: string, extra: Record<string, unknown> = {}): TalkingPoint {
  return talkingPointSchema.parse({
    ...meta(id, TALKING_POINT_SCHEMA_VERSION),
    title,
    message: docFromText(message),
    approval: { status: 'draft' },
    revision: 1,
    ...extra,
  });
}

export function qaItem(id: string, question: string, answer: string, extra: Record<string, unknown> = {}): QAItem {
  return qaItemSchema.parse({
    ...meta(id, QA_ITEM_SCHEMA_VERSION),
    question,
    answer: docFromText(answer),
    approval: { status: 'draft' },
    revision: 1,
    ...extra,
  });
}

export function packet(id: string, title: string, sections: Array<{ id: string; title: string; text: string }>): Packet {
  return packetSchema.parse({
    ...meta(id, PACKET_SCHEMA_VERSION),
    title,
    period: { kind: 'month', year: 2026, month: 1 },
    sections: sections.map((s) => ({ id: s.id, title: s.title, content: docFromText(s.text) })),
  });
}

export function template(id: string, name: string, sections: Array<{ id: string; title: string; guidance: string }>): Template {
  return templateSchema.parse({
    ...meta(id, TEMPLATE_SCHEMA_VERSION),
    name,
    periodicity: { kind: 'monthly' },
    sections: sections.map((s) => ({ id: s.id, title: s.title, guidance: s.guidance, content: docFromText('') })),
  });
}

export const DIRECTIVES = [
  directive('dir57klTW', {
    type: 'Kết luận',
    number: '57',
    symbol: '57-KL/TW',
    issueDate: '2023-06-15',
    issuer: 'Bộ Chính trị',
    issuerTerm: 'XIII',
    title: 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới',
    tags: ['thông tin đối ngoại'],
  }),
  directive('dir157klTW', {
    type: 'Kết luận',
    number: '157',
    symbol: '157-KL/TW',
    issueDate: '2020-01-10',
    issuer: 'Ban Bí thư',
    title: 'một đề án khác về công tác tuyên truyền',
  }),
  directive('dir1079qd', {
    type: 'Quyết định',
    number: '1079',
    symbol: '1079/QĐ-TTg',
    issueDate: '2023-09-14',
    issuer: 'Thủ tướng Chính phủ',
    title: 'phê duyệt Đề án tuyên truyền về quyền con người ở Việt Nam giai đoạn 2023–2028',
    tags: ['nhân quyền'],
    excerpts: [{ id: 'exc1079a', reference: 'Mục II', text: 'Tuyên truyền, phổ biến thành tựu bảo đảm quyền con người ở Việt Nam.' }],
  }),
  directive('dir09nd2017', {
    type: 'Nghị định',
    number: '09',
    symbol: '09/2017/NĐ-CP',
    issueDate: '2017-02-09',
    issuer: 'Chính phủ',
    title: 'quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước',
  }),
];

export const TALKING_POINTS = [
  talkingPoint('tpExactAcc', 'Bảo đảm quyền con người', 'Việt Nam luôn coi bảo đảm quyền con người là mục tiêu của chính sách phát triển.', {
    tags: ['nhân quyền'],
    topic: 'Nhân quyền',
  }),
  talkingPoint('tpFoldedOnly', 'Tình cảm quyến luyến', 'Người dân quyến luyến quê hương, con người nơi đây hiền hòa.', { topic: 'Văn hóa' }),
  talkingPoint('tpUnaccent', 'Ghi chu nhanh', 'Ban nhap go khong dau: quyen con nguoi va tu do ton giao.'),
  talkingPoint('tpEconomy', 'Kinh tế tăng trưởng', 'Kim ngạch xuất khẩu tăng 12,4% so với cùng kỳ; thực hiện Kết luận 57-KL/TW.', { topic: 'Kinh tế' }),
];

export const QA_ITEMS = [
  qaItem('qaReligion1', 'Việt Nam có đàn áp tự do tôn giáo không?', 'Không. Quyền tự do tín ngưỡng, tôn giáo được Hiến pháp bảo đảm.', {
    outlet: 'Reuters',
    topic: 'Tôn giáo',
    tags: ['tôn giáo'],
  }),
];

export const TEMPLATES = [
  template('tplMonthly1', 'Họp báo định kỳ hàng tháng', [
    { id: 'tplSecIntro', title: 'Thông tin chung', guidance: 'Tóm tắt tình hình kinh tế - xã hội trong tháng.' },
  ]),
];

export const PACKETS = [
  packet('pkJanuary1', 'Họp báo thường kỳ tháng 1 năm 2026', [
    { id: 'secOpening', title: 'I. Khai mạc', text: 'Người phát ngôn chào mừng các nhà báo.' },
    { id: 'secEconomy', title: 'II. Kinh tế', text: 'Chỉ số sản xuất công nghiệp tăng 8,1%. Xuất khẩu nông sản đạt kỷ lục.' },
    { id: 'secRights', title: 'III. Nhân quyền', text: 'Triển khai Quyết định 1079/QĐ-TTg về tuyên truyền quyền con người.' },
  ]),
];

/** An engine holding every fixture. */
export function fixtureEngine(): SearchEngine {
  const engine = SearchEngine.create();
  for (const d of DIRECTIVES) engine.setItem('directive', d.id, directiveDocuments(d));
  for (const t of TALKING_POINTS) engine.setItem('talkingPoint', t.id, talkingPointDocuments(t));
  for (const q of QA_ITEMS) engine.setItem('qaItem', q.id, qaDocuments(q));
  for (const t of TEMPLATES) engine.setItem('template', t.id, templateDocuments(t));
  for (const p of PACKETS) engine.setItem('packet', p.id, packetDocuments(p));
  return engine;
}
