// A seeded random source and the directive and packet contents the crash-test editor saves (Vietnamese text, varied sizes).
import type { DirectiveFieldsInput, PacketFields } from '../../../shared/model/index.js';
import type { RichNode } from '../../../shared/model/rich-text.js';
import { directiveNotes, packetMarkers } from './protocol.js';

/** mulberry32: small, fast and reproducible from a 32-bit seed. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }
}

const SENTENCES = [
  'Tiếp tục quán triệt Kết luận số 57-KL/TW về nâng cao chất lượng thông tin đối ngoại.',
  'Trong tháng, các cơ quan báo chí đã đăng tải 1.245 tin, bài về thành tựu bảo đảm quyền con người.',
  'Người phát ngôn cung cấp thông tin chính xác, kịp thời theo Nghị định số 09/2017/NĐ-CP.',
  'Đẩy mạnh tuyên truyền về chuyển đổi số quốc gia và đổi mới sáng tạo ở địa phương.',
  'Phản bác các quan điểm sai trái, thù địch bằng số liệu có nguồn rõ ràng.',
  'Ủy ban nhân dân tỉnh đã tổ chức 3 cuộc họp báo định kỳ và 2 cuộc họp báo chuyên đề.',
  'Tình hình kinh tế - xã hội tiếp tục chuyển biến tích cực; tăng trưởng GRDP đạt 7,2%.',
  'Đề nghị các sở, ngành phối hợp chặt chẽ, cung cấp thông tin đúng hạn cho người phát ngôn.',
] as const;

const ISSUERS = ['Bộ Chính trị', 'Thủ tướng Chính phủ', 'Ủy ban nhân dân tỉnh', 'Chính phủ', 'Ban Bí thư'] as const;

export function directiveFields(random: Random, rev: number, key: string): DirectiveFieldsInput {
  const number = random.int(1, 9999);
  const excerpts = Array.from({ length: random.int(0, 3) }, (_, i) => ({
    id: `ex-${key.replace(/[^A-Za-z0-9_-]/g, '')}-${i}`.slice(0, 64),
    reference: `Điều ${random.int(1, 40)} khoản ${random.int(1, 5)}`,
    text: Array.from({ length: random.int(1, 4) }, () => random.pick(SENTENCES)).join(' '),
  }));
  return {
    type: 'Quyết định',
    number: String(number),
    symbol: `${number}/QĐ-UBND`,
    issueDate: `20${random.int(10, 25)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
    issuer: random.pick(ISSUERS),
    title: `ban hành Kế hoạch thông tin đối ngoại năm ${random.int(2015, 2026)}, lần ${rev}`,
    excerpts,
    tags: random.next() < 0.5 ? ['thông tin đối ngoại'] : ['nhân quyền', 'báo chí'],
    notes: directiveNotes(rev, key),
  };
}

function paragraph(random: Random): RichNode {
  const text = Array.from({ length: random.int(1, 6) }, () => random.pick(SENTENCES)).join(' ');
  const bold = random.next() < 0.3;
  return { type: 'paragraph', content: [{ type: 'text', text, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }] };
}

/** A packet whose size varies from a few kilobytes to a few hundred, so some writes take long enough to be interrupted. */
export function packetFields(random: Random, rev: number, key: string, sectionIds: readonly string[]): PacketFields {
  const large = random.next() < 0.2;
  const sections = sectionIds.map((id, index) => ({
    id,
    title: `Phần ${index + 1}: ${random.pick(['Thông điệp chính', 'Số liệu', 'Hỏi đáp dự kiến', 'Văn bản chỉ đạo'])}`,
    templateSectionId: null,
    internalOnly: index === sectionIds.length - 1,
    recurring: true,
    guidance: '',
    content: {
      type: 'doc' as const,
      content: [
        { type: 'heading' as const, attrs: { level: 2 }, content: [{ type: 'text' as const, text: `Mục ${index + 1}` }] },
        ...Array.from({ length: large ? random.int(30, 60) : random.int(2, 12) }, () => paragraph(random)),
      ],
    },
    auto: null,
  }));
  return {
    title: `Tài liệu họp báo định kỳ tháng ${random.int(1, 12)}`,
    documentNumber: '',
    variables: { ky_bao_cao: `tháng ${random.int(1, 12)}/2026`, ...packetMarkers(rev, key) },
    sections,
    templateId: null,
    period: { kind: 'month', year: 2026, month: random.int(1, 12) },
    briefingDate: null,
    layoutPreset: 'nd30',
    previousPacketId: null,
  };
}
