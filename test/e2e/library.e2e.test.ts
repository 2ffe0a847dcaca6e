// Talking points and Q&A in Chromium: create a talking point citing a directive, approve it, edit it (a new revision pending approval),
// find it typed without diacritics, see it flagged stale once its directive is marked superseded in the directive form; screenshots in vi and en.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en as enText } from '../../renderer/src/i18n/en.js';
import { vi as viText, type Messages } from '../../renderer/src/i18n/vi.js';
import { directiveRow } from './support/directive-grid.js';
import { hostCall } from './support/host-call.js';
import { useSharedApp } from './support/session.js';

const TITLE = 'Việt Nam bảo đảm quyền con người trong thông tin đối ngoại';
const MESSAGE = 'Việt Nam nhất quán bảo đảm quyền con người.';

/** The text of an i18n message up to its first placeholder. */
function textBefore(message: string, placeholder: string): string {
  return message.slice(0, message.indexOf(placeholder)).trim();
}

async function goTo(page: Page, text: Messages, screen: 'talkingPoints' | 'qa' | 'directives' | 'templates'): Promise<void> {
  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav[screen], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: text.nav[screen], exact: true }).waitFor();
}

function option(page: Page, title: string) {
  return page.getByRole('listbox', { name: viText.library.tp.listLabel }).getByRole('option').filter({ hasText: title });
}

const session = useSharedApp({
  route: '#/talkingPoints',
  prepare: async (host) => {
    await hostCall(host.url, 'directives', 'create', {
      fields: { type: 'Quyết định', number: '1079', symbol: '1079/QĐ-TTg', issueDate: '2022-09-14', issuer: 'Thủ tướng Chính phủ', title: 'phê duyệt Đề án truyền thông về quyền con người ở Việt Nam' },
    });
    await hostCall(host.url, 'talkingPoints', 'create', {
      fields: { title: 'Tăng trưởng kinh tế quý III', message: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'GRDP tăng 7,2%.' }] }] } },
    });
  },
});

