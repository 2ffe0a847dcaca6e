// Directive pickers in Chromium (composer citation, talking point source): the exact symbol, however typed, comes first and Enter picks it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { useAppPerTest } from './support/session.js';

const SAMPLE_PACKET_ID = 'sample-packet-nhan-quyen-2023-12';
const FIRST_SECTION = 'Thông tin chung';
const KL57 = 'starter-57-kl-tw';
const MENTIONING = ['starter-47-nq-cp', 'starter-111-hd-btgtw'] as const;
const text = viText.packetComposer;

const session = useAppPerTest();

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function citedCount(page: Page, directiveId: string): Promise<number> {
  return page.locator(`[data-testid="composer"] [data-directive-id="${directiveId}"]`).count();
}

describe('citation picker (vi)', () => {
  it('lists Kết luận 57-KL/TW first for its symbol typed as 57-KL/TW, 57 kl/tw or 57/KL-TW, and Enter cites it', async () => {
    const { app } = await session.open({ route: `#/packets/${SAMPLE_PACKET_ID}`, seed: ['starterRegistry', 'sample'] });
    const { page, screenshot } = app;
    await page.getByTestId('composer').waitFor();
    const editor = page.getByRole('textbox', { name: text.section.editorLabel.replace('{{title}}', FIRST_SECTION) });
    const mentioningBefore = await Promise.all(MENTIONING.map((id) => citedCount(page, id)));
    const citedBefore = await citedCount(page, KL57);

    for (const [index, typed] of ['57-KL/TW', '57 kl/tw', '57/KL-TW'].entries()) {
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Căn cứ ');
      await page.keyboard.press('Control+/');
      const palette = page.getByRole('dialog', { name: text.insert.paletteTitle });
      await palette.getByRole('button', { name: new RegExp(`^${escape(text.insert.kinds.citation)}`) }).click();
      const picker = page.getByTestId('citation-picker');
      const search = picker.getByRole('combobox', { name: text.picker.searchDirectives });
      await search.fill(typed);

      const options = picker.getByRole('option');
      await expect.poll(() => options.first().textContent()).toContain('57-KL/TW');
      if (index === 0) await screenshot('citation-picker-57-kl-tw');
      const titles = await picker.locator('.insert-picker__title').allTextContents();
      expect(titles[0], `first for "${typed}"`).toMatch(/^Kết luận (số )?57-KL\/TW/);
      if (index === 0) {
        // The documents that mention 57-KL/TW as written are still offered, after it.
        expect(titles.slice(1).join('\n')).toContain('47/NQ-CP');
        expect(titles.slice(1).join('\n')).toContain('111-HD/BTGTW');
      }
      expect(await picker.locator('[role="option"][aria-selected="true"] .insert-picker__title').textContent()).toBe(titles[0]);

      await search.press('Enter');
      await picker.waitFor({ state: 'detached' });
      await expect.poll(() => citedCount(page, KL57)).toBe(citedBefore + index + 1);
    }

    const inserted = page.locator(`[data-testid="composer"] [data-directive-id="${KL57}"]`).last();
    expect(await inserted.textContent()).toContain('57-KL/TW');
    expect(await Promise.all(MENTIONING.map((id) => citedCount(page, id)))).toEqual(mentioningBefore);
    await screenshot('citation-picker-inserted');
  });

  it('the talking point source picker lists and picks Kết luận 57-KL/TW first for 57-KL/TW, above the newer documents citing it', async () => {
    const { app } = await session.open({ route: '#/talkingPoints', seed: ['starterRegistry'] });
    const { page } = app;
    await page.getByRole('button', { name: viText.library.tp.newButton }).click();
    await page.getByTestId('add-proof-point').click();
    const proof = page.getByTestId('proof-point-1');
    const search = proof.getByTestId('proof-directive-1');
    await search.fill('57-KL/TW');
    const options = proof.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThanOrEqual(3);
    const labels = await options.allTextContents();
    expect(labels[0]).toContain('57-KL/TW');
    expect(labels.slice(1).join('\n')).toContain('47/NQ-CP');
    expect(labels.slice(1).join('\n')).toContain('111-HD/BTGTW');
    await search.press('Enter');
    const chosen = proof.getByTestId('proof-directive-1-chosen');
    await chosen.waitFor();
    expect(await chosen.locator('strong').textContent()).toContain('57-KL/TW');
  });
});
