// Preflight on the sample packet (as shipped, years later, and with one fault added at a time): codes, severities and places.
import { describe, expect, it } from 'vitest';
import type { BundledContent } from '../../../shared/content/bundle.js';
import { edit } from '../../../shared/library/approval.js';
import type { Packet } from '../../../shared/model/packet.js';
import { bySeverity, type PacketFinding } from '../../../shared/packets/findings.js';
import { libraryOf } from '../../../shared/packets/library.js';
import { hasErrors, preflight, type PreflightProfile } from '../../../shared/packets/preflight.js';
import { cite, doc, excerpt, note, p, qa, t, tp, variable } from '../../fixtures/rich.js';
import { bundled } from '../library/bundled.js';

const DECEMBER = '2023-12-12';

type Summary = [PacketFinding['severity'], PacketFinding['code'], string | null, readonly number[]];
const summary = (findings: readonly PacketFinding[]): Summary[] => findings.map((f) => [f.severity, f.code, f.location.sectionId, f.location.path]);

function run(content: BundledContent, profile: PreflightProfile, today = DECEMBER, packet: Packet = content.packet): PacketFinding[] {
  return preflight(packet, libraryOf(content), profile, today);
}

function withSection(content: BundledContent, id: string, patch: Partial<Packet['sections'][number]>): BundledContent {
  return { ...content, packet: { ...content.packet, sections: content.packet.sections.map((s) => (s.id === id ? { ...s, ...patch } : s)) } };
}

