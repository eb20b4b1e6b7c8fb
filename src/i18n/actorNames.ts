/**
 * Actors and countries by name, in either language: small tables and Intl, none of the page's
 * messages or the CAMEO codebook, so that the first screen (the facets, the method text) can name
 * them without fetching either.
 */
import { alpha3ToIso } from '@/domain/import/countryCodes';
import type { ActorCode } from '@/domain/dataset/schema';
import type { Language } from '@/domain/dataset/vocabulary';

const ACTOR_NAMES: Readonly<Record<string, Record<Language, string>>> = {
  USA: { en: 'United States', vi: 'Mỹ' },
  RUS: { en: 'Russia', vi: 'Nga' },
  UKR: { en: 'Ukraine', vi: 'Ukraine' },
  NATO: { en: 'NATO', vi: 'NATO' },
  WST: { en: 'the West', vi: 'phương Tây' },
  G20: { en: 'the G20', vi: 'G20' },
  DEU: { en: 'Germany', vi: 'Đức' },
  FRA: { en: 'France', vi: 'Pháp' },
};

/** actorName('RUS', 'vi') → "Nga"; a code it does not know stays a code; null is "no one named". */
export function actorName(code: ActorCode | null, lang: Language): string {
  if (code === null) return lang === 'vi' ? 'không nêu tên' : 'no one named';
  return ACTOR_NAMES[code]?.[lang] ?? code;
}

const regionNames = new Map<Language, Intl.DisplayNames>();

/** "RU" → "Russia" / "Nga" */
export function countryName(iso: string, lang: Language): string | null {
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    regionNames.set(lang, names);
  }
  return names.of(iso) ?? null;
}

/**
 * A CAMEO actor code as a facet names it: "USA" → "United States" / "Mỹ"; a country by Intl's
 * name; anything else (a region, "NATO") by its code.
 */
export function actorCountryLabel(code: string, lang: Language): string {
  const known = actorName(code, lang);
  if (known !== code) return known;
  const iso = alpha3ToIso(code);
  return (iso === null ? null : countryName(iso, lang)) ?? code;
}
