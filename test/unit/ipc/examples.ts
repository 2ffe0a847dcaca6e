// One valid payload per contract channel, naming the seeded directive and packet: the starting point the property tests mutate.
import type { InputOf } from '../../../shared/ipc/contract.js';

const AT = '2026-11-26T09:30:00.000+07:00';

/** The directive the property tests put into every folder (through directives.undoDelete, which keeps its id). */
export const SEED_DIRECTIVE_ID = 'seed-directive-57';

export const DIRECTIVE_FIELDS: InputOf<'directives', 'create'>['fields'] = {
  type: 'Kết luận',
  number: '57',
  symbol: '57-KL/TW',
  issueDate: '2023-06-15',
  issuer: 'Bộ Chính trị',
  issuerTerm: 'XIII',
  title: 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới',
  status: 'in_force',
  excerpts: [{ id: 'excerpt-1', reference: 'Mục 2', text: 'Đổi mới mạnh mẽ nội dung, phương thức thông tin đối ngoại.' }],
  tags: ['thông tin đối ngoại'],
};

export const SEED_DIRECTIVE = { ...DIRECTIVE_FIELDS, id: SEED_DIRECTIVE_ID, schemaVersion: 1, createdAt: AT, updatedAt: AT };

export const PACKET_FIELDS: InputOf<'packets', 'create'>['fields'] = {
  title: 'Tài liệu họp báo định kỳ tháng 11/2026',
  variables: { ky_bao_cao: 'tháng 11/2026' },
  sections: [
    {
      id: 'section-main',
      title: 'Thông điệp chính',
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kết quả nổi bật' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Tăng trưởng GRDP đạt 7,2%.', marks: [{ type: 'bold' }] }] },
          { type: 'paragraph', content: [{ type: 'citation', attrs: { directiveId: SEED_DIRECTIVE_ID, pinpoint: 'Mục 2' } }] },
        ],
      },
    },
  ],
  period: { kind: 'month', year: 2026, month: 11 },
  briefingDate: '2026-11-28',
};

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const DRAFT = { status: 'draft', approvedBy: null, approvedAt: null } as const;
const STORED = { schemaVersion: 1, createdAt: AT, updatedAt: AT, revision: 1, revisions: [] } as const;

const TALKING_POINT_FIELDS = {
  title: 'Bảo đảm quyền con người là nhất quán',
  message: doc('Việt Nam luôn nhất quán bảo đảm và thúc đẩy quyền con người.'),
  proofPoints: [{ id: 'proof-1', text: 'Giảm nghèo đa chiều được Liên hợp quốc ghi nhận.', source: { kind: 'report', name: 'Báo cáo UNDP 2025' } }],
  audience: 'foreign_press',
  tags: ['nhân quyền'],
};

const QA_FIELDS = {
  question: 'Việt Nam trả lời thế nào về báo cáo sai lệch của một số tổ chức nước ngoài?',
  answer: doc('Các báo cáo đó không phản ánh đúng thực tế.'),
  bridgingLines: ['Điều quan trọng là những thành tựu đã được ghi nhận.'],
  sensitivity: 'sensitive',
  directiveIds: [SEED_DIRECTIVE_ID],
};

const TEMPLATE_FIELDS = {
  name: 'Họp báo định kỳ hằng tháng',
  periodicity: { kind: 'monthly', dueDay: 25 },
  sections: [{ id: 'tpl-section-1', title: 'Thông tin chung', content: doc('Nội dung {{ky_bao_cao}}.') }],
  variables: [{ name: 'ky_bao_cao', label: 'Kỳ báo cáo', type: 'period' }],
};

/** A library exchange file carrying the seeded directive (as the receiving office would get it). */
const LIBRARY_FILE_BYTES = new TextEncoder().encode(
  JSON.stringify({ formatVersion: 1, exportedAt: AT, app: { name: 'Spokesdesk', version: '0.1.0' }, kind: 'library', directives: [SEED_DIRECTIVE] }),
);

/** Well-formed but naming nothing in the folder: a valid call with it is answered not_found. */
const UNKNOWN_ID = 'unknownId000001';
const MONTH = { kind: 'month', year: 2026, month: 12 } as const;

