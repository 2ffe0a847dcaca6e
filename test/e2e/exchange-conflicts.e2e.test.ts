// Exchange conflicts in Chromium: a library exported, changed here and (differently) by another office, imported through
// Settings: the preview lists each conflict with keep mine / take theirs / keep both, and the library ends as chosen.
import type { Locator } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { parseExchangeText, stringifyExchange } from '../../shared/exchange/io.js';
import { IMPORTED_COPY_SUFFIX } from '../../shared/exchange/merge.js';
import type { TalkingPointFields } from '../../shared/model/talking-point.js';
import { docFromText, plainText, type TalkingPoint } from '../../shared/model/index.js';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { downloadFrom } from './support/downloads.js';
import { hostCall } from './support/host-call.js';
import { useSharedApp } from './support/session.js';

const text = viText.exchange;

function fields(title: string, message: string): TalkingPointFields {
  return {
    title,
    message: docFromText(message),
    messageEn: null,
    proofPoints: [],
    audience: 'domestic_press',
    topic: 'Trao đổi giữa các văn phòng',
    houseRole: 'none',
    tags: [],
    reviewBy: null,
    notes: '',
  };
}

/** Four talking points both offices hold after the export; three are edited on both sides, one only by the other office. */
const ORIGINAL = {
  keepMine: fields('Kết quả giảm nghèo bền vững', 'Tỷ lệ hộ nghèo giảm còn 2,9%.'),
  takeTheirs: fields('Chuyển đổi số trong cơ quan nhà nước', 'Dịch vụ công trực tuyến toàn trình đạt 45%.'),
  keepBoth: fields('Bảo đảm quyền tự do tín ngưỡng', 'Cả nước có 43 tổ chức tôn giáo được công nhận.'),
  unchangedHere: fields('Công tác phòng chống thiên tai', 'Đã sơ tán 12.000 hộ dân trước bão số 3.'),
} as const;
type Key = keyof typeof ORIGINAL;
const KEYS = Object.keys(ORIGINAL) as Key[];

const MINE: Record<Exclude<Key, 'unchangedHere'>, string> = {
  keepMine: 'Tỷ lệ hộ nghèo giảm còn 2,9% (số liệu Bộ LĐTBXH, sửa tại đây).',
  takeTheirs: 'Dịch vụ công trực tuyến toàn trình đạt 45% (sửa tại đây).',
  keepBoth: 'Cả nước có 43 tổ chức tôn giáo được công nhận (sửa tại đây).',
};
/** What the other office wrote: a new title and message for every point it changed. */
const THEIRS: Record<Key, { title: string; message: string }> = {
  keepMine: { title: 'Kết quả giảm nghèo bền vững giai đoạn 2021–2025', message: 'Tỷ lệ hộ nghèo đa chiều còn 2,93%.' },
  takeTheirs: { title: 'Chuyển đổi số: dịch vụ công toàn trình', message: 'Dịch vụ công trực tuyến toàn trình đạt 47,2%.' },
  keepBoth: { title: 'Quyền tự do tín ngưỡng, tôn giáo', message: 'Có 43 tổ chức tôn giáo, hơn 27 triệu tín đồ.' },
  unchangedHere: { title: 'Phòng chống thiên tai mùa mưa bão', message: 'Đã sơ tán 12.480 hộ dân trước bão số 3.' },
};
const NEW_POINT = { id: 'office-b-new-point-1', title: 'Thông tin về kỳ họp Hội đồng nhân dân tỉnh', message: 'Kỳ họp thứ 12 khai mạc ngày 8/12.' };

const session = useSharedApp({ route: '#/settings' });

/** The other office's version of the exported file: its edits a minute after ours, one new point; written by the shared writer. */
function editedByOtherOffice(exported: string): Buffer {
  const file = parseExchangeText(exported);
  const later = new Date(Date.now() + 60_000).toISOString();
  const byTitle = new Map(KEYS.map((key) => [ORIGINAL[key].title, key]));
  const talkingPoints = file.talkingPoints.map((point) => {
    const key = byTitle.get(point.title);
    if (key === undefined) return point;
    return { ...point, title: THEIRS[key].title, message: docFromText(THEIRS[key].message), updatedAt: later };
  });
  const template = file.talkingPoints[0];
  if (!template) throw new Error('the export holds no talking point');
  const added: TalkingPoint = { ...template, ...fields(NEW_POINT.title, NEW_POINT.message), id: NEW_POINT.id, createdAt: later, updatedAt: later };
  const edited = parseExchangeText(stringifyExchange({ ...file, talkingPoints: [...talkingPoints, added] }));
  return Buffer.from(stringifyExchange(edited), 'utf8');
}

function conflictRow(preview: Locator, title: string): Locator {
  return preview.locator('.exchange-item[data-status="conflict"]').filter({ hasText: title });
}

