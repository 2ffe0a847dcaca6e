// Benchmark of the packet composer in Chromium (built renderer, test host): opening a 100-page packet and input-to-paint latency while typing.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { packetFieldsOf } from '../../shared/ipc/features/packets.js';
import type { Packet, PacketSection } from '../../shared/model/index.js';
import { startHost } from '../../test/e2e/host/host.js';
import { launchChromium } from '../../test/e2e/support/chromium.js';
import { hostCall } from '../../test/e2e/support/host-call.js';
import { generatedExchange } from '../../test/fixtures/generated-packet.js';
import type { BenchSuite } from './suite.js';

const PAGES = 100;
const KEYSTROKES = 200;
const OPENS = 5;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * In the page: moves to the packet's hash from the list and resolves with the milliseconds until the first section's
 * editor is in the DOM and the next frame has been painted.
 */
const OPEN_IN_PAGE = (hash: string) => `new Promise((resolve) => {
  const start = performance.now();
  location.hash = ${JSON.stringify(hash)};
  const poll = () => {
    if (document.querySelector('[data-testid="composer"] .ProseMirror')) requestAnimationFrame(() => resolve(performance.now() - start));
    else requestAnimationFrame(poll);
  };
  poll();
})`;

/** In the page: records, for each keydown in the editor, the time until the frame after the DOM changed. */
const RECORD_LATENCY = `(() => {
  const editor = document.querySelector('[data-testid="composer"] .ProseMirror:not([hidden])');
  const samples = [];
  let pending = null;
  new MutationObserver(() => {
    if (pending === null) return;
    const started = pending;
    pending = null;
    requestAnimationFrame(() => samples.push(performance.now() - started));
  }).observe(editor, { childList: true, subtree: true, characterData: true });
  editor.addEventListener('keydown', () => { pending = performance.now(); }, true);
  window.__latency = samples;
})()`;

async function openTimes(page: Page, packetId: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    await page.evaluate('location.hash = "#/packets"');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    times.push(await page.evaluate<number>(OPEN_IN_PAGE(`#/packets/${packetId}`)));
  }
  return times;
}

async function typingLatency(page: Page): Promise<number[]> {
  const editor = page.locator('[data-testid="composer"] .ProseMirror').first();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(RECORD_LATENCY);
  const text = 'Tình hình thông tin đối ngoại trong tháng được triển khai đồng bộ, kịp thời và chính xác. ';
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type(text[i % text.length] ?? ' ', { delay: 25 });
  await page.waitForTimeout(200);
  return page.evaluate<number[]>('window.__latency');
}

export const editorSuite: BenchSuite = {
  name: 'editor',
  description: `the composer in Chromium: a ${PAGES}-page packet opened ${OPENS} times and ${KEYSTROKES} keystrokes typed (input-to-paint)`,
  async run({ log }) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-bench-editor-'));
    const host = await startHost({ dataDir });
    const browser = await launchChromium();
    try {
      const generated = generatedExchange(PAGES).packet;
      const base: Packet = { ...generated, status: 'draft', approvedBy: null, approvedAt: null };
      const sectioned = await hostCall(host.url, 'packets', 'create', { fields: packetFieldsOf(base) });
      const first = base.sections[0];
      if (!first) throw new Error('the generated packet has sections');
      const single: PacketSection[] = [{ ...first, id: 'one-section', title: 'Toàn văn', content: { type: 'doc', content: base.sections.flatMap((s) => s.content.content) } }];
      const whole = await hostCall(host.url, 'packets', 'create', { fields: { ...packetFieldsOf(base), sections: single } });
      log(`packet: ${base.sections.length} sections, ${sectioned.sections.reduce((n, s) => n + JSON.stringify(s.content).length, 0)} bytes of JSON`);

      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
      const page = await context.newPage();
      await page.goto(`${host.url}#/packets`);
      await page.locator('[data-app-ready="true"]').waitFor({ timeout: 30_000 });

      const open = await openTimes(page, sectioned.id);
      const latency = await typingLatency(page);
      log(`sections of ~${(PAGES / base.sections.length).toFixed(1)} pages: open median ${median(open).toFixed(0)} ms, input p50 ${median(latency).toFixed(1)} ms, p95 ${percentile(latency, 95).toFixed(1)} ms (${latency.length} samples)`);

      const openWhole = await openTimes(page, whole.id);
      const latencyWhole = await typingLatency(page);
      log(`one ${PAGES}-page section: open median ${median(openWhole).toFixed(0)} ms, input p50 ${median(latencyWhole).toFixed(1)} ms, p95 ${percentile(latencyWhole, 95).toFixed(1)} ms (${latencyWhole.length} samples)`);
      await context.close();
      return {
        open_ms: median(open),
        input_p95_ms: percentile(latency, 95),
        input_p50_ms: median(latency),
        open_one_section_ms: median(openWhole),
        input_p95_one_section_ms: percentile(latencyWhole, 95),
      };
    } finally {
      await browser.close();
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
