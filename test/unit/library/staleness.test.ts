// Staleness on the sample library: review date, never approved, superseded (now or pending), expired and deleted directives.
import { describe, expect, it } from 'vitest';
import { isStale, staleReasons, type StaleReason } from '../../../shared/library/staleness.js';
import type { Directive } from '../../../shared/model/directive.js';
import type { QAItem } from '../../../shared/model/qa-item.js';
import type { TalkingPoint } from '../../../shared/model/talking-point.js';
import { cite, doc, p, t } from '../../fixtures/rich.js';
import { bundled, qaItem, talkingPoint } from './bundled.js';

type Registry = Map<string, Directive>;

async function setUp(): Promise<{ registry: Registry; point: TalkingPoint; qa: QAItem; rebuttal: QAItem }> {
  const content = await bundled();
  return {
    registry: new Map(content.directives.map((d) => [d.id, d])),
    point: talkingPoint(content, 'sample-tp-tru-cot-chu-truong'),
    qa: qaItem(content, 'sample-qa-dau-moi-cung-cap-thong-tin'),
    rebuttal: qaItem(content, 'sample-qa-bat-giu-vi-ngon-luan'),
  };
}

function change(registry: Registry, id: string, patch: Partial<Directive>): Registry {
  const directive = registry.get(id);
  if (!directive) throw new Error(`no directive ${id}`);
  return new Map(registry).set(id, { ...directive, ...patch });
}

describe('staleReasons', () => {
  it('finds nothing on a fresh approved point whose directives are in force', async () => {
    const { registry, point } = await setUp();
    expect(staleReasons(point, registry, '2024-03-10')).toEqual([]);
    expect(isStale(point, registry, '2024-03-10')).toBe(false);
  });

  it('flags the day after the review-by date, not the day itself', async () => {
    const { registry, point } = await setUp();
    expect(staleReasons(point, registry, '2024-03-11')).toEqual([{ code: 'review_date_passed', reviewBy: '2024-03-10' }]);
  });

  it.each<[string, (r: Registry) => Registry, StaleReason]>([
    [
      'a proof-point source marked superseded',
      (r) => change(r, 'starter-1079-qd-ttg', { status: 'superseded', supersededBy: 'starter-47-nq-cp' }),
      { code: 'directive_superseded', directiveId: 'starter-1079-qd-ttg', successorId: 'starter-47-nq-cp', successorEffectiveFrom: '2024-04-15', pending: true },
    ],
    ['a proof-point source marked expired', (r) => change(r, 'starter-hien-phap-2013', { status: 'expired' }), { code: 'directive_expired', directiveId: 'starter-hien-phap-2013', effectiveTo: null }],
    ['a proof-point source past its effective-to date', (r) => change(r, 'starter-1079-qd-ttg', { effectiveTo: '2023-12-31' }), { code: 'directive_expired', directiveId: 'starter-1079-qd-ttg', effectiveTo: '2023-12-31' }],
    ['a proof-point source deleted from the registry', (r) => { const copy = new Map(r); copy.delete('starter-hien-phap-2013'); return copy; }, { code: 'directive_missing', directiveId: 'starter-hien-phap-2013' }],
  ])('flags %s', async (_name, alter, expected) => {
    const { registry, point } = await setUp();
    expect(staleReasons(point, alter(registry), '2024-01-10')).toEqual([expected]);
  });

  it('treats a supersession as pending until the successor takes effect', async () => {
    const { registry, rebuttal } = await setUp();
    const before = staleReasons(rebuttal, registry, '2026-06-30');
    expect(before).toEqual([
      { code: 'review_date_passed', reviewBy: '2024-03-10' },
      { code: 'directive_superseded', directiveId: 'starter-103-2016-qh13', successorId: 'starter-126-2025-qh15', successorEffectiveFrom: '2026-07-01', pending: true },
    ]);
    const fresh = { ...rebuttal, reviewBy: '2027-01-01' };
    expect(isStale(fresh, registry, '2026-06-30')).toBe(false);
    expect(isStale(fresh, registry, '2026-07-01')).toBe(true);
    expect(staleReasons(fresh, registry, '2026-07-01')).toEqual([
      { code: 'directive_superseded', directiveId: 'starter-103-2016-qh13', successorId: 'starter-126-2025-qh15', successorEffectiveFrom: '2026-07-01', pending: false },
    ]);
  });

  it('reads Q&A directives from the linked list and from citations in the answer', async () => {
    const { registry, qa } = await setUp();
    const answer = doc(p(t('Căn cứ '), cite('starter-16-kl-tw'), t('.')));
    expect(staleReasons({ ...qa, answer, reviewBy: null }, registry, '2024-01-10')).toEqual([{ code: 'directive_expired', directiveId: 'starter-16-kl-tw', effectiveTo: null }]);
  });

  it('flags an item that was never approved, but not one whose new revision awaits approval', async () => {
    const { registry, qa } = await setUp();
    const draft = { ...qa, approval: { status: 'draft' as const, approvedBy: null, approvedAt: null } };
    expect(staleReasons(draft, registry, '2024-01-10')).toEqual([{ code: 'never_approved' }]);
    const pending = { ...draft, revision: 2, revisions: [{ revision: 1, question: qa.question, questionEn: '', answer: qa.answer, answerEn: null, bridgingLines: [], approvedBy: 'A', approvedAt: '2023-12-11T16:00:00+07:00', savedAt: '2024-01-02T08:00:00+07:00' }] };
    expect(staleReasons(pending, registry, '2024-01-10')).toEqual([]);
  });
});
