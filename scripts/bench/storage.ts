// Storage benchmark: a data folder of 2,000 directives, 10,000 talking points and 200 thirty-page packets; open time and save latencies.
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../electron/services/index.js';
import { dispatch } from '../../electron/services/dispatch.js';
import type { Services } from '../../electron/services/types.js';
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
import type { BenchSuite } from './suite.js';

const COUNTS = { directives: 2_000, talkingPoints: 10_000, packets: 200, packetPages: 30 } as const;
const SAVES = 100;
const OPENS = 5;
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

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** Fills `dataDir` with the benchmark library (deterministic); returns what it wrote. */
export async function generateStorageData(dataDir: string): Promise<{ directives: Directive[]; talkingPoints: TalkingPoint[]; bytes: number }> {
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

/** Until the handlers answer (directive list returned); with `everything`, until talking points and Q&A are read too. */
async function measureOpen(dataDir: string, everything: boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    let services: Services | undefined;
    times.push(
      await timed(async () => {
        services = await openServices({ dataDir, resourcesDir: RESOURCES });
        await services.handlers.directives.list({});
        if (everything) await Promise.all([services.stores().talkingPoints.ready(), services.stores().qaItems.ready()]);
      }),
    );
    await services?.close();
  }
  return times;
}

async function measureSaves(services: Services): Promise<{ packet: number[]; directive: number[] }> {
  const summaries = await services.handlers.packets.list({});
  const target = summaries[Math.floor(summaries.length / 2)];
  if (!target) throw new Error('no packets generated');
  let current = await services.handlers.packets.get({ id: target.id });
  const packet: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const { id, schemaVersion: _v, createdAt: _c, updatedAt, status: _s, approvedBy: _b, approvedAt: _a, history: _h, ...fields } = current;
    fields.title = `${target.title} (bản sửa ${i + 1})`;
    let saved: unknown;
    packet.push(await timed(async () => (saved = await dispatch(services.handlers, 'packets', 'save', { id, fields, expectedUpdatedAt: updatedAt }))));
    current = unwrap<Packet>(saved);
  }
  const list = await services.handlers.directives.list({});
  let edited = list[Math.floor(list.length / 3)];
  const directive: number[] = [];
  for (let i = 0; edited && i < SAVES; i++) {
    const { id, schemaVersion: _v, createdAt: _c, updatedAt, ...fields } = edited;
    fields.notes = `Ghi chú lần ${i + 1}`;
    let saved: unknown;
    directive.push(await timed(async () => (saved = await dispatch(services.handlers, 'directives', 'update', { id, fields, expectedUpdatedAt: updatedAt }))));
    edited = unwrap<Directive>(saved);
  }
  return { packet, directive };
}

function unwrap<T>(result: unknown): T {
  if (typeof result === 'object' && result !== null && 'ok' in result && result.ok === true && 'value' in result) return result.value as T;
  throw new Error(`save failed: ${JSON.stringify(result)}`);
}

/** The naive design this storage replaces: one lowdb JSONFile holding the whole library, rewritten on every save. */
async function measureSingleFileBaseline(folder: string, directives: Directive[], talkingPoints: TalkingPoint[]): Promise<number[]> {
  const db = new Low(new JSONFile<{ directives: Directive[]; talkingPoints: TalkingPoint[] }>(path.join(folder, 'library.json')), {
    directives: [],
    talkingPoints: [],
  });
  db.data = { directives: structuredClone(directives), talkingPoints };
  await db.write();
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const item = db.data.directives[Math.floor(directives.length / 3)];
    if (!item) break;
    times.push(await timed(() => db.update(() => void (item.notes = `Ghi chú lần ${i + 1}`))));
  }
  return times;
}

export const storageSuite: BenchSuite = {
  name: 'storage',
  description: `open a data folder of ${COUNTS.directives} directives, ${COUNTS.talkingPoints} talking points, ${COUNTS.packets} packets of ~${COUNTS.packetPages} pages; save one edited packet / directive`,
  async run({ log }) {
    const root = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-bench-storage-'));
    try {
      const dataDir = path.join(root, 'data');
      const generated = await generateStorageData(dataDir);
      log(`generated in ${dataDir}: packets ≈ ${(generated.bytes / 1e6).toFixed(1)} MB of JSON`);
      const opens = await measureOpen(dataDir, false);
      log(`open runs (ms): ${opens.map((t) => t.toFixed(1)).join(', ')}`);
      const fullOpens = await measureOpen(dataDir, true);
      log(`open with every collection read (ms): ${fullOpens.map((t) => t.toFixed(1)).join(', ')}`);
      const services = await openServices({ dataDir, resourcesDir: RESOURCES });
      // Saves are measured in a settled app: start-up backup made, lazy collections read.
      await Promise.all([services.stores().talkingPoints.ready(), services.stores().qaItems.ready()]);
      await services.flush();
      const saves = await measureSaves(services);
      await services.close();
      const baseline = await measureSingleFileBaseline(root, generated.directives, generated.talkingPoints);
      const directiveP95 = percentile(saves.directive, 95);
      const baselineP95 = percentile(baseline, 95);
      return {
        open_ms: percentile(opens, 50),
        open_max_ms: Math.max(...opens),
        open_all_collections_ms: percentile(fullOpens, 50),
        packet_save_p50_ms: percentile(saves.packet, 50),
        packet_save_p95_ms: percentile(saves.packet, 95),
        directive_save_p50_ms: percentile(saves.directive, 50),
        directive_save_p95_ms: directiveP95,
        baseline_single_file_save_p50_ms: percentile(baseline, 50),
        baseline_single_file_save_p95_ms: baselineP95,
        directive_save_vs_single_file_ratio: directiveP95 / baselineP95,
      };
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
