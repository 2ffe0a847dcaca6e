// Periods: Vietnamese and English labels, the period variable's value, the next period across year ends, ranges and date shifts.
import { describe, expect, it } from 'vitest';
import type { Period } from '../../../shared/model/packet.js';
import { nextPeriod, periodContaining, periodLabel, periodRange, periodVariableValue, samePeriod, shiftDate } from '../../../shared/packets/periods.js';

describe('periods', () => {
  it.each<[Period, string, string, string]>([
    [{ kind: 'month', year: 2023, month: 12 }, 'tháng 12/2023', 'December 2023', '12/2023'],
    [{ kind: 'month', year: 2024, month: 1 }, 'tháng 01/2024', 'January 2024', '01/2024'],
    [{ kind: 'month', year: 2024, month: 3 }, 'tháng 3/2024', 'March 2024', '3/2024'],
    [{ kind: 'quarter', year: 2023, quarter: 4 }, 'quý IV/2023', 'Q4 2023', 'IV/2023'],
    [{ kind: 'week', year: 2026, week: 5 }, 'tuần 5/2026', 'week 5 of 2026', '5/2026'],
    [{ kind: 'date', date: '2023-12-07' }, 'ngày 07/12/2023', '7 December 2023', '07/12/2023'],
  ])('%j reads "%s" / "%s", value "%s"', (period, vi, en, value) => {
    expect(periodLabel(period, 'vi')).toBe(vi);
    expect(periodLabel(period, 'en')).toBe(en);
    expect(periodVariableValue(period)).toBe(value);
  });

  it.each<[Period, Parameters<typeof nextPeriod>[1], Period]>([
    [{ kind: 'month', year: 2023, month: 11 }, null, { kind: 'month', year: 2023, month: 12 }],
    [{ kind: 'month', year: 2023, month: 12 }, null, { kind: 'month', year: 2024, month: 1 }],
    [{ kind: 'quarter', year: 2023, quarter: 4 }, null, { kind: 'quarter', year: 2024, quarter: 1 }],
    [{ kind: 'week', year: 2020, week: 53 }, null, { kind: 'week', year: 2021, week: 1 }],
    [{ kind: 'week', year: 2021, week: 52 }, null, { kind: 'week', year: 2022, week: 1 }],
    [{ kind: 'week', year: 2026, week: 52 }, null, { kind: 'week', year: 2026, week: 53 }],
    [{ kind: 'date', date: '2023-12-28' }, 'weekly', { kind: 'date', date: '2024-01-04' }],
    [{ kind: 'date', date: '2024-01-31' }, 'monthly', { kind: 'date', date: '2024-02-29' }],
    [{ kind: 'date', date: '2023-11-30' }, 'quarterly', { kind: 'date', date: '2024-02-29' }],
    [{ kind: 'date', date: '2023-12-07' }, 'ad_hoc', { kind: 'date', date: '2023-12-14' }],
  ])('after %j (%s) comes %j', (period, rhythm, expected) => {
    expect(nextPeriod(period, rhythm)).toEqual(expected);
  });

  it.each<[Period, string, string]>([
    [{ kind: 'month', year: 2024, month: 2 }, '2024-02-01', '2024-02-29'],
    [{ kind: 'quarter', year: 2023, quarter: 3 }, '2023-07-01', '2023-09-30'],
    [{ kind: 'week', year: 2026, week: 1 }, '2025-12-29', '2026-01-04'],
    [{ kind: 'date', date: '2023-12-07' }, '2023-12-07', '2023-12-07'],
  ])('%j runs from %s to %s', (period, start, end) => {
    expect(periodRange(period)).toEqual({ start, end });
    expect(samePeriod(periodContaining(end, period.kind), period)).toBe(true);
  });

  it('moves a date to the same place in the next period', () => {
    expect(shiftDate('2023-12-15', { kind: 'month', year: 2023, month: 12 }, { kind: 'month', year: 2024, month: 1 })).toBe('2024-01-15');
    expect(shiftDate('2024-01-31', { kind: 'month', year: 2024, month: 1 }, { kind: 'month', year: 2024, month: 2 })).toBe('2024-02-29');
    expect(shiftDate('2023-12-20', { kind: 'quarter', year: 2023, quarter: 4 }, { kind: 'quarter', year: 2024, quarter: 1 })).toBe('2024-03-20');
    expect(shiftDate('2023-12-28', { kind: 'week', year: 2023, week: 52 }, { kind: 'week', year: 2024, week: 1 })).toBe('2024-01-04');
    expect(shiftDate('2023-12-07', { kind: 'date', date: '2023-12-07' }, { kind: 'date', date: '2023-12-21' })).toBe('2023-12-21');
  });

  it('tells periods of different kinds apart', () => {
    expect(samePeriod({ kind: 'month', year: 2023, month: 12 }, { kind: 'week', year: 2023, week: 12 })).toBe(false);
  });
});
