// Period controls of the new-packet and roll-forward forms: month, quarter, ISO week or a single date, with the year.
import { useTranslation } from 'react-i18next';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import type { PeriodDraft, PeriodKind } from './periodForm';

const KINDS = ['month', 'quarter', 'week', 'date'] as const satisfies readonly PeriodKind[];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const QUARTERS = [1, 2, 3, 4] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function PeriodFields({ value, onChange, dateInvalid }: { value: PeriodDraft; onChange(next: PeriodDraft): void; dateInvalid: boolean }) {
  const { t } = useTranslation();
  const set = (changes: Partial<PeriodDraft>) => onChange({ ...value, ...changes });
  const year = (
    <Field label={t('packets.period.year')} className="period-fields__year">
      {(control) => (
        <input {...control} className="input" type="number" min={1990} max={2200} value={value.year} onChange={(event) => set({ year: Number(event.target.value) || value.year })} />
      )}
    </Field>
  );
  return (
    <div className="period-fields">
      <Field label={t('packets.period.kind')}>
        {(control) => (
          <select {...control} className="select" value={value.kind} onChange={(event) => set({ kind: KINDS.find((k) => k === event.target.value) ?? value.kind })}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`packets.period.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {value.kind === 'month' ? (
        <>
          <Field label={t('packets.period.month')}>
            {(control) => (
              <select {...control} className="select" value={value.month} onChange={(event) => set({ month: Number(event.target.value) })}>
                {MONTHS.map((month) => (
                  <option key={month} value={month}>
                    {t('packets.period.monthOption', { month })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {year}
        </>
      ) : null}
      {value.kind === 'quarter' ? (
        <>
          <Field label={t('packets.period.quarter')}>
            {(control) => (
              <select {...control} className="select" value={value.quarter} onChange={(event) => set({ quarter: Number(event.target.value) })}>
                {QUARTERS.map((quarter) => (
                  <option key={quarter} value={quarter}>
                    {t('packets.period.quarterOption', { quarter: ROMAN[quarter - 1] })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {year}
        </>
      ) : null}
      {value.kind === 'week' ? (
        <>
          <Field label={t('packets.period.week')}>
            {(control) => <input {...control} className="input" type="number" min={1} max={53} value={value.week} onChange={(event) => set({ week: Number(event.target.value) || value.week })} />}
          </Field>
          {year}
        </>
      ) : null}
      {value.kind === 'date' ? (
        <Field label={t('packets.period.date')} error={dateInvalid ? t('packets.period.dateInvalid') : undefined}>
          {(control) => <DateInput {...control} value={value.date} onChange={(date) => set({ date })} />}
        </Field>
      ) : null}
    </div>
  );
}
