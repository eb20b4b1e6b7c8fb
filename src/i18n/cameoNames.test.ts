import { describe, expect, it } from 'vitest';
import { CAMEO_CODES, cameoRoot, describeCameo } from '@/domain/scoring/cameo';
import { MATERIAL_CONFLICT } from '@/domain/scoring/cameoMaterialConflict';
import { MATERIAL_COOPERATION } from '@/domain/scoring/cameoMaterialCooperation';
import { VERBAL_CONFLICT } from '@/domain/scoring/cameoVerbalConflict';
import { VERBAL_COOPERATION } from '@/domain/scoring/cameoVerbalCooperation';
import { cameoName } from './cameoNames';
import { vi } from './messagesVi';
import { MATERIAL_CONFLICT_VI } from './cameoNamesMaterialConflict';
import { MATERIAL_COOPERATION_VI } from './cameoNamesMaterialCooperation';
import { VERBAL_CONFLICT_VI } from './cameoNamesVerbalConflict';
import { VERBAL_COOPERATION_VI } from './cameoNamesVerbalCooperation';

/** Vietnamese names that may equal the English ones: proper names only (none so far). */
const PROPER_NAMES: ReadonlySet<string> = new Set<string>();

const FALLBACK = /\(mã \d+\)$/;

describe('cameoName in Vietnamese', () => {
  it.each(CAMEO_CODES)('names %s itself, not by its category', (code) => {
    const vi = cameoName(code, 'vi');
    expect(vi, code).not.toBe('');
    expect(vi, code).not.toMatch(FALLBACK);
    expect(vi, code).toBe(vi.trim());
    expect(vi, code).not.toMatch(/\s{2}/);
  });

  it('never leaves a name in English, unless it is a proper name', () => {
    for (const code of CAMEO_CODES) {
      const vi = cameoName(code, 'vi');
      if (PROPER_NAMES.has(vi)) continue;
      expect(vi.toLowerCase(), code).not.toBe(cameoName(code, 'en').toLowerCase());
    }
  });

  it('gives different codes different names', () => {
    const names = CAMEO_CODES.map((code) => cameoName(code, 'vi'));
    expect(new Set(names).size).toBe(CAMEO_CODES.length);
  });

  it('writes "not specified below" the same way everywhere', () => {
    for (const code of CAMEO_CODES) {
      const unspecified = describeCameo(code)!.name.endsWith(', not specified below');
      expect(cameoName(code, 'vi').endsWith(', không xác định cụ thể'), code).toBe(unspecified);
    }
  });

  it('names a code outside the codebook by its category', () => {
    expect(describeCameo('1057')).toBeUndefined();
    expect(cameoName('1057', 'vi')).toBe(`${cameoName('10', 'vi')} (mã 1057)`);
    expect(cameoName('1057', 'vi')).toBe('Yêu cầu (mã 1057)');
    expect(cameoName('0999', 'vi')).toBe('Điều tra (mã 0999)');
  });

  it('gives no name to a code of no known category', () => {
    expect(cameoName('21', 'vi')).toBe('');
    expect(cameoName('2101', 'vi')).toBe('');
    expect(cameoName('00', 'vi')).toBe('');
  });
});

describe('cameoName in English', () => {
  it('takes every name from the domain table', () => {
    for (const code of CAMEO_CODES) {
      const name = describeCameo(code)?.name;
      expect(name, code).toBeTruthy();
      expect(cameoName(code, 'en'), code).toBe(name);
    }
  });

  it('gives no name to a code outside the codebook', () => {
    expect(cameoName('1057', 'en')).toBe('');
    expect(cameoName('2101', 'en')).toBe('');
  });

  it('covers the whole codebook, roots included', () => {
    expect(CAMEO_CODES).toHaveLength(311);
    expect(CAMEO_CODES.filter((code) => code.length === 2)).toHaveLength(20);
    expect(new Set(CAMEO_CODES.map(cameoRoot)).size).toBe(20);
  });
});

describe('the Vietnamese tables', () => {
  it.each([
    ['verbal cooperation', VERBAL_COOPERATION, VERBAL_COOPERATION_VI],
    ['material cooperation', MATERIAL_COOPERATION, MATERIAL_COOPERATION_VI],
    ['verbal conflict', VERBAL_CONFLICT, VERBAL_CONFLICT_VI],
    ['material conflict', MATERIAL_CONFLICT, MATERIAL_CONFLICT_VI],
  ] as const)('name the %s codes, and only those', (_, rows, names) => {
    // Sorted: an object lists keys such as "10" and "100" in number order, ahead of the rest.
    expect(Object.keys(names).sort()).toEqual(rows.map(([code]) => code).sort());
  });
});

describe('problems that name an act', () => {
  it('name it in Vietnamese in a Vietnamese sentence', () => {
    const sentence = vi.problem['goldstein-mismatch']({
      cameo: '1056',
      name: 'Demand de-escalation of military engagement',
      expected: -5,
      got: -2.8,
    });
    expect(sentence).toContain('(Yêu cầu giảm leo thang quân sự)');
    expect(sentence).not.toContain('Demand');
  });
});
