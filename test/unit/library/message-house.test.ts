// Message-house checks: the sample human-rights topic passes; each rule fails on a changed copy with its code and params.
import { describe, expect, it } from 'vitest';
import { checkMessageHouse, type MessageHouseFinding } from '../../../shared/library/message-house.js';
import type { BundledContent } from '../../../shared/content/bundle.js';
import { docFromText, emptyDoc } from '../../../shared/model/rich-text.js';
import { bundled } from './bundled.js';

const TOPIC = 'Quyền con người';

function withPoint(content: BundledContent, id: string, patch: Partial<BundledContent['talkingPoints'][number]>): BundledContent {
  return { ...content, talkingPoints: content.talkingPoints.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
}

describe('checkMessageHouse', () => {
  it('passes on the sample topic: one primary of 11 words, three pillars of three proof points, six sensitive answers', async () => {
    const house = checkMessageHouse(TOPIC, await bundled());
    expect(house.findings).toEqual([]);
    expect(house.primary.map((p) => p.id)).toEqual(['sample-tp-thong-diep-chu-dao']);
    expect(house.pillars).toHaveLength(3);
    expect(house.answeredSensitive).toHaveLength(6);
  });

  it('matches the topic without diacritics, case or extra spaces', async () => {
    expect(checkMessageHouse('  quyen  CON nguoi ', await bundled()).pillars).toHaveLength(3);
  });

  it.each<[string, (c: BundledContent) => BundledContent, MessageHouseFinding[]]>([
    [
      'a primary message of 21 words (a lone dash is no word)',
      (c) => withPoint(c, 'sample-tp-thong-diep-chu-dao', { message: docFromText('Việt Nam nhất quán bảo đảm và thúc đẩy quyền con người, vì con người và vì hạnh phúc – nhân dân.') }),
      [{ code: 'primary_too_long', severity: 'warning', talkingPointId: 'sample-tp-thong-diep-chu-dao', words: 21, max: 15 }],
    ],
    ['no primary message', (c) => withPoint(c, 'sample-tp-thong-diep-chu-dao', { houseRole: 'none' }), [{ code: 'missing_primary', severity: 'error' }]],
    [
      'two primary messages',
      (c) => withPoint(c, 'sample-tp-phan-bac-bang-su-that', { houseRole: 'primary' }),
      [
        { code: 'several_primaries', severity: 'warning', talkingPointIds: ['sample-tp-thong-diep-chu-dao', 'sample-tp-phan-bac-bang-su-that'] },
        { code: 'primary_too_long', severity: 'warning', talkingPointId: 'sample-tp-phan-bac-bang-su-that', words: 26, max: 15 },
      ],
    ],
    ['two pillars', (c) => withPoint(c, 'sample-tp-tru-cot-nang-luc', { topic: 'Khác' }), [{ code: 'too_few_pillars', severity: 'warning', pillars: 2, min: 3 }]],
    [
      'a pillar with two proof points',
      (c) => withPoint(c, 'sample-tp-tru-cot-minh-bach', { proofPoints: c.talkingPoints.find((p) => p.id === 'sample-tp-tru-cot-minh-bach')?.proofPoints.slice(1) ?? [] }),
      [{ code: 'pillar_few_proof_points', severity: 'warning', talkingPointId: 'sample-tp-tru-cot-minh-bach', proofPoints: 2, min: 3 }],
    ],
    [
      'two sensitive answers left empty',
      (c) => ({ ...c, qaItems: c.qaItems.map((q) => (q.id === 'sample-qa-tu-do-ton-giao' || q.id === 'sample-qa-khuyen-nghi-quoc-te' ? { ...q, answer: emptyDoc() } : q)) }),
      [{ code: 'too_few_sensitive_answers', severity: 'warning', answered: 4, min: 5 }],
    ],
  ])('reports %s', async (_name, alter, expected) => {
    expect(checkMessageHouse(TOPIC, alter(await bundled())).findings).toEqual(expected);
  });

  it('reports every rule on an empty topic', async () => {
    expect(checkMessageHouse('Chủ đề chưa có', await bundled()).findings.map((f) => f.code)).toEqual(['missing_primary', 'too_few_pillars', 'too_few_sensitive_answers']);
  });
});