describe('talking point lifecycle', () => {
  it('creates, approves, revises, finds without diacritics and flags stale after the directive is superseded', async () => {
    const { page } = session.app;
    await option(page, 'Tăng trưởng kinh tế').waitFor();
    await page.getByRole('button', { name: viText.library.tp.newButton }).click();
    await page.getByTestId('tp-title').fill(TITLE);
    await page.getByTestId('tp-message').locator('.rich-text').click();
    await page.keyboard.type(MESSAGE);
    await page.getByTestId('add-proof-point').click();
    const proof = page.getByTestId('proof-point-1');
    await proof.getByLabel(viText.library.tp.proofText, { exact: true }).fill('Đề án truyền thông về quyền con người giai đoạn 2023–2028 đã được phê duyệt.');
    await proof.getByTestId('proof-directive-1').fill('1079 qd');
    await proof.getByRole('option', { name: /1079\/QĐ-TTg/ }).waitFor();
    await proof.getByTestId('proof-directive-1').press('Enter');
    await proof.getByTestId('proof-directive-1-chosen').waitFor();
    await proof.getByLabel(viText.library.tp.pinpoint, { exact: true }).fill('Điều 1');
    await session.app.screenshot('vi-talking-point-new');
    await page.getByTestId('save-item').click();
    await page.getByRole('status').getByText(viText.library.tp.saved).waitFor();

    // Approve: the approver is recorded, the review date defaults to 90 days on.
    await page.getByTestId('approve-button').click();
    await page.getByTestId('approver-name').fill('Nguyễn Văn An');
    await session.app.screenshot('vi-talking-point-approve-dialog');
    await page.getByTestId('approve-confirm').click();
    await page.getByTestId('approval-by').getByText('Nguyễn Văn An', { exact: false }).waitFor();
    let [point] = (await hostCall(session.host.url, 'talkingPoints', 'list', {})).filter((p) => p.title === TITLE);
    expect(point).toMatchObject({ revision: 1, approval: { status: 'approved', approvedBy: 'Nguyễn Văn An' } });
    expect(point?.proofPoints[0]?.source).toMatchObject({ kind: 'directive', excerpt: 'Điều 1' });
    await session.app.screenshot('vi-talking-point-approved');

    // Edit the approved message: the form warns first, the save opens revision 2 pending approval.
    await page.getByTestId('tp-message').locator('.rich-text').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Mọi người dân được tiếp cận thông tin.');
    await page.getByTestId('will-revise').waitFor();
    await page.getByTestId('save-item').click();
    await page.getByTestId('revision-pending').waitFor();
    [point] = (await hostCall(session.host.url, 'talkingPoints', 'list', {})).filter((p) => p.title === TITLE);
    expect(point).toMatchObject({ revision: 2, approval: { status: 'draft' } });
    expect(point?.revisions.map((r) => [r.revision, r.approvedBy])).toEqual([[1, 'Nguyễn Văn An']]);
    await session.app.screenshot('vi-talking-point-revision-pending');
    await page.getByTestId('compare-revisions').click();
    await page.getByTestId('revision-diff').locator('ins').filter({ hasText: 'tiếp cận' }).waitFor();
    await session.app.screenshot('vi-talking-point-compare');
    await page.getByRole('dialog').getByRole('button', { name: viText.common.close }).click();

    // Typed without diacritics, the search finds it and hides the other point.
    await page.getByTestId('editor-back').click();
    await page.getByLabel(viText.library.filter.search, { exact: true }).fill('quyen con nguoi thong tin doi ngoai');
    await option(page, TITLE).waitFor();
    await expect.poll(() => option(page, 'Tăng trưởng kinh tế').count()).toBe(0);
    await expect.poll(() => page.getByTestId('library-count').textContent()).toBe(viText.library.list.count.replace('{{shown}}', '1').replace('{{total}}', '2'));
    expect(await option(page, TITLE).textContent()).toContain(viText.library.status.pendingRevision.replace('{{revision}}', '2'));
    await session.app.screenshot('vi-talking-points-search');

    // Mark the directive superseded in the directive form.
    await goTo(page, viText, 'directives');
    const row = directiveRow(page, viText.directives.gridLabel, '1079/QĐ-TTg');
    await row.dblclick();
    await page.getByRole('button', { name: viText.directiveDetail.edit, exact: true }).click();
    const form = page.getByRole('dialog', { name: textBefore(viText.directiveForm.editTitle, '{{name}}') });
    await form.getByLabel(viText.directiveForm.status, { exact: true }).selectOption('superseded');
    await form.getByRole('button', { name: viText.common.save, exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(async () => (await hostCall(session.host.url, 'directives', 'list', {}))[0]?.status).toBe('superseded');

    await goTo(page, viText, 'talkingPoints');
    await page.getByLabel(viText.library.filter.stale, { exact: true }).selectOption('stale');
    await option(page, TITLE).waitFor();
    expect(await option(page, TITLE).textContent()).toContain(viText.library.status.stale);
    await expect.poll(() => option(page, 'Tăng trưởng kinh tế').count()).toBe(0);
    await session.app.screenshot('vi-talking-points-stale');
    await option(page, TITLE).dblclick();
    await page.getByTestId('stale-panel').getByText('1079/QĐ-TTg', { exact: false }).waitFor();
    await session.app.screenshot('vi-talking-point-stale');
    session.app.assertNoProblems();
  });
});

describe('Q&A bank and message house', () => {
  it('shows the sample Q&A, an answer with its citations and the message house, in Vietnamese and English', async () => {
    const { page } = session.app;
    await hostCall(session.host.url, 'talkingPoints', 'loadSample', {});
    await goTo(page, viText, 'qa');
    const list = page.getByRole('listbox', { name: viText.library.qa.listLabel });
    await list.getByRole('option').first().waitFor();
    expect(await list.getByRole('option').count()).toBe(8);
    await session.app.screenshot('vi-qa-list');
    await list.getByRole('option').filter({ hasText: 'bắt giữ' }).dblclick();
    await page.getByTestId('qa-editor').waitFor();
    await page.getByTestId('qa-answer').locator('.rich-text').waitFor();
    await session.app.screenshot('vi-qa-editor');
    await page.getByTestId('editor-back').click();
    await page.getByTestId('qa-view-house').click();
    await page.getByTestId('message-house').waitFor();
    await session.app.screenshot('vi-message-house');

    await hostCall(session.host.url, 'settings', 'update', { fields: { ...(await settingsFields()), language: 'en' } });
    await page.goto(`${session.host.url}#/talkingPoints`);
    await session.app.reload();
    await page.getByRole('heading', { level: 1, name: enText.nav.talkingPoints, exact: true }).waitFor();
    await page.getByRole('listbox', { name: enText.library.tp.listLabel }).getByRole('option').first().waitFor();
    await session.app.screenshot('en-talking-points');
    await page.getByRole('listbox', { name: enText.library.tp.listLabel }).getByRole('option').filter({ hasText: 'Trụ cột 1' }).dblclick();
    await page.getByTestId('talkingPoints-editor').waitFor();
    await session.app.screenshot('en-talking-point-editor');
    await goTo(page, enText, 'qa');
    await page.getByRole('listbox', { name: enText.library.qa.listLabel }).getByRole('option').first().waitFor();
    await session.app.screenshot('en-qa-list');
    await page.getByTestId('qa-view-house').click();
    await page.getByTestId('message-house').waitFor();
    await session.app.screenshot('en-message-house');
    session.app.assertNoProblems();
  });
});

describe('templates', () => {
  it('shows the built-in templates read-only and duplicates one into an editable copy whose variable checks show inline', async () => {
    const { page } = session.app;
    await goTo(page, enText, 'templates');
    await page.getByTestId('template-builtin-hop-bao-thuong-ky').waitFor();
    await session.app.screenshot('en-templates');
    await hostCall(session.host.url, 'settings', 'update', { fields: { ...(await settingsFields()), language: 'vi' } });
    await session.app.reload();
    await page.getByRole('heading', { level: 2, name: viText.library.tpl.builtIn }).waitFor();
    await session.app.screenshot('vi-templates');
    await page.getByTestId('template-builtin-hop-bao-thuong-ky').getByRole('button', { name: viText.library.tpl.view }).click();
    await page.getByText(viText.library.tpl.builtInNotice).waitFor();
    expect(await page.getByTestId('save-template').count()).toBe(0);
    await session.app.screenshot('vi-template-builtin');
    await page.getByTestId('duplicate-template').click();
    const name = page.getByTestId('template-name');
    await expect.poll(() => name.inputValue()).toContain('(bản sao)');
    expect(await name.getAttribute('readonly')).toBeNull();
    await name.fill('Họp báo thường kỳ của Sở');
    // Unsaved edits: leaving through the sidebar asks first; "keep editing" stays on the editor with the edits.
    const nav = page.getByRole('navigation', { name: viText.nav.label });
    await nav.getByRole('link', { name: viText.nav.directives, exact: true }).click();
    const discard = page.getByRole('alertdialog', { name: viText.common.discardTitle });
    await discard.getByRole('button', { name: viText.common.keepEditing }).click();
    expect(await name.inputValue()).toBe('Họp báo thường kỳ của Sở');
    expect(await page.locator('a[aria-current="page"]').textContent()).toBe(viText.nav.templates);
    await page.getByTestId('template-section-1').getByLabel(viText.library.tpl.sectionTitle, { exact: true }).fill('I. THÔNG BÁO {{ngay_moi}}');
    await page.getByTestId('template-findings').waitFor();
    await page.getByTestId('template-section-1').getByText('ngay_moi', { exact: false }).first().waitFor();
    await session.app.screenshot('vi-template-editor');
    await page.getByTestId('template-section-1').getByLabel(viText.library.tpl.sectionTitle, { exact: true }).fill('I. THÔNG BÁO');
    await page.getByTestId('save-template').click();
    await page.getByRole('status').getByText(textBefore(viText.library.tpl.saved, '{{name}}')).waitFor();
    const own = (await hostCall(session.host.url, 'templates', 'list', {})).filter((template) => !template.builtIn);
    expect(own.map((template) => [template.name, template.sections[0]?.title])).toEqual([['Họp báo thường kỳ của Sở', 'I. THÔNG BÁO']]);
    session.app.assertNoProblems();
  });
});

async function settingsFields() {
  const { id: _id, schemaVersion: _version, createdAt: _created, updatedAt: _updated, ...fields } = await hostCall(session.host.url, 'settings', 'get', {});
  return fields;
}
