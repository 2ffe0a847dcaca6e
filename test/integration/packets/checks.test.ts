// Packet checks on a real data folder: preflight of the sample packet and of one with problems, and the briefing schedule.
import { describe, expect, it } from 'vitest';
import { approve, edit } from '../../../shared/library/index.js';
import type { Packet, RichNode } from '../../../shared/model/index.js';
import { call, open, tempDir } from '../storage/helpers.js';
import { manualClock, seedSample } from './fixtures.js';

const text = (value: string): RichNode => ({ type: 'text', text: value });

async function openSeeded() {
  const clock = manualClock('2023-12-12T09:00:00+07:00');
  const { services } = await open(await tempDir(), { now: clock.now });
  const content = await seedSample(services);
  return { services, content, clock };
}

describe('preflight', () => {
  it('finds what the sample packet leaves to fix before the handout, and lists the directives it cites in order', async () => {
    const { services, content } = await openSeeded();
    const report = await call(services, 'packets', 'preflight', { id: content.packet.id, profile: 'handout', today: '2023-12-12' });
    expect(report.hasErrors).toBe(false);
    expect(report.findings.map((f) => [f.severity, f.code, f.location.sectionId])).toEqual([
      ['warning', 'figure_without_source', 'pk-tinh-hinh'],
      ['warning', 'internal_note_in_public', 'pk-tinh-hinh'],
      ['warning', 'sensitive_qa_in_public', 'pk-phan-bac'],
      ['warning', 'sensitive_qa_in_public', 'pk-phan-bac'],
    ]);
    expect(report.findings.every((f) => f.location.sectionId === null || f.location.pos === null || f.location.pos >= 0)).toBe(true);
    expect(report.names.qaItems['sample-qa-bat-giu-vi-ngon-luan']).toMatch(/\p{L}/u);
    const symbols = report.cited.map((c) => c.short);
    expect(symbols.slice(0, 2).join(' | ')).toMatch(/57-KL\/TW.*1079\/QĐ-TTg|1079\/QĐ-TTg.*57-KL\/TW/);
    expect(report.cited.map((c) => c.number)).toEqual(report.cited.map((_, i) => i + 1));
    expect(report.cited[0]?.full.length).toBeGreaterThan(report.cited[0]?.short.length ?? 0);

    const full = await call(services, 'packets', 'preflight', { id: content.packet.id, profile: 'full', today: '2023-12-12' });
    expect(full.findings.map((f) => f.code)).toEqual(['figure_without_source']);
  });

  it('reports an unfilled variable, an expired directive, a changed talking point and an unknown Q&A where they stand', async () => {
    const { services, content } = await openSeeded();
    const points = await services.stores().talkingPoints.ready();
    const point = content.talkingPoints[1];
    if (!point) throw new Error('sample talking points');
    const revised = approve(edit(point, { title: `${point.title} (cập nhật)` }, '2023-12-01T08:00:00+07:00'), 'Lãnh đạo', '2023-12-02T08:00:00+07:00');
    await points.put(revised);

    const problems: RichNode[] = [
      { type: 'paragraph', content: [text('Người chủ trì: '), { type: 'variable', attrs: { name: 'nguoi_chu_tri' } }, text(', theo '), { type: 'citation', attrs: { directiveId: 'starter-16-kl-tw', pinpoint: '' } }, text('.')] },
      { type: 'talkingPointBlock', attrs: { talkingPointId: point.id, revision: 1 } },
      { type: 'qaBlock', attrs: { qaId: 'no-such-question', revision: 1 } },
    ];
    const [first, ...rest] = content.packet.sections;
    if (!first) throw new Error('sample sections');
    const packet: Packet = { ...content.packet, id: 'packet-with-problems', sections: [{ ...first, content: { type: 'doc', content: [...problems, ...(first.content.content ?? [])] } }, ...rest] };
    await services.stores().packets.put(packet);

    const report = await call(services, 'packets', 'preflight', { id: packet.id, profile: 'full', today: '2023-12-12' });
    const inFirst = report.findings.filter((f) => f.location.sectionId === first.id);
    expect(inFirst.map((f) => [f.severity, f.code, f.location.pos])).toEqual([
      ['error', 'unfilled_variable', 16],
      ['warning', 'directive_expired', 24],
      ['warning', 'changed_in_library', 27],
      ['error', 'unknown_qa', 28],
    ]);
    expect(report.hasErrors).toBe(true);
    expect(report.names.talkingPoints[point.id]).toBe(revised.title);
    expect(report.names.directives['starter-16-kl-tw']).toContain('16-KL/TW');
  });
});

describe('schedule', () => {
  it('lists the due briefings per template with their packets; past ones without an approved packet are overdue', async () => {
    const { services, content } = await openSeeded();
    const schedule = await call(services, 'packets', 'schedule', { today: '2023-12-12' });
    expect(schedule.month).toEqual({ start: '2023-12-01', end: '2023-12-31' });
    expect(schedule.quarter).toEqual({ start: '2023-10-01', end: '2023-12-31' });
    const humanRights = schedule.entries.filter((e) => e.templateId === content.packet.templateId);
    expect(humanRights.map((e) => [e.due, e.state, e.overdue])).toEqual([
      ['2023-10-10', 'not_started', true],
      ['2023-11-10', 'not_started', true],
      ['2023-12-10', 'in_progress', true],
    ]);
    expect(humanRights[2]?.packets.map((p) => p.id)).toEqual([content.packet.id]);
    const quarterly = schedule.entries.filter((e) => e.periodicity === 'quarterly');
    expect(quarterly.map((e) => [e.due, e.overdue])).toEqual([['2023-12-25', false]]);
    // No packet was ever made from the weekly template: its past weeks raise no alarm, the coming ones are listed.
    const weekly = schedule.entries.filter((e) => e.periodicity === 'weekly');
    expect(weekly.map((e) => [e.due, e.overdue])).toEqual([
      ['2023-12-14', false],
      ['2023-12-21', false],
      ['2023-12-28', false],
    ]);
    expect(schedule.entries.map((e) => e.due)).toEqual([...schedule.entries.map((e) => e.due)].sort());

    // Approved: no longer overdue.
    await call(services, 'packets', 'changeStatus', { id: content.packet.id, to: 'in_review' });
    await call(services, 'packets', 'changeStatus', { id: content.packet.id, to: 'approved', by: 'Lãnh đạo' });
    const after = await call(services, 'packets', 'schedule', { today: '2023-12-12' });
    expect(after.entries.find((e) => e.templateId === content.packet.templateId && e.due === '2023-12-10')).toEqual(
      expect.objectContaining({ state: 'approved', overdue: false }),
    );
  });
});
