// Template rules on the built-in templates: variable checks (undeclared, duplicate, invalid, unused), duplication, due dates by periodicity.
import { describe, expect, it } from 'vitest';
import { dueDatesIn, duplicateTemplate, validateTemplate, type TemplateFinding } from '../../../shared/library/templates.js';
import { templateSchema, type Template } from '../../../shared/model/template.js';
import { doc, p, t, variable } from '../../fixtures/rich.js';
import { bundled, sequentialIds, template } from './bundled.js';

const MONTHLY = 'builtin-thong-tin-dinh-ky-hang-thang';
const QUARTERLY = 'builtin-hop-bao-dinh-ky-hang-quy';
const WEEKLY = 'builtin-hop-bao-thuong-ky';

async function monthly(): Promise<Template> {
  return template(await bundled(), MONTHLY);
}

function errors(findings: readonly TemplateFinding[]): TemplateFinding[] {
  return findings.filter((f) => f.severity === 'error');
}

describe('validateTemplate', () => {
  it('finds no errors in any built-in template, and reports the header variables nothing uses as info', async () => {
    for (const builtIn of (await bundled()).templates) {
      const findings = validateTemplate(builtIn);
      expect(errors(findings), builtIn.id).toEqual([]);
      expect(findings.map((f) => [f.code, f.params['name']]), builtIn.id).toEqual([
        ['unused_variable', 'co_quan_chu_quan'],
        ['unused_variable', 'dia_danh'],
      ]);
    }
  });

  it('fails a template whose section title uses an undeclared {{variable}}, pointing at the section', async () => {
    const base = await monthly();
    const broken: Template = { ...base, variables: base.variables.filter((v) => v.name !== 'ky_bao_cao') };
    const found = errors(validateTemplate(broken));
    expect(found.map((f) => f.code)).toEqual(['undeclared_variable', 'undeclared_variable', 'undeclared_variable', 'undeclared_variable']);
    expect(found[0]?.location).toEqual({ kind: 'section', sectionId: 'm-thong-tin-chung', field: 'content', path: [0, 1] });
    expect(found.map((f) => f.location.kind === 'section' && f.location.field)).toEqual(['content', 'title', 'titleEn', 'guidance']);
  });

  it.each<[string, (tpl: Template) => Template, Array<[TemplateFinding['code'], TemplateFinding['severity']]>]>([
    [
      'a variable node with an undeclared name',
      (tpl) => ({ ...tpl, sections: tpl.sections.map((s, i) => (i === 1 ? { ...s, content: doc(p(t('Ngày '), variable('ngay_ky'))) } : s)) }),
      [['undeclared_variable', 'error']],
    ],
    ['a declared name used twice', (tpl) => ({ ...tpl, variables: [...tpl.variables, { ...(tpl.variables[1] as Template['variables'][number]) }] }), [['duplicate_variable', 'error']]],
    ['an invalid declared name', (tpl) => ({ ...tpl, variables: tpl.variables.map((v) => (v.name === 'co_quan_chu_quan' ? { ...v, name: 'Cơ quan' } : v)) }), [['invalid_variable_name', 'error']]],
    ['an invalid {{placeholder}} in guidance', (tpl) => ({ ...tpl, sections: tpl.sections.map((s, i) => (i === 0 ? { ...s, guidance: 'Ghi {{KyBaoCao}} ở đây' } : s)) }), [['invalid_placeholder', 'error']]],
    ['a date default that is not a date', (tpl) => ({ ...tpl, variables: tpl.variables.map((v) => (v.name === 'ngay_hop_bao' ? { ...v, default: '15/12/2023' } : v)) }), [['invalid_date_default', 'error']]],
    ['a weekly due day of 9', (tpl) => ({ ...tpl, periodicity: { kind: 'weekly', dueDay: 9 } }), [['due_day_out_of_range', 'error']]],
    ['an ad hoc due day', (tpl) => ({ ...tpl, periodicity: { kind: 'ad_hoc', dueDay: 3 } }), [['due_day_ignored', 'info']]],
  ])('reports %s', async (_name, alter, expected) => {
    const findings = validateTemplate(alter(await monthly())).filter((f) => f.code !== 'unused_variable');
    expect(findings.map((f) => [f.code, f.severity])).toEqual(expected);
  });

  it('reads {{name}} typed in content text as a use', async () => {
    const base = await monthly();
    const used: Template = { ...base, sections: [...base.sections, { ...(base.sections[0] as Template['sections'][number]), id: 'm-extra', content: doc(p(t('{{ dia_danh }}, {{co_quan_chu_quan}}'))) }] };
    expect(validateTemplate(used)).toEqual([]);
  });
});

