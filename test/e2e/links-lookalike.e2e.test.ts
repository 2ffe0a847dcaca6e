// A link whose host is written in Unicode look-alikes ("аррӏе.com" in Cyrillic): the confirmation shows the address that
// will open (punycode host) with the Unicode reading beside it, and Open hands the punycode form to the system browser.
import { describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { hostCall } from './support/host-call.js';
import { useSharedApp } from './support/session.js';

const WRITTEN = 'https://аррӏе.com/dang-nhap';
const OPENS = 'https://xn--80ak6aa92e.com/dang-nhap';
const LINK_TEXT = 'trang đăng nhập';

const session = useSharedApp();

describe('a link with a look-alike Unicode host', () => {
  it('is confirmed and opened in its punycode form, the Unicode reading shown beside it', async () => {
    const { page } = session.app;
    const packet = await hostCall(session.host.url, 'packets', 'create', {
      fields: {
        title: 'Gói có liên kết giả mạo',
        period: { kind: 'month', year: 2026, month: 12 },
        sections: [
          {
            id: 'lookalike-section-1',
            title: 'Liên kết',
            content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: LINK_TEXT, marks: [{ type: 'link', attrs: { href: WRITTEN } }] }] }] },
          },
        ],
      },
    });
    await page.evaluate((hash) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
    }, `#/packets/${packet.id}`);
    const link = page.locator(`[data-testid="composer"][data-packet-id="${packet.id}"] .rich-text a[href]`, { hasText: LINK_TEXT });
    await link.click({ modifiers: ['Control'] });

    const dialog = page.getByRole('alertdialog', { name: viText.links.confirmTitle, exact: true });
    await dialog.waitFor();
    const expected = viText.links.addressReadsAs.replace('{{href}}', OPENS).replace('{{unicode}}', WRITTEN);
    expect(await dialog.locator('.dialog__detail').textContent()).toBe(expected);
    expect(expected.startsWith(`${OPENS}  (hiển thị: `)).toBe(true);
    await session.app.screenshot('links-lookalike-confirm');

    await dialog.getByRole('button', { name: viText.links.confirmOpen, exact: true }).click();
    await expect.poll(() => session.host.openedExternalUrls.length).toBe(1);
    expect(session.host.openedExternalUrls).toEqual([OPENS]);
    session.app.assertNoProblems();
  });
});