describe('exchange conflicts through the Settings panel', () => {
  it('previews new, updated and conflicting points, applies keep mine / take theirs / keep both, and the library holds what was chosen', async () => {
    const ids = {} as Record<Key, string>;
    for (const key of KEYS) ids[key] = (await hostCall(session.host.url, 'talkingPoints', 'create', { fields: ORIGINAL[key] })).id;

    const { page } = session.app;
    const panel = page.getByRole('region', { name: text.heading });
    await panel.waitFor();
    const exported = (await downloadFrom(panel.getByRole('button', { name: text.exportLibrary }))).bytes.toString('utf8');

    // Edited here after the export (the other office never saw these).
    for (const key of ['keepMine', 'takeTheirs', 'keepBoth'] as const) {
      const stored = await hostCall(session.host.url, 'talkingPoints', 'get', { id: ids[key] });
      await hostCall(session.host.url, 'talkingPoints', 'update', { id: ids[key], fields: { ...ORIGINAL[key], message: docFromText(MINE[key]) }, expectedUpdatedAt: stored.updatedAt });
    }

    await page.getByTestId('exchange-file').setInputFiles({ name: 'van-phong-b.spokesdesk', mimeType: 'application/json', buffer: editedByOtherOffice(exported) });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    const statusOf = async (title: string) => preview.locator('.exchange-item').filter({ hasText: title }).getAttribute('data-status');
    expect(await statusOf(THEIRS.keepMine.title)).toBe('conflict');
    expect(await statusOf(THEIRS.takeTheirs.title)).toBe('conflict');
    expect(await statusOf(THEIRS.keepBoth.title)).toBe('conflict');
    expect(await statusOf(THEIRS.unchangedHere.title)).toBe('update');
    expect(await statusOf(NEW_POINT.title)).toBe('new');
    expect(await preview.locator('.exchange-item[data-status="conflict"]').count()).toBe(3);
    const groups = await preview.locator('.exchange-group').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-status')));
    expect(groups[0], 'conflicts come first').toBe('conflict');
    for (const key of ['keepMine', 'takeTheirs', 'keepBoth'] as const) {
      const row = conflictRow(preview, THEIRS[key].title);
      // Renamed by the other office: the row names the local point too, so "keep mine" is clear.
      expect(await row.locator('.exchange-item__local').textContent()).toBe(text.localLabel.replace('{{label}}', ORIGINAL[key].title));
    }
    for (const title of [THEIRS.keepMine.title, THEIRS.takeTheirs.title, THEIRS.keepBoth.title]) {
      const labels = await conflictRow(preview, title).locator('label').allTextContents();
      expect(labels.map((label) => label.trim())).toEqual([text.resolutions.mine, text.resolutions.theirs, text.resolutions.both]);
    }

    const dialog = page.getByRole('dialog', { name: text.previewTitle.replace('{{fileName}}', 'van-phong-b.spokesdesk') });
    const apply = dialog.getByRole('button', { name: text.apply, exact: true });
    expect(await apply.isDisabled(), 'nothing is written while a conflict has no choice').toBe(true);
    await conflictRow(preview, THEIRS.keepMine.title).getByRole('radio', { name: text.resolutions.mine }).check();
    await conflictRow(preview, THEIRS.takeTheirs.title).getByRole('radio', { name: text.resolutions.theirs }).check();
    expect(await apply.isDisabled()).toBe(true);
    await preview.getByText(text.unresolved.replace('{{count}}', '1')).waitFor();
    await conflictRow(preview, THEIRS.keepBoth.title).getByRole('radio', { name: text.resolutions.both }).check();
    expect(await apply.isDisabled()).toBe(false);
    await session.app.screenshot('exchange-conflicts-preview');
    await apply.click();
    await preview.waitFor({ state: 'detached' });
    const outcome = (await panel.getByRole('status').textContent()) ?? '';
    expect(outcome).toContain('thêm 1, cập nhật 2, giữ cả hai 1, giữ bản của tôi 1');

    const points = await hostCall(session.host.url, 'talkingPoints', 'list', {});
    const byId = new Map(points.map((point) => [point.id, point]));
    const summary = (id: string) => {
      const point = byId.get(id);
      return point ? { title: point.title, message: plainText(point.message) } : null;
    };
    expect(summary(ids.keepMine), 'keep mine').toEqual({ title: ORIGINAL.keepMine.title, message: MINE.keepMine });
    expect(summary(ids.takeTheirs), 'take theirs').toEqual(THEIRS.takeTheirs);
    expect(summary(ids.keepBoth), 'keep both: mine stays').toEqual({ title: ORIGINAL.keepBoth.title, message: MINE.keepBoth });
    expect(summary(ids.unchangedHere), 'unchanged here: updated').toEqual(THEIRS.unchangedHere);
    expect(summary(NEW_POINT.id), 'new point added').toEqual({ title: NEW_POINT.title, message: NEW_POINT.message });
    const copies = points.filter((point) => point.title === `${THEIRS.keepBoth.title}${IMPORTED_COPY_SUFFIX}`);
    expect(copies, 'keep both: theirs kept beside as a named copy').toHaveLength(1);
    expect(plainText(copies[0]?.message ?? docFromText(''))).toBe(THEIRS.keepBoth.message);
    expect(copies[0]?.id).not.toBe(ids.keepBoth);
    expect(points).toHaveLength(KEYS.length + 2);

    // The search index follows the import: the added point and the taken title are found, typed without diacritics.
    await vi.waitFor(
      async () => {
        const added = await hostCall(session.host.url, 'search', 'query', { q: 'ky hop hoi dong nhan dan tinh', kinds: ['talkingPoint'] });
        const taken = await hostCall(session.host.url, 'search', 'query', { q: 'dich vu cong toan trinh', kinds: ['talkingPoint'] });
        const titles = [...added.groups, ...taken.groups].flatMap((group) => group.hits.map((hit) => hit.title));
        expect(titles).toEqual(expect.arrayContaining([NEW_POINT.title, THEIRS.takeTheirs.title]));
      },
      { timeout: 10_000, interval: 100 },
    );

    // The same file again: what was taken is now identical, and the point kept as mine is still a conflict.
    await page.getByTestId('exchange-file').setInputFiles({ name: 'van-phong-b.spokesdesk', mimeType: 'application/json', buffer: editedByOtherOffice(exported) });
    await preview.waitFor();
    expect(await conflictRow(preview, THEIRS.keepMine.title).count()).toBe(1);
    session.app.assertNoProblems();
  });
});
