// vi-VN date formatting (numeric and the administrative "ngày 07 tháng 12 năm 2023" style) and day-first date parsing.
import { describe, expect, it } from 'vitest';
import { documentDateValues, formatDate, formatNumber, isoToUserDate, parseUserDate } from '../../../renderer/src/i18n/format';

describe('formatDate', () => {
  it('writes dates the vi-VN way, day first with two digits', () => {
    expect(formatDate('2023-12-07', 'vi')).toBe('07/12/2023');
    expect(formatDate('2017-02-09', 'en')).toBe('09/02/2017');
  });

  it('gives an empty string for null or a date that does not exist', () => {
    expect(formatDate(null, 'vi')).toBe('');
    expect(formatDate('2023-02-31', 'vi')).toBe('');
  });
});

describe('documentDateValues', () => {
  it('pads days below 10 and months 1 and 2 only (Decree 30/2020)', () => {
    expect(documentDateValues('2023-12-07', 'vi')).toMatchObject({ dd: '07', mm: '12', yyyy: '2023' });
    expect(documentDateValues('2017-02-09', 'vi')).toMatchObject({ dd: '09', mm: '02' });
    expect(documentDateValues('2016-04-05', 'vi')).toMatchObject({ dd: '05', mm: '4' });
    expect(documentDateValues('2023-06-15', 'en')).toMatchObject({ d: '15', monthName: 'June' });
  });
});

describe('parseUserDate', () => {
  it('reads day-first dates with /, - or . and ISO dates', () => {
    expect(parseUserDate('15/6/2023')).toEqual({ kind: 'date', iso: '2023-06-15' });
    expect(parseUserDate(' 09-02-2017 ')).toEqual({ kind: 'date', iso: '2017-02-09' });
    expect(parseUserDate('1.1.2024')).toEqual({ kind: 'date', iso: '2024-01-01' });
    expect(parseUserDate('2022-09-14')).toEqual({ kind: 'date', iso: '2022-09-14' });
  });

  it('refuses impossible dates and other text, and reports an empty field as empty', () => {
    expect(parseUserDate('31/02/2023')).toEqual({ kind: 'invalid' });
    expect(parseUserDate('6/15/2023')).toEqual({ kind: 'invalid' });
    expect(parseUserDate('hôm qua')).toEqual({ kind: 'invalid' });
    expect(parseUserDate('   ')).toEqual({ kind: 'empty' });
  });

  it('round-trips through the field display form', () => {
    expect(isoToUserDate('2023-06-15')).toBe('15/06/2023');
    expect(parseUserDate(isoToUserDate('2023-06-15'))).toEqual({ kind: 'date', iso: '2023-06-15' });
  });
});

describe('formatNumber', () => {
  it('groups thousands the Vietnamese way', () => {
    expect(formatNumber(2000, 'vi')).toBe('2.000');
    expect(formatNumber(2000, 'en')).toBe('2,000');
  });
});
