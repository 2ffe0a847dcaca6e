// Version diff: sections matched by id (changed, added, removed in place), title, number and variables, references named.
import { describe, expect, it } from 'vitest';
import type { PacketSection } from '../../../shared/model/packet.js';
import { versionDiff, type PacketContent } from '../../../shared/packets/version-diff.js';
import { cite, doc, p, t, tp } from '../../fixtures/rich.js';
import { bundled } from '../library/bundled.js';

function content(packet: PacketContent): PacketContent {
  const { title, documentNumber, variables, sections } = packet;
  return { title, documentNumber, variables, sections };
}

describe('versionDiff', () => {
  it('finds nothing between a packet and itself', async () => {
    const packet = content((await bundled()).packet);
    const diff = versionDiff(packet, packet);
    expect(diff.changed).toBe(false);
    expect(diff.sections.every((s) => s.change === 'unchanged')).toBe(true);
    expect(diff.sections.map((s) => s.sectionId)).toEqual(packet.sections.map((s) => s.id));
  });

  it('compares section by section, with removed sections where they stood', async () => {
    const before = content((await bundled()).packet);
    const [first, second, third, ...rest] = before.sections as [PacketSection, PacketSection, PacketSection, ...PacketSection[]];
    const added: PacketSection = { ...second, id: 'pk-moi', title: 'Mục mới', content: doc(p(t('Nội dung mới.'))) };
    const edited: PacketSection = { ...third, content: doc(tp('sample-tp-thong-diep-chu-dao', 2)), internalOnly: true };
    const after: PacketContent = {
      ...before,
      title: before.title.replace('(dữ liệu mẫu)', '(bản 2)'),
      documentNumber: '15/BC-STTTT',
      variables: { ...before.variables, ky_bao_cao: '01/2024', moi: 'x' },
      sections: [first, added, edited, ...rest],
    };
    const diff = versionDiff(before, after, { talkingPointName: (id) => (id === 'sample-tp-thong-diep-chu-dao' ? 'Thông điệp chủ đạo' : id) });
    expect(diff.changed).toBe(true);
    expect(diff.sections.map((s) => [s.sectionId, s.change])).toEqual([
      [first.id, 'unchanged'],
      [second.id, 'removed'],
      ['pk-moi', 'added'],
      [third.id, 'changed'],
      ...rest.map((s) => [s.id, 'unchanged']),
    ]);
    const thirdDiff = diff.sections.find((s) => s.sectionId === third.id);
    expect(thirdDiff?.internalOnlyChanged).toBe(true);
    expect(thirdDiff?.contentParts[0]).toEqual({ op: 'equal', text: '[Thông điệp chủ đạo #' });
    expect(thirdDiff?.contentParts.filter((part) => part.op === 'insert').map((part) => part.text)).toEqual(['2']);
    expect(thirdDiff?.contentParts.filter((part) => part.op === 'delete').map((part) => part.text).join('')).toContain('1]\n[sample-tp-tru-cot-chu-truong #1]');
    expect(diff.titleParts.filter((part) => part.op !== 'equal').map((part) => [part.op, part.text])).toEqual([
      ['delete', 'dữ liệu mẫu'],
      ['insert', 'bản 2'],
    ]);
    expect(diff.documentNumber).toEqual({ before: '', after: '15/BC-STTTT' });
    expect(diff.variables).toEqual([
      { name: 'ky_bao_cao', before: '12/2023', after: '01/2024' },
      { name: 'moi', before: null, after: 'x' },
    ]);
  });

  it('shows a changed citation by the directive’s name', () => {
    const section = (id: string): PacketSection => ({ id: 'pk-muc', title: 'Mục', templateSectionId: null, internalOnly: false, recurring: true, guidance: '', auto: null, content: doc(p(t('Căn cứ '), cite(id), t('.'))) });
    const base = { title: 'T', documentNumber: '', variables: {} };
    const names = { directiveName: (id: string) => ({ a: 'Kết luận số 57-KL/TW', b: 'Quyết định số 1079/QĐ-TTg' })[id] ?? id };
    const diff = versionDiff({ ...base, sections: [section('a')] }, { ...base, sections: [section('b')] }, names);
    expect(diff.sections[0]?.contentParts).toEqual([
      { op: 'equal', text: 'Căn cứ ' },
      { op: 'delete', text: 'Kết luận số 57-KL/TW' },
      { op: 'insert', text: 'Quyết định số 1079/QĐ-TTg' },
      { op: 'equal', text: '.' },
    ]);
  });
});
