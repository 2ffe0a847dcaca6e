// The benchmark library (deterministic): 2,000 directives, 10,000 talking points and 200 thirty-page packets, written through the real services.
import path from 'node:path';
import { openServices } from '../../electron/services/index.js';
import { DIRECTIVE_TYPE_NAMES } from '../../shared/directives/types.js';
import {
  DIRECTIVE_SCHEMA_VERSION,
  PACKET_SCHEMA_VERSION,
  TALKING_POINT_SCHEMA_VERSION,
  directiveSchema,
  packetSchema,
  talkingPointSchema,
  type Directive,
  type Packet,
  type RichDoc,
  type TalkingPoint,
} from '../../shared/model/index.js';

export const LIBRARY_COUNTS = { directives: 2_000, talkingPoints: 10_000, packets: 200, packetPages: 30 } as const;
const COUNTS = LIBRARY_COUNTS;
const RESOURCES = path.resolve('resources');

const SENTENCES = [
  'Công tác thông tin đối ngoại về quyền con người tiếp tục được các cấp ủy, chính quyền quan tâm, thực hiện có hiệu quả.',
  'Tỉnh đã tổ chức Hội nghị tập huấn cho 280 đại biểu làm công tác thông tin đối ngoại của 26 tỉnh, thành phố khu vực phía Bắc.',
  'Các chính sách về dân tộc, tôn giáo, an sinh xã hội được triển khai đồng bộ, bảo đảm cuộc sống và quyền con người của nhân dân.',
  'Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị, công tác thông tin đối ngoại được đổi mới về nội dung và phương thức.',
  'Đề án truyền thông về quyền con người ở Việt Nam giai đoạn 2023–2028 được triển khai theo Quyết định số 1079/QĐ-TTg.',
  'Người phát ngôn cung cấp thông tin định kỳ cho báo chí theo Nghị định số 09/2017/NĐ-CP của Chính phủ.',
  'Kim ngạch xuất khẩu trong tháng tăng 12,4% so với cùng kỳ, chỉ số sản xuất công nghiệp tăng 8,1%.',
  'Đấu tranh, phản bác các quan điểm sai trái, thù địch, xuyên tạc tình hình nhân quyền ở Việt Nam.',
  'Bảo tồn, phát huy giá trị văn hóa của đồng bào dân tộc thiểu số, quảng bá hình ảnh đất nước đến bạn bè quốc tế.',
  'Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành rà soát, cập nhật số liệu trước ngày họp báo thường kỳ.',
  'Tỷ lệ hộ nghèo giảm còn 2,93%; 100% xã đạt chuẩn tiếp cận pháp luật; hơn 98% người dân có thẻ bảo hiểm y tế.',
  'Cơ quan báo chí được cung cấp thông tin kịp thời, chính xác về các vấn đề dư luận quan tâm.',
];

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeId(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(8, '0')}`;
}

function paragraph(rnd: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => SENTENCES[Math.floor(rnd() * SENTENCES.length)]).join(' ');
}

function richDoc(rnd: () => number, paragraphs: number, sentences: number): RichDoc {
  return {
    type: 'doc',
    content: Array.from({ length: paragraphs }, (_, i) => ({
      type: 'paragraph' as const,
      content:
        i % 3 === 0
          ? [
              { type: 'text' as const, text: 'Nội dung chính: ', marks: [{ type: 'bold' as const }] },
              { type: 'text' as const, text: paragraph(rnd, sentences) },
            ]
          : [{ type: 'text' as const, text: paragraph(rnd, sentences) }],
    })),
  };
}

const AT = '2026-01-15T09:00:00.000+07:00';

function directive(rnd: () => number, n: number): Directive {
  const year = 2010 + (n % 16);
  return directiveSchema.parse({
    id: makeId('dir', n),
    schemaVersion: DIRECTIVE_SCHEMA_VERSION,
    createdAt: AT,
    updatedAt: AT,
    type: DIRECTIVE_TYPE_NAMES[n % DIRECTIVE_TYPE_NAMES.length],
    number: String(n + 1),
    symbol: `${n + 1}/${year}/NĐ-CP`,
    issueDate: `${year}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
    issuer: 'Chính phủ',
    title: paragraph(rnd, 1),
    excerpts: [{ id: makeId('exc', n), reference: 'Điều 3 khoản 2', text: paragraph(rnd, 2) }],
    tags: ['thông tin đối ngoại', 'quyền con người'],
  });
}

function talkingPoint(rnd: () => number, n: number): TalkingPoint {
  return talkingPointSchema.parse({
    id: makeId('tp', n),
    schemaVersion: TALKING_POINT_SCHEMA_VERSION,
    createdAt: AT,
    updatedAt: AT,
    title: `Thông điệp ${n + 1}: ${paragraph(rnd, 1).slice(0, 120)}`,
    message: richDoc(rnd, 3, 3),
    proofPoints: [
      { id: makeId('pp', n * 2), text: paragraph(rnd, 1), source: { kind: 'directive', directiveId: makeId('dir', n % COUNTS.directives) } },
      { id: makeId('pp', n * 2 + 1), text: paragraph(rnd, 1), source: { kind: 'report', name: 'Báo cáo tình hình kinh tế - xã hội tháng' } },
    ],
    topic: 'Nhân quyền',
    tags: ['nhân quyền'],
    approval: { status: 'approved', approvedBy: 'Chánh Văn phòng', approvedAt: AT },
    revision: 1,
  });
}

/** About 30 A4 pages of text (≈ 3,000 characters a page) in eight sections. */
function packet(rnd: () => number, n: number): Packet {
  const sections = Array.from({ length: 8 }, (_, s) => ({
    id: makeId(`s${n}x`, s),
    title: `${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][s]}. Tình hình công tác tháng`,
    content: richDoc(rnd, 28, 3),
  }));
  return packetSchema.parse({
    id: makeId('pk', n),
    schemaVersion: PACKET_SCHEMA_VERSION,
    createdAt: AT,
    updatedAt: AT,
    title: `Họp báo thường kỳ tháng ${(n % 12) + 1} năm ${2010 + Math.floor(n / 12)}`,
    period: { kind: 'month', year: 2010 + Math.floor(n / 12), month: (n % 12) + 1 },
    sections,
    history: [{ at: AT, action: 'created' }],
  });
}

/** Fills `dataDir` with the benchmark library (deterministic); returns what it wrote. */
export async function generateBenchLibrary(dataDir: string): Promise<{ directives: Directive[]; talkingPoints: TalkingPoint[]; bytes: number }> {
  const rnd = random(20_260_115);
  const directives = Array.from({ length: COUNTS.directives }, (_, n) => directive(rnd, n));
  const talkingPoints = Array.from({ length: COUNTS.talkingPoints }, (_, n) => talkingPoint(rnd, n));
  const services = await openServices({ dataDir, resourcesDir: RESOURCES });
  const stores = services.stores();
  await stores.directives.putMany(directives);
  await (await stores.talkingPoints.ready()).putMany(talkingPoints);
  let bytes = 0;
  for (let n = 0; n < COUNTS.packets; n++) {
    const p = packet(rnd, n);
    bytes += JSON.stringify(p).length;
    await stores.packets.put(p);
  }
  await services.close();
  return { directives, talkingPoints, bytes };
}
