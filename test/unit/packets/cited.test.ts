// Directives cited by the sample packet in order of first mention, per print profile, through embedded items and frozen revisions.
import { describe, expect, it } from 'vitest';
import { format } from '../../../shared/citations/index.js';
import { edit } from '../../../shared/library/approval.js';
import { citedDirectives } from '../../../shared/packets/cited.js';
import { libraryOf } from '../../../shared/packets/library.js';
import { bundled } from '../library/bundled.js';

describe('citedDirectives', () => {
  it('lists the handout’s directives in order of first mention, proof-point sources of embedded talking points included', async () => {
    const content = await bundled();
    const cited = citedDirectives(content.packet, libraryOf(content), { profile: 'handout' });
    expect(cited.map((c) => [c.number, c.directive.id])).toEqual([
      [1, 'starter-57-kl-tw'],
      [2, 'starter-1079-qd-ttg'],
      [3, 'starter-hien-phap-2013'],
      [4, 'starter-09-2017-nd-cp'],
    ]);
    const first = cited[0];
    if (!first) throw new Error('the sample cites directives');
    expect(first.full).toBe(format(first.directive, 'full'));
    expect(first.full).toMatch(/^Kết luận số 57-KL\/TW ngày 15\/6\/2023 của Bộ Chính trị/);
    expect(first.short).toBe('Kết luận số 57-KL/TW');
  });

  it('adds what only the briefing book prints: the laws behind the sensitive Q&A answers', async () => {
    const content = await bundled();
    const ids = citedDirectives(content.packet, libraryOf(content), { profile: 'full' }).map((c) => c.directive.id);
    expect(ids).toEqual(['starter-57-kl-tw', 'starter-1079-qd-ttg', 'starter-hien-phap-2013', 'starter-09-2017-nd-cp', 'starter-103-2016-qh13', 'starter-104-2016-qh13']);
  });

  it('cites what the inserted revision of a talking point cites, even when the library has moved on', async () => {
    const content = await bundled();
    const points = content.talkingPoints.map((point) => {
      if (point.id !== 'sample-tp-tru-cot-nang-luc') return point;
      const extra = { id: 'pp-nd72-000001', text: 'Nghị định quy định quản lý hoạt động thông tin đối ngoại.', textEn: '', source: { kind: 'directive' as const, directiveId: 'starter-72-2015-nd-cp', excerptId: null, excerpt: '' } };
      const asInserted = { ...point, proofPoints: [...point.proofPoints, extra] };
      return edit(asInserted, { proofPoints: point.proofPoints }, '2023-12-20T08:00:00+07:00');
    });
    const cited = citedDirectives(content.packet, libraryOf({ ...content, talkingPoints: points }), { profile: 'handout' });
    expect(cited.map((c) => c.directive.id)).toContain('starter-72-2015-nd-cp');
  });

  it('is empty for a packet that cites nothing', async () => {
    const content = await bundled();
    const bare = { ...content.packet, sections: content.packet.sections.filter((s) => s.id === 'pk-thong-tin-chung') };
    expect(citedDirectives(bare, libraryOf(content), { profile: 'full' })).toEqual([]);
  });
});
