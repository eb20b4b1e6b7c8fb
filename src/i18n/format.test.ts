import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatNumber, formatSigned } from './format';

describe('formatDate', () => {
  it('writes a day in each language', () => {
    expect(formatDate('2022-01-21', 'day', 'en')).toBe('21 January 2022');
    expect(formatDate('2022-01-21', 'day', 'vi')).toMatch(/21.*1.*2022/);
  });
  it('writes only the month for month precision', () => {
    expect(formatDate('2025-08-01', 'month', 'en')).toBe('August 2025');
    expect(formatDate('2025-08-01', 'month', 'en')).not.toMatch(/\b1\b/);
  });
  it('writes only the year for year precision, in both languages', () => {
    expect(formatDate('2025-01-01', 'year', 'en')).toBe('2025');
    expect(formatDate('2025-01-01', 'year', 'vi')).toMatch(/^(năm )?2025$/);
  });
});

describe('numbers', () => {
  it('uses the language’s decimal separator', () => {
    expect(formatNumber(4.5, 'en')).toBe('4.5');
    expect(formatNumber(4.5, 'vi')).toBe('4,5');
  });
  it('signs weights', () => {
    expect(formatSigned(4, 'en')).toBe('+4.0');
    expect(formatSigned(-5, 'en')).toMatch(/^[-−]5\.0$/);
  });
});

describe('counts', () => {
  it('groups thousands the language’s way, with no decimals', () => {
    expect(formatCount(100000, 'en')).toBe('100,000');
    expect(formatCount(100000, 'vi')).toBe('100.000');
    expect(formatCount(7, 'en')).toBe('7');
  });
  it('keeps the formatters apart: a count after a tension still has no decimals', () => {
    expect(formatNumber(4, 'en')).toBe('4.0');
    expect(formatCount(4, 'en')).toBe('4');
    expect(formatSigned(4, 'en')).toBe('+4.0');
    expect(formatNumber(4, 'en')).toBe('4.0');
  });
});