describe('duplicateTemplate', () => {
  it('copies a built-in template with new ids, not built in, named "… (bản sao)"', async () => {
    const original = await monthly();
    const copy = duplicateTemplate(original, '2026-11-26T10:00:00+07:00', sequentialIds('copy'));
    expect(copy.id).toBe('copy-000001');
    expect(copy.builtIn).toBe(false);
    expect(copy.name).toBe(`${original.name} (bản sao)`);
    expect(copy.nameEn).toBe(`${original.nameEn} (copy)`);
    expect(copy.sections.map((s) => s.id)).toEqual(original.sections.map((_, i) => `copy-${String(i + 2).padStart(6, '0')}`));
    expect(copy.sections.map((s) => s.title)).toEqual(original.sections.map((s) => s.title));
    expect(copy.variables).toEqual(original.variables);
    expect(copy.createdAt).toBe('2026-11-26T10:00:00+07:00');
    expect(templateSchema.safeParse(copy).success).toBe(true);
    copy.sections[0]?.content.content.push(p(t('sửa bản sao')));
    expect(original.sections[0]?.content).not.toEqual(copy.sections[0]?.content);
  });

  it('keeps a copy of a 300-character name within the limit', async () => {
    const copy = duplicateTemplate({ ...(await monthly()), name: 'x'.repeat(300) }, '2026-11-26T10:00:00+07:00');
    expect(copy.name).toHaveLength(300);
    expect(copy.name.endsWith(' (bản sao)')).toBe(true);
  });
});

describe('dueDatesIn', () => {
  const periodicity = (kind: Template['periodicity']['kind'], dueDay: number | null) => ({ periodicity: { kind, dueDay } });

  it.each<[string, ReturnType<typeof periodicity>, string, string, string[]]>([
    ['monthly on the 31st, clamped to short months', periodicity('monthly', 31), '2024-01-01', '2024-04-30', ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']],
    ['monthly on the 25th inside a range', periodicity('monthly', 25), '2023-12-26', '2024-02-25', ['2024-01-25', '2024-02-25']],
    ['monthly without a day: the last day', periodicity('monthly', null), '2023-02-01', '2023-02-28', ['2023-02-28']],
    ['quarterly in the last month of each quarter', periodicity('quarterly', 25), '2023-01-01', '2023-12-31', ['2023-03-25', '2023-06-25', '2023-09-25', '2023-12-25']],
    ['quarterly on the 31st in a 30-day month', periodicity('quarterly', 31), '2023-06-01', '2023-09-30', ['2023-06-30', '2023-09-30']],
    ['weekly on Thursdays', periodicity('weekly', 4), '2023-12-01', '2023-12-31', ['2023-12-07', '2023-12-14', '2023-12-21', '2023-12-28']],
    ['weekly across a year end', periodicity('weekly', 1), '2025-12-25', '2026-01-06', ['2025-12-29', '2026-01-05']],
    ['ad hoc: none', periodicity('ad_hoc', null), '2023-01-01', '2023-12-31', []],
    ['an empty range', periodicity('monthly', 1), '2024-02-02', '2024-01-01', []],
  ])('%s', (_name, tpl, from, to, expected) => {
    expect(dueDatesIn(tpl, from, to).map((d) => d.date)).toEqual(expected);
  });

  it('names the period each briefing covers', async () => {
    const content = await bundled();
    expect(dueDatesIn(template(content, QUARTERLY), '2023-10-01', '2023-12-31')).toEqual([{ date: '2023-12-25', period: { kind: 'quarter', year: 2023, quarter: 4 } }]);
    expect(dueDatesIn(template(content, WEEKLY), '2025-12-26', '2026-01-02')).toEqual([{ date: '2026-01-01', period: { kind: 'week', year: 2026, week: 1 } }]);
    expect(dueDatesIn(template(content, MONTHLY), '2023-12-01', '2023-12-31')).toEqual([{ date: '2023-12-25', period: { kind: 'month', year: 2023, month: 12 } }]);
  });
});
