// Calendar arithmetic: clamped months, ISO weeks across year ends, leap years, local dates of stored timestamps.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isoWeekOf, isoWeekStart, isoWeekday, isoWeeksInYear, localDateOf, numericVietnameseDate, parseIsoDate } from '../../../shared/library/calendar.js';

describe('calendar', () => {
  it.each([
    ['2023-12-11', 90, '2024-03-10'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-01-01', -1, '2023-12-31'],
  ])('addDays(%s, %i) = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
    expect(daysBetween(from, expected)).toBe(days);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-03-31', 1, '2023-04-30'],
    ['2023-12-15', 1, '2024-01-15'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2024-03-31', -1, '2024-02-29'],
  ])('addMonths(%s, %i) = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it.each([
    ['2025-12-29', { year: 2026, week: 1 }, 1],
    ['2021-01-03', { year: 2020, week: 53 }, 7],
    ['2023-12-07', { year: 2023, week: 49 }, 4],
    ['2026-12-31', { year: 2026, week: 53 }, 4],
  ])('isoWeekOf(%s)', (date, week, weekday) => {
    expect(isoWeekOf(date)).toEqual(week);
    expect(isoWeekday(date)).toBe(weekday);
    expect(isoWeekStart(week.year, week.week) <= date).toBe(true);
    expect(addDays(isoWeekStart(week.year, week.week), 6) >= date).toBe(true);
  });

  it('counts 52 and 53 week years', () => {
    expect([2020, 2021, 2023, 2026].map(isoWeeksInYear)).toEqual([53, 52, 52, 53]);
  });

  it('refuses dates that do not exist and reads the local date of a timestamp', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('15/12/2023')).toBeNull();
    expect(localDateOf('2023-12-31T23:30:00+07:00')).toBe('2023-12-31');
    expect(() => localDateOf('garbage')).toThrow(RangeError);
    expect(numericVietnameseDate('2023-02-07')).toBe('07/02/2023');
  });
});
