// The talking point / Q&A list filters and the talking point form's conversion: diacritics-insensitive word-start search,
// staleness from superseded directives, missing English, review-date order, proof-point sources.
import { describe, expect, it } from 'vitest';
import { directiveSchema, docFromText, talkingPointSchema, type Directive, type TalkingPoint } from '../../../shared/model/index';
import { EMPTY_LIBRARY_FILTER, filterLibrary, indexLibrary, sortLibrary } from '../../../renderer/src/talking-points/libraryQuery';
import { emptyProofPoint, emptyTalkingPointForm, talkingPointFields } from '../../../renderer/src/talking-points/formModel';

const AT = '2026-01-05T09:00:00.000+07:00';
const TODAY = '2026-02-01';

function point(id: string, title: string, extra: Partial<TalkingPoint> = {}): TalkingPoint {
  return talkingPointSchema.parse({
    id,
    schemaVersion: 1,
    createdAt: AT,
    updatedAt: AT,
    title,
    message: docFromText(title),
    approval: { status: 'approved', approvedBy: 'Nguyễn Văn An', approvedAt: AT },
    revision: 1,
    ...extra,
  });
}

const directive: Directive = directiveSchema.parse({ id: 'directive-1079', schemaVersion: 1, createdAt: AT, updatedAt: AT, type: 'Quyết định', symbol: '1079/QĐ-TTg', number: '1079', status: 'superseded' });
const directives = new Map([[directive.id, directive]]);

const POINTS = [
  point('point-quyen', 'Bảo đảm quyền con người', { reviewBy: '2026-04-01', messageEn: docFromText('Human rights') }),
  point('point-kinh-te', 'Tăng trưởng kinh tế', {
    reviewBy: '2026-03-01',
    proofPoints: [{ id: 'proof-000001', text: 'Đề án 1079', textEn: '', source: { kind: 'directive', directiveId: 'directive-1079', excerptId: null, excerpt: '' } }],
  }),
  point('point-quyen-loi', 'Quyền lợi của phóng viên', { reviewBy: '2025-12-31' }),
];
const index = indexLibrary(POINTS, directives, TODAY);
const ids = (rows: ReturnType<typeof filterLibrary<TalkingPoint>>) => rows.map((row) => row.item.id);

describe('library list filters', () => {
  it('finds words typed without diacritics at word starts only', () => {
    expect(ids(filterLibrary(index, { ...EMPTY_LIBRARY_FILTER, text: 'quyen con nguoi' }))).toEqual(['point-quyen']);
    expect(ids(filterLibrary(index, { ...EMPTY_LIBRARY_FILTER, text: 'QUYEN' }))).toEqual(['point-quyen', 'point-quyen-loi']);
    expect(ids(filterLibrary(index, { ...EMPTY_LIBRARY_FILTER, text: 'uyen' }))).toEqual([]);
  });

  it('flags as stale a point past its review date or citing a superseded directive', () => {
    expect(ids(filterLibrary(index, { ...EMPTY_LIBRARY_FILTER, stale: 'stale' }))).toEqual(['point-kinh-te', 'point-quyen-loi']);
    expect(index.find((row) => row.item.id === 'point-kinh-te')?.reasons.map((r) => r.code)).toEqual(['directive_superseded']);
    expect(ids(filterLibrary(index, { ...EMPTY_LIBRARY_FILTER, stale: 'current' }))).toEqual(['point-quyen']);
  });

  it('filters on a missing English version and sorts by review date, soonest first', () => {
    expect(ids(filterLibrary(index, { ...EMPTY_LIBRARY_FILTER, language: 'missingEn' }))).toEqual(['point-kinh-te', 'point-quyen-loi']);
    expect(ids(sortLibrary(index, 'reviewBy', new Intl.Collator('vi')))).toEqual(['point-quyen-loi', 'point-kinh-te', 'point-quyen']);
  });
});

describe('talking point form', () => {
  it('asks for a directive when the source is one, reads a typed report date, stores an empty English message as null', () => {
    const base = { ...emptyTalkingPointForm(), title: 'Tiêu đề', message: docFromText('Thông điệp') };
    const missing = talkingPointFields({ ...base, proofPoints: [{ ...emptyProofPoint(), text: 'Số liệu' }] });
    expect(missing).toEqual({ errors: { 'proofPoints.0.source.directiveId': 'library.validation.chooseDirective' } });
    const report = talkingPointFields({ ...base, reviewBy: '1/3/2026', proofPoints: [{ ...emptyProofPoint(), text: 'Số liệu', sourceKind: 'report', reportName: 'Báo cáo tháng', reportDate: '7/12/2023' }] });
    if (!('fields' in report)) throw new Error(JSON.stringify(report));
    expect(report.fields.proofPoints[0]?.source).toEqual({ kind: 'report', name: 'Báo cáo tháng', date: '2023-12-07' });
    expect(report.fields.reviewBy).toBe('2026-03-01');
    expect(report.fields.messageEn).toBeNull();
    expect(talkingPointFields({ ...base, message: docFromText('') })).toEqual({ errors: { message: 'validation.required' } });
  });
});