describe('preflight of the sample packet', () => {
  it('finds, for the press handout in December 2023, an unsourced figure and internal material the handout will leave out', async () => {
    const findings = run(await bundled(), 'handout');
    expect(summary(findings)).toEqual([
      ['warning', 'figure_without_source', 'pk-tinh-hinh', [0]],
      ['warning', 'internal_note_in_public', 'pk-tinh-hinh', [4]],
      ['warning', 'sensitive_qa_in_public', 'pk-phan-bac', [1]],
      ['warning', 'sensitive_qa_in_public', 'pk-phan-bac', [2]],
    ]);
    expect(findings[0]?.params).toEqual({ figures: ['280', '26'] });
    expect(findings[2]?.params).toEqual({ id: 'sample-qa-bat-giu-vi-ngon-luan' });
    expect(hasErrors(findings)).toBe(false);
  });

  it('finds only the figure for the full briefing book in December 2023', async () => {
    expect(summary(run(await bundled(), 'full'))).toEqual([['warning', 'figure_without_source', 'pk-tinh-hinh', [0]]]);
  });

  it('finds every talking point and Q&A item past its review date in November 2026, and the superseded Press Law', async () => {
    const findings = run(await bundled(), 'full', '2026-11-26');
    const stale = findings.filter((f) => f.code === 'stale_talking_point' || f.code === 'stale_qa');
    expect(stale.map((f) => [f.location.sectionId, f.params['id']])).toEqual([
      ['pk-thong-diep', 'sample-tp-thong-diep-chu-dao'],
      ['pk-thong-diep', 'sample-tp-tru-cot-chu-truong'],
      ['pk-thong-diep', 'sample-tp-tru-cot-minh-bach'],
      ['pk-thong-diep', 'sample-tp-tru-cot-nang-luc'],
      ['pk-phan-bac', 'sample-qa-bat-giu-vi-ngon-luan'],
      ['pk-phan-bac', 'sample-qa-minh-bach-thong-tin'],
      ...['tu-do-ton-giao', 'bat-giu-vi-ngon-luan', 'de-an-1079-mot-chieu', 'khuyen-nghi-quoc-te', 'quyen-dong-bao-dan-toc', 'hoi-nghi-tap-huan', 'dau-moi-cung-cap-thong-tin', 'minh-bach-thong-tin'].map((id) => ['pk-hoi-dap-du-kien', `sample-qa-${id}`]),
      ['pk-noi-bo', 'sample-qa-quyen-dong-bao-dan-toc'],
    ]);
    expect(stale.find((f) => f.params['id'] === 'sample-qa-bat-giu-vi-ngon-luan')?.params).toEqual({
      id: 'sample-qa-bat-giu-vi-ngon-luan',
      reasons: ['review_date_passed', 'directive_superseded'],
      directiveIds: ['starter-103-2016-qh13'],
    });
    expect(stale.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('preflight rules', () => {
  const NOTHING_ELSE = new Set(['figure_without_source', 'internal_note_in_public', 'sensitive_qa_in_public']);

  it.each<[string, (c: BundledContent) => BundledContent, PreflightProfile, Summary[]]>([
    [
      'a spokesperson left unnamed: every variable node that prints it',
      (c) => ({ ...c, packet: { ...c.packet, variables: { ...c.packet.variables, nguoi_phat_ngon: ' ' } } }),
      'handout',
      [
        ['error', 'unfilled_variable', 'pk-thong-tin-chung', [3, 1]],
        ['error', 'unfilled_variable', 'pk-dinh-huong', [0, 2, 0, 1]],
      ],
    ],
    [
      'no reporting period: the packet title and a section title',
      (c) => ({ ...c, packet: { ...c.packet, variables: { ...c.packet.variables, ky_bao_cao: '' } } }),
      'handout',
      [
        ['error', 'unfilled_variable', null, []],
        ['error', 'unfilled_variable', 'pk-thong-tin-chung', [0, 1]],
        ['error', 'unfilled_variable', 'pk-tinh-hinh', []],
      ],
    ],
    [
      'a talking point never approved',
      (c) => ({ ...c, talkingPoints: c.talkingPoints.map((p) => (p.id === 'sample-tp-tru-cot-chu-truong' ? { ...p, approval: { status: 'draft', approvedBy: null, approvedAt: null } } : p)) }),
      'handout',
      [['error', 'unapproved_talking_point', 'pk-thong-diep', [1]]],
    ],
    [
      'a talking point edited after insertion (the inserted revision stays approved)',
      (c) => ({ ...c, talkingPoints: c.talkingPoints.map((p) => (p.id === 'sample-tp-tru-cot-chu-truong' ? edit(p, { title: 'Trụ cột 1 (sửa)' }, '2023-12-12T08:00:00+07:00') : p)) }),
      'handout',
      [['warning', 'changed_in_library', 'pk-thong-diep', [1]]],
    ],
    [
      'a block naming a revision the item never had',
      (c) => withSection(c, 'pk-thong-diep', { content: doc(tp('sample-tp-thong-diep-chu-dao', 3)) }),
      'handout',
      [['error', 'unknown_revision', 'pk-thong-diep', [0]]],
    ],
    ['a deleted Q&A item', (c) => ({ ...c, qaItems: c.qaItems.filter((q) => q.id !== 'sample-qa-quyen-dong-bao-dan-toc') }), 'full', [['error', 'unknown_qa', 'pk-noi-bo', [1]]]],
    [
      'a citation of a directive not in the registry and an excerpt that no longer exists',
      (c) => withSection(c, 'pk-dinh-huong', { content: doc(p(t('Theo '), cite('starter-khong-co'), t('.')), excerpt('starter-57-kl-tw', 'khong-co')) }),
      'handout',
      [
        ['error', 'unknown_directive', 'pk-dinh-huong', [0, 1]],
        ['warning', 'unknown_excerpt', 'pk-dinh-huong', [1]],
      ],
    ],
    [
      'a citation of an expired directive (once per section) and of one superseded only later (information)',
      (c) => withSection(c, 'pk-dinh-huong', { content: doc(p(t('Theo '), cite('starter-16-kl-tw'), t(' và '), cite('starter-16-kl-tw'), t('; '), cite('starter-103-2016-qh13'), t('.'))) }),
      'handout',
      [
        ['warning', 'directive_expired', 'pk-dinh-huong', [0, 1]],
        ['info', 'directive_superseded', 'pk-dinh-huong', [0, 5]],
      ],
    ],
    ['an emptied section', (c) => withSection(c, 'pk-dinh-huong', { content: doc(p()) }), 'handout', [['warning', 'empty_section', 'pk-dinh-huong', []]]],
    [
      'a public section holding only an internal note (the handout prints its title alone)',
      (c) => withSection(c, 'pk-dinh-huong', { content: doc(note(p(t('Chỉ dùng nội bộ.')))) }),
      'handout',
      [
        ['warning', 'empty_section', 'pk-dinh-huong', []],
        ['warning', 'internal_note_in_public', 'pk-dinh-huong', [0]],
      ],
    ],
    [
      'an internal-audience talking point in a public section',
      (c) => ({ ...c, talkingPoints: c.talkingPoints.map((p) => (p.id === 'sample-tp-tru-cot-nang-luc' ? { ...p, audience: 'internal' } : p)) }),
      'handout',
      [['warning', 'internal_talking_point_in_public', 'pk-thong-diep', [3]]],
    ],
    ['a tag-based section whose tag no item carries', (c) => withSection(c, 'pk-hoi-dap-du-kien', { auto: { kind: 'qa_by_tag', tag: 'khong-co' } }), 'full', [['warning', 'auto_section_empty', 'pk-hoi-dap-du-kien', []]]],
    [
      'a tag-based public section whose items are all sensitive (the handout leaves them out)',
      (c) => withSection(c, 'pk-hoi-dap-du-kien', { internalOnly: false, auto: { kind: 'qa_by_tag', tag: 'phan-bac' } }),
      'handout',
      [['warning', 'auto_section_empty', 'pk-hoi-dap-du-kien', []]],
    ],
    ['the template’s "…" left in a paragraph', (c) => withSection(c, 'pk-dinh-huong', { content: doc(p(t('Về tình hình tôn giáo: …'))) }), 'handout', [['warning', 'placeholder_text', 'pk-dinh-huong', [0]]]],
    [
      'internal sections are checked for the briefing book only',
      (c) => withSection(c, 'pk-noi-bo', { content: doc(p(variable('khong_khai_bao')), qa('sample-qa-khong-co')) }),
      'handout',
      [],
    ],
  ])('%s', async (_name, alter, profile, expected) => {
    const findings = run(alter(await bundled()), profile).filter((f) => !(NOTHING_ELSE.has(f.code) && f.location.sectionId !== 'pk-dinh-huong'));
    expect(summary(findings)).toEqual(expected);
  });

  it('checks internal sections for the briefing book', async () => {
    const content = withSection(await bundled(), 'pk-noi-bo', { content: doc(p(variable('khong_khai_bao')), qa('sample-qa-khong-co')) });
    expect(summary(run(content, 'full').filter((f) => f.location.sectionId === 'pk-noi-bo'))).toEqual([
      ['error', 'unfilled_variable', 'pk-noi-bo', [0, 0]],
      ['error', 'unknown_qa', 'pk-noi-bo', [1]],
    ]);
  });

  it('points at the editor position of each finding and sorts errors first on request', async () => {
    const content = withSection(await bundled(), 'pk-dinh-huong', { content: doc(p(t('Đạt 45 lượt.')), p(t('Theo '), cite('starter-khong-co'))) });
    const findings = run(content, 'handout').filter((f) => f.location.sectionId === 'pk-dinh-huong');
    expect(findings.map((f) => [f.code, f.location.pos])).toEqual([
      ['figure_without_source', 0],
      ['unknown_directive', 20],
    ]);
    expect(bySeverity(findings).map((f) => f.code)).toEqual(['unknown_directive', 'figure_without_source']);
    expect(hasErrors(findings)).toBe(true);
  });
});
