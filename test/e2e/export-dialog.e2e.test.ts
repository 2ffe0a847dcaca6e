// The export dialog in Chromium: the sample packet → Xuất PDF → press handout checked → options → export → report → save as a download.
import { describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { downloadFrom } from './support/downloads.js';
import { hostCall } from './support/host-call.js';
import { useAppPerTest } from './support/session.js';

const SAMPLE_PACKET_ID = 'sample-packet-nhan-quyen-2023-12';
const gate = viText.packetExport;
const text = viText.pdfExport;

const session = useAppPerTest();

describe('PDF export dialog (vi)', () => {
  it('exports the sample packet as a press handout, shows the report and saves the PDF under its suggested name', async () => {
    const { host, app } = await session.open({ route: `#/packets/${SAMPLE_PACKET_ID}`, seed: ['sample'] });
    const { page, screenshot } = app;
    await page.getByTestId('composer').waitFor();

    // The sample handout passes preflight, so the gate hands it over without an override reason.
    const preflight = await hostCall(host.url, 'packets', 'preflight', { id: SAMPLE_PACKET_ID, profile: 'handout' });
    expect(preflight.findings.filter((f) => f.severity === 'error')).toEqual([]);
    await page.getByRole('button', { name: viText.packetComposer.export }).click();
    const gateDialog = page.getByRole('dialog', { name: gate.title });
    await gateDialog.getByText(viText.packetChecks.profiles.handout).click();
    await gateDialog.getByText(gate.clean).waitFor();
    await gateDialog.getByRole('button', { name: gate.export, exact: true }).click();

    const dialog = page.getByRole('dialog', { name: text.title.replace('{{profile}}', text.profiles.handout) });
    await dialog.waitFor();
    await dialog.getByLabel(text.preset).selectOption('nd30');
    await dialog.getByLabel(text.watermark).selectOption('always');
    await dialog.getByLabel(text.footnotes).check();
    await dialog.getByRole('button', { name: text.start, exact: true }).click();

    const report = dialog.getByTestId('export-report');
    await report.waitFor();
    await expect.poll(() => report.textContent()).toMatch(/\d+ trang/);
    const reportText = (await report.textContent()) ?? '';
    expect(reportText).toContain(text.missingNone);
    expect(reportText).toContain(text.excludedTitle);
    expect(reportText).toMatch(/[1-9]\d* ghi chú nội bộ/);
    // the preview draws every page the PDF has, with its text
    const preview = dialog.getByTestId('export-preview');
    const pageCount = Number(/(\d+) trang/.exec(reportText)?.[1]);
    await expect.poll(() => preview.getByRole('img').count()).toBe(pageCount);
    expect(await preview.getByRole('img').first().textContent()).toContain('công tác nhân quyền');
    await screenshot('export-dialog');

    // print for journalists: copies outside 1–300 are refused; the test host, like a browser, has no printer to hand it to
    const copies = dialog.getByLabel(text.copies);
    const print = dialog.getByRole('button', { name: text.print });
    await copies.fill('0');
    expect(await print.isDisabled()).toBe(true);
    await dialog.getByText(text.copiesInvalid.replace('{{max}}', '300')).waitFor();
    await copies.fill('120');
    await print.click();
    await dialog.getByRole('alert').filter({ hasText: text.printUnavailable }).waitFor();
    await screenshot('export-dialog-print');

    const { fileName, bytes } = await downloadFrom(dialog.getByRole('button', { name: text.save }));
    expect(fileName).toMatch(/ - Tài liệu cung cấp cho báo chí\.pdf$/);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
