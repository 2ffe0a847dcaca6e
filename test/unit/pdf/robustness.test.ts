// Odd but valid packets export cleanly: no sections, nested tables, deep lists, long unbroken words, a talking point edited since it was inserted.
import { describe, expect, it } from 'vitest';
import { canonicalExchange } from '../../fixtures/canonical-packet.js';
import { doc, h, li, ol, p, t, table, td, tp, tr, ul } from '../../fixtures/rich.js';
import { exportFixture, pdfText, run, savePdf } from './helpers.js';

describe('odd packets', () => {
  it('exports a packet without sections: header block only', async () => {
    const fixture = canonicalExchange();
    fixture.packet.sections = [];
    const result = await exportFixture({ profile: 'full' }, fixture);
    const file = savePdf(result.bytes, 'empty');
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
    expect(pdfText(file, result.layout.firstBodyPage)).toContain('BÁO CÁO');
  });

  it('exports nested tables, eight-level lists, level-4 headings and an unbreakable 300-character word', async () => {
    const fixture = canonicalExchange();
    let list = ol('lower-alpha', li(p(t('Mức sâu nhất.'))));
    for (let depth = 0; depth < 7; depth++) list = (depth % 2 ? ol('decimal', li(p(t(`Mức ${depth}.`)), list)) : ul(li(p(t(`Mức ${depth}.`)), list)));
    const first = fixture.packet.sections[0];
    if (first) {
      first.content = doc(
        h(4, 'Tiêu đề cấp bốn'),
        table(tr(td(p(t('Ngoài'))), td(table(tr(td(p(t('Trong một'))), td(p(t('Trong hai')))))))),
        list,
        p(t('x'.repeat(300))),
      );
    }
    const result = await exportFixture({ profile: 'handout' }, fixture);
    const text = pdfText(savePdf(result.bytes, 'odd')).replace(/\s+/g, '');
    for (const expected of ['Tiêuđềcấpbốn', 'Trongmột', 'Tronghai', 'Mứcsâunhất.', 'x'.repeat(300)]) expect(text).toContain(expected);
    for (const page of result.layout.pages) {
      for (const item of page.items) if (item.kind === 'text') expect(item.x + item.width).toBeLessThanOrEqual(page.width - 42.5 + 0.01);
    }
  });

  it('prints the revision of a talking point that was inserted and reports that the library copy changed', async () => {
    const fixture = canonicalExchange();
    const point = fixture.talkingPoints.find((x) => x.id === 'tp-nhanquyen');
    if (!point) throw new Error('fixture changed');
    point.revisions = [{ revision: 1, title: point.title, message: point.message, messageEn: point.messageEn, proofPoints: point.proofPoints, approvedBy: 'A', approvedAt: point.createdAt, savedAt: point.createdAt }];
    point.revision = 2;
    point.title = 'Tiêu đề mới chưa duyệt';
    const first = fixture.packet.sections[0];
    if (first) first.content = doc(tp('tp-nhanquyen', 1));
    const result = await exportFixture({ profile: 'handout' }, fixture);
    const text = pdfText(savePdf(result.bytes, 'revision'));
    expect(text).toContain('Việt Nam luôn bảo đảm và thúc đẩy quyền con người');
    expect(text).not.toContain('Tiêu đề mới chưa duyệt');
    expect(result.report.warnings).toContainEqual({ code: 'changed_since_inserted', detail: 'talking point tp-nhanquyen' });
  });
});
