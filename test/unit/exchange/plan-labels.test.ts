// The import plan names both sides of a renamed item, so a conflict shows which local document "keep mine" keeps.
import { describe, expect, it } from 'vitest';
import { planImport, type IncomingSet } from '../../../shared/exchange/merge.js';
import { docFromText } from '../../../shared/model/index.js';
import { TALKING_POINT_SCHEMA_VERSION, talkingPointSchema, type TalkingPoint } from '../../../shared/model/talking-point.js';

const T0 = '2026-11-01T08:00:00.000+07:00';
const T1 = '2026-11-02T08:00:00.000+07:00';
const T2 = '2026-11-03T08:00:00.000+07:00';

function point(id: string, title: string, updatedAt: string, message = title): TalkingPoint {
  return talkingPointSchema.parse({ id, schemaVersion: TALKING_POINT_SCHEMA_VERSION, createdAt: T0, updatedAt, title, message: docFromText(message), approval: { status: 'draft' }, revision: 1 });
}

function setOf(talkingPoints: TalkingPoint[]): IncomingSet {
  return { directives: [], talkingPoints, qaItems: [], templates: [], packets: [] };
}

describe('planImport labels', () => {
  it('gives the local label only when it differs from the incoming one', () => {
    const local = new Map([
      ['point-renamed', point('point-renamed', 'Giảm nghèo bền vững', T1)],
      ['point-kept', point('point-kept', 'Chuyển đổi số', T1)],
    ]);
    const incoming = setOf([point('point-renamed', 'Giảm nghèo bền vững 2021–2025', T2), point('point-kept', 'Chuyển đổi số', T2, 'Dịch vụ công toàn trình đạt 47%.'), point('point-added', 'Kỳ họp HĐND', T2)]);
    const plan = planImport(incoming, { local: (_kind, id) => local.get(id), sharedUpdatedAt: () => T0 });
    expect(plan.map(({ id, status, label, localLabel }) => ({ id, status, label, localLabel }))).toEqual([
      { id: 'point-renamed', status: 'conflict', label: 'Giảm nghèo bền vững 2021–2025', localLabel: 'Giảm nghèo bền vững' },
      { id: 'point-kept', status: 'conflict', label: 'Chuyển đổi số', localLabel: null },
      { id: 'point-added', status: 'new', label: 'Kỳ họp HĐND', localLabel: null },
    ]);
  });
});
