/**
 * CAMEO event codes with GDELT's names (CAMEO.eventcodes.txt) and Goldstein weights
 * (CAMEO.goldsteinscale.txt): every code of the CAMEO 1.1b3 codebook, the two-digit roots
 * included. A dataset may use other codes; where it uses one of these, its weight must be
 * GDELT's, so that the same act always weighs the same.
 */
import { VERBAL_COOPERATION } from './cameoVerbalCooperation';
import { MATERIAL_COOPERATION } from './cameoMaterialCooperation';
import { VERBAL_CONFLICT } from './cameoVerbalConflict';
import { MATERIAL_CONFLICT } from './cameoMaterialConflict';

export interface CameoCode {
  name: string;
  goldstein: number;
}

/**
 * [code, name, Goldstein weight], as GDELT publishes them, in the codebook's order: one file per
 * usual quad class of the twenty roots (verbal and material cooperation and conflict).
 */
const TABLE: readonly (readonly [string, string, number])[] = [
  ...VERBAL_COOPERATION,
  ...MATERIAL_COOPERATION,
  ...VERBAL_CONFLICT,
  ...MATERIAL_CONFLICT,
];

const BY_CODE = new Map(TABLE.map(([code, name, goldstein]) => [code, { name, goldstein }]));

export function describeCameo(code: string): CameoCode | undefined {
  return BY_CODE.get(code);
}

export { cameoRoot } from './cameoRoot';

/** Every code in the table, in the codebook's order. */
export const CAMEO_CODES: readonly string[] = TABLE.map(([code]) => code);
