// Links in packet content in Chromium: a click asks first with the full address; only "Open" hands it to the system
// browser (the host records it), and the app window never navigates or opens another one.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../shared/model/index.js';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { hostCall } from './support/host-call.js';
import { useSharedApp } from './support/session.js';

const URL_IN_CONTENT = 'https://baochinhphu.vn/ket-luan-so-57-kl-tw.htm?nguon=van-phong&trang=2#muc-3';
const LINK_TEXT = 'toàn văn Kết luận 57';

function contentWithLink(): RichDoc {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Xem ' },
          { type: 'text', text: LINK_TEXT, marks: [{ type: 'link', attrs: { href: URL_IN_CONTENT } }] },
          { type: 'text', text: ' trên Cổng thông tin điện tử Chính phủ.' },
        ],
      },
    ],
  };
}

const session = useSharedApp();

async function packetWithLink(title: string): Promise<string> {
  const packet = await hostCall(session.host.url, 'packets', 'create', {
    fields: {
      title,
      period: { kind: 'month', year: 2026, month: 12 },
      sections: [{ id: 'links-section-1', title: 'Văn bản chỉ đạo', content: contentWithLink() }],
    },
  });
  return packet.id;
}

function confirmDialog(page: Page): Locator {
  return page.getByRole('alertdialog', { name: viText.links.confirmTitle, exact: true });
}

async function openComposer(page: Page, id: string): Promise<Locator> {
  await page.evaluate((hash) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
  }, `#/packets/${id}`);
  const composer = page.locator(`[data-testid="composer"][data-packet-id="${id}"]`);
  await composer.waitFor();
  const link = composer.locator('.rich-text a[href]', { hasText: LINK_TEXT });
  await link.waitFor();
  return link;
}

/** The page's address and the number of pages in the context: neither may change when a link is clicked. */
async function whereWeAre(page: Page): Promise<{ url: string; pages: number }> {
  return { url: page.url(), pages: page.context().pages().length };
}

describe('links in packet content', () => {
  it('in the editor: a plain click edits, Ctrl+click asks with the full address; Cancel opens nothing, Open opens it once', async () => {
    const { page } = session.app;
    const link = await openComposer(page, await packetWithLink('Gói có liên kết (bản nháp)'));
    const before = await whereWeAre(page);

    await link.click();
    expect(await confirmDialog(page).count(), 'a plain click while editing places the cursor').toBe(0);
    expect(await whereWeAre(page)).toEqual(before);

    await link.click({ modifiers: ['Control'] });
    const dialog = confirmDialog(page);
    await dialog.waitFor();
    expect(await dialog.locator('.dialog__detail').textContent()).toBe(URL_IN_CONTENT);
    const cancel = dialog.getByRole('button', { name: viText.common.cancel, exact: true });
    expect(await cancel.and(page.locator(':focus')).count(), 'Cancel has focus: Enter does not open an address by accident').toBe(1);
    await session.app.screenshot('links-confirm');
    await cancel.click();
    await dialog.waitFor({ state: 'detached' });
    expect(session.host.openedExternalUrls).toEqual([]);
    expect(await whereWeAre(page)).toEqual(before);

    await link.click({ modifiers: ['Control'] });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: viText.links.confirmOpen, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => session.host.openedExternalUrls.length).toBe(1);
    expect(session.host.openedExternalUrls).toEqual([URL_IN_CONTENT]);
    expect(await whereWeAre(page)).toEqual(before);
    session.app.assertNoProblems();
  });

  it('in a locked packet: a plain click asks; a middle click opens nothing', async () => {
    const { page } = session.app;
    const id = await packetWithLink('Gói có liên kết (đã duyệt)');
    await hostCall(session.host.url, 'packets', 'changeStatus', { id, to: 'in_review' });
    await hostCall(session.host.url, 'packets', 'changeStatus', { id, to: 'approved', by: 'Trưởng phòng' });
    const link = await openComposer(page, id);
    await page.getByTestId('locked-banner').waitFor();
    const before = await whereWeAre(page);
    const opened = session.host.openedExternalUrls.length;

    await link.click({ button: 'middle' });
    expect(await confirmDialog(page).count()).toBe(0);
    expect(await whereWeAre(page)).toEqual(before);

    await link.click();
    const dialog = confirmDialog(page);
    await dialog.waitFor();
    expect(await dialog.locator('.dialog__detail').textContent()).toBe(URL_IN_CONTENT);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(session.host.openedExternalUrls.length).toBe(opened);

    await link.click();
    await dialog.getByRole('button', { name: viText.links.confirmOpen, exact: true }).click();
    await expect.poll(() => session.host.openedExternalUrls.length).toBe(opened + 1);
    expect(session.host.openedExternalUrls.at(-1)).toBe(URL_IN_CONTENT);
    expect(await whereWeAre(page)).toEqual(before);
    session.app.assertNoProblems();
  });
});
