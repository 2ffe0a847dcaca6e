// Comparing revisions: per-field word diffs of a talking point and a Q&A item, citations and sources named, unchanged fields marked.
import { describe, expect, it } from 'vitest';
import { edit } from '../../../shared/library/approval.js';
import { qaRevision, talkingPointRevision } from '../../../shared/library/content.js';
import { compareRevisions } from '../../../shared/library/revisions.js';
import { docFromText } from '../../../shared/model/rich-text.js';
import { cite, doc, p, t } from '../../fixtures/rich.js';
import { bundled, qaItem, talkingPoint } from './bundled.js';

const NOW = '2024-01-20T09:15:00+07:00';
const NAMES = { directiveName: (id: string) => (id === 'starter-1079-qd-ttg' ? 'Quyết định số 1079/QĐ-TTg' : id) };

describe('compareRevisions', () => {
  it('shows what changed between revision 1 and 2 of a talking point, field by field', async () => {
    const point = talkingPoint(await bundled(), 'sample-tp-tru-cot-minh-bach');
    const [first, ...rest] = point.proofPoints;
    if (!first) throw new Error('sample pillar has proof points');
    const edited = edit(point, { message: docFromText('Các cơ quan nhà nước chủ động, định kỳ và kịp thời cung cấp thông tin cho báo chí.'), proofPoints: rest }, NOW);
    const before = talkingPointRevision(edited, 1);
    const after = talkingPointRevision(edited, 2);
    if (!before || !after) throw new Error('both revisions exist');
    const diff = compareRevisions(before, after, NAMES);
    expect(diff.map((d) => [d.field, d.changed])).toEqual([
      ['title', false],
      ['message', true],
      ['messageEn', false],
      ['proofPoints', true],
      ['proofPointsEn', first.textEn.trim() !== ''],
    ]);
    const message = diff.find((d) => d.field === 'message')?.parts ?? [];
    expect(message.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'insert', text: 'và kịp thời ' },
      { op: 'delete', text: ' về công tác quyền con người' },
    ]);
    const proofPoints = diff.find((d) => d.field === 'proofPoints')?.parts ?? [];
    const removed = proofPoints.filter((part) => part.op === 'delete').map((part) => part.text).join('');
    expect(removed).toContain(first.text.slice(0, 40));
    expect(removed).toContain('Điều 5 khoản 2 điểm a, điểm b starter-09-2017-nd-cp');
  });

  it('names citations inside the text, so a changed citation is a visible change', () => {
    const base = { title: 'T', messageEn: null, proofPoints: [] };
    const a = { ...base, message: doc(p(t('Theo '), cite('starter-1079-qd-ttg', 'Điều 1'), t('.'))) };
    const b = { ...base, message: doc(p(t('Theo '), cite('starter-57-kl-tw'), t('.'))) };
    const message = compareRevisions(a, b, NAMES).find((d) => d.field === 'message');
    expect(message?.changed).toBe(true);
    expect(message?.parts).toEqual([
      { op: 'equal', text: 'Theo ' },
      { op: 'delete', text: 'Điều 1 Quyết định số 1079/QĐ-TTg' },
      { op: 'insert', text: 'starter-57-kl-tw' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('compares the question, answers and bridging lines of a Q&A item', async () => {
    const item = qaItem(await bundled(), 'sample-qa-dau-moi-cung-cap-thong-tin');
    const edited = edit(item, { bridgingLines: [...item.bridgingLines, 'Mọi thông tin chính thức được công bố trên cổng thông tin điện tử.'] }, NOW);
    const before = qaRevision(edited, 1);
    const after = qaRevision(edited, 2);
    if (!before || !after) throw new Error('both revisions exist');
    const diff = compareRevisions(before, after);
    expect(diff.filter((d) => d.changed).map((d) => d.field)).toEqual(['bridgingLines']);
    expect(diff.find((d) => d.field === 'bridgingLines')?.parts.at(-1)).toEqual({ op: 'insert', text: `${item.bridgingLines.length > 0 ? '\n' : ''}Mọi thông tin chính thức được công bố trên cổng thông tin điện tử.` });
  });
});