/** Keyed by channel name ("feature:method"); a test checks that every contract channel has one and that it is valid. */
export function validExamples(packetId: string): Record<string, unknown> {
  return {
    'directives:list': {},
    'directives:get': { id: SEED_DIRECTIVE_ID },
    'directives:create': { fields: DIRECTIVE_FIELDS },
    'directives:update': { id: SEED_DIRECTIVE_ID, fields: DIRECTIVE_FIELDS, expectedUpdatedAt: AT },
    'directives:delete': { id: UNKNOWN_ID },
    'directives:undoDelete': { directive: { ...SEED_DIRECTIVE, id: 'deleted-directive-1' } },
    'directives:upsertMany': { items: [{ fields: DIRECTIVE_FIELDS }, { fields: { ...DIRECTIVE_FIELDS, symbol: '1079/QĐ-TTg', number: '1079' } }] },
    'directives:starterStatus': {},
    'directives:importStarter': {},
    'directives:attach': { id: SEED_DIRECTIVE_ID, fileName: 'Kết luận 57.pdf', dataBase64: 'JVBERi0xLjQKJcTl8uXrCg==' },
    'directives:removeAttachment': { id: SEED_DIRECTIVE_ID },
    'directives:openAttachment': { id: SEED_DIRECTIVE_ID },
    'settings:get': {},
    'settings:update': { fields: { agencyName: 'Sở Văn hóa, Thể thao và Du lịch', backupKeep: 12, language: 'en' } },
    'settings:recordRecentPacket': { id: packetId },
    'packets:list': {},
    'packets:get': { id: packetId },
    'packets:create': { fields: PACKET_FIELDS },
    'packets:createFromTemplate': { templateId: UNKNOWN_ID, period: MONTH, variables: { nguoi_phat_ngon: 'Nguyễn Văn An' } },
    'packets:save': { id: packetId, fields: PACKET_FIELDS },
    'packets:delete': { id: UNKNOWN_ID },
    'packets:undoDelete': { id: UNKNOWN_ID },
    'packets:rollForward': { id: packetId, period: MONTH },
    'packets:changeStatus': { id: packetId, to: 'in_review', by: 'Trần Thị Bình' },
    'packets:reopen': { id: packetId, note: 'Bổ sung số liệu' },
    'packets:preflight': { id: packetId, profile: 'handout', today: '2026-11-26' },
    'packets:recordExportOverride': { id: packetId, profile: 'full', reason: 'Cần in gấp cho buổi họp báo', by: 'Nguyễn Văn An' },
    'packets:schedule': { today: '2026-11-26' },
    'versions:list': { packetId },
    'versions:get': { packetId, number: 1 },
    'versions:create': { packetId, label: 'Bản gửi lãnh đạo' },
    'versions:compare': { packetId, from: 1, to: null },
    'versions:restore': { packetId, number: 1 },
    'talkingPoints:list': {},
    'talkingPoints:get': { id: UNKNOWN_ID },
    'talkingPoints:create': { fields: TALKING_POINT_FIELDS },
    'talkingPoints:update': { id: UNKNOWN_ID, fields: TALKING_POINT_FIELDS, expectedUpdatedAt: AT },
    'talkingPoints:delete': { id: UNKNOWN_ID },
    'talkingPoints:undoDelete': { talkingPoint: { ...TALKING_POINT_FIELDS, ...STORED, id: 'deleted-point-1', approval: DRAFT } },
    'talkingPoints:approve': { id: UNKNOWN_ID, approvedBy: 'Nguyễn Văn An', reviewBy: '2027-02-24' },
    'talkingPoints:compareRevisions': { id: UNKNOWN_ID, from: 1, to: 2 },
    'talkingPoints:usage': { id: UNKNOWN_ID },
    'talkingPoints:sampleStatus': {},
    'talkingPoints:loadSample': {},
    'qa:list': {},
    'qa:get': { id: UNKNOWN_ID },
    'qa:create': { fields: QA_FIELDS },
    'qa:update': { id: UNKNOWN_ID, fields: QA_FIELDS },
    'qa:delete': { id: UNKNOWN_ID },
    'qa:undoDelete': { qaItem: { ...QA_FIELDS, ...STORED, id: 'deleted-qa-1', approval: DRAFT } },
    'qa:approve': { id: UNKNOWN_ID, approvedBy: 'Nguyễn Văn An' },
    'qa:compareRevisions': { id: UNKNOWN_ID, from: 1, to: 2 },
    'qa:usage': { id: UNKNOWN_ID },
    'templates:list': {},
    'templates:get': { id: UNKNOWN_ID },
    'templates:create': { fields: TEMPLATE_FIELDS },
    'templates:update': { id: UNKNOWN_ID, fields: TEMPLATE_FIELDS },
    'templates:delete': { id: UNKNOWN_ID },
    'templates:undoDelete': { template: { ...TEMPLATE_FIELDS, schemaVersion: 1, createdAt: AT, updatedAt: AT, id: 'deleted-template-1' } },
    'templates:duplicate': { id: UNKNOWN_ID },
    'search:query': { q: 'quyen con nguoi 57-KL', kinds: ['directive', 'packet'], limit: 8 },
    'system:info': {},
    'system:openExternal': { url: 'https://baochinhphu.vn/ket-luan-57.htm' },
    'system:firstScreenShown': {},
    'system:storageIncidents': {},
    'system:listBackups': {},
    'system:createBackup': {},
    'system:restoreBackup': { id: '2026-11-26T08-15-00-123Z-manual' },
    'system:saveArchive': {},
    'exchange:exportPacket': { id: packetId },
    'exchange:exportLibrary': { directiveIds: [SEED_DIRECTIVE_ID] },
    'exchange:previewImport': { fileName: 'Thư viện.spokesdesk', bytes: LIBRARY_FILE_BYTES },
    'exchange:applyImport': { token: 'unknownToken0001', resolutions: { [SEED_DIRECTIVE_ID]: 'theirs' } },
    'export:pdf': { packetId, profile: 'handout', preset: 'nd30', cover: false, toc: false, watermark: 'always', bilingual: true, footnotes: true },
    'export:printHandout': { packetId, preset: 'party', cover: true, toc: false, watermark: 'never', bilingual: false, footnotes: false, copies: 300 },
  };
}
