/**
 * CAMEO codes and actor codes in the reader's language. English names are GDELT's (domain/cameo);
 * Vietnamese names are ours, one for every code of the codebook, in its order; "not specified
 * below" is ", không xác định cụ thể". A code outside the codebook (a dataset may use one) is named
 * by its category: "Yêu cầu (mã 1057)"; a code of no known category has no name.
 */
import { cameoRoot, describeCameo } from '@/domain/scoring/cameo';
import type { Language } from '@/domain/dataset/vocabulary';
import { VERBAL_COOPERATION_VI } from './cameoNamesVerbalCooperation';
import { MATERIAL_COOPERATION_VI } from './cameoNamesMaterialCooperation';
import { VERBAL_CONFLICT_VI } from './cameoNamesVerbalConflict';
import { MATERIAL_CONFLICT_VI } from './cameoNamesMaterialConflict';

const CAMEO_VI: Readonly<Record<string, string>> = {
  ...VERBAL_COOPERATION_VI,
  ...MATERIAL_COOPERATION_VI,
  ...VERBAL_CONFLICT_VI,
  ...MATERIAL_CONFLICT_VI,
};

/**
 * cameoName('1056', 'vi') → "Yêu cầu giảm leo thang quân sự"; a code outside the codebook in a
 * known category → "Yêu cầu (mã 1057)" in Vietnamese, "" in English; a code of no category → ""
 */
export function cameoName(code: string, lang: Language): string {
  if (lang === 'en') return describeCameo(code)?.name ?? '';
  const own = CAMEO_VI[code];
  if (own) return own;
  const category = CAMEO_VI[cameoRoot(code)];
  return category ? `${category} (mã ${code})` : '';
}
