import { describe, expect, it } from 'vitest';
import { CAMEO_CODES, cameoRoot, describeCameo } from './cameo';
import { MATERIAL_CONFLICT } from './cameoMaterialConflict';
import { MATERIAL_COOPERATION } from './cameoMaterialCooperation';
import { VERBAL_CONFLICT } from './cameoVerbalConflict';
import { VERBAL_COOPERATION } from './cameoVerbalCooperation';

/** GDELT's quad classes: which two-digit roots each holds. */
const QUAD_CLASSES = [
  ['verbal cooperation', VERBAL_COOPERATION, ['01', '02', '03', '04', '05']],
  ['material cooperation', MATERIAL_COOPERATION, ['06', '07', '08', '09']],
  ['verbal conflict', VERBAL_CONFLICT, ['10', '11', '12', '13']],
  ['material conflict', MATERIAL_CONFLICT, ['14', '15', '16', '17', '18', '19', '20']],
] as const;

describe('the CAMEO codebook', () => {
  it('holds all 311 codes of CAMEO 1.1b3, each once', () => {
    expect(CAMEO_CODES).toHaveLength(311);
    expect(new Set(CAMEO_CODES).size).toBe(311);
  });

  it.each(QUAD_CLASSES)(
    'files the %s codes under their roots, each root first',
    (_, rows, roots) => {
      expect([...new Set(rows.map(([code]) => cameoRoot(code)))]).toEqual(roots);
      for (const root of roots) {
        const first = rows.findIndex(([code]) => cameoRoot(code) === root);
        expect(rows[first]?.[0]).toBe(root);
      }
    },
  );

  it('describes a code by GDELT’s name and weight, and no code outside the codebook', () => {
    expect(describeCameo('036')).toEqual({
      name: 'Express intent to meet or negotiate',
      goldstein: 4,
    });
    expect(describeCameo('1056')).toEqual({
      name: 'Demand de-escalation of military engagement',
      goldstein: -5,
    });
    expect(describeCameo('1057')).toBeUndefined();
  });
});
