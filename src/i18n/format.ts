/** Dates and numbers in the reader's language, through Intl. */
import type { DatePrecision, Language } from '@/domain/dataset/vocabulary';

const LOCALES: Record<Language, string> = { en: 'en-GB', vi: 'vi-VN' };

/** What each precision shows: a year-precision date is the year alone, never "1 January". */
const DATE_OPTIONS: Record<DatePrecision | 'short', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
  short: { month: 'short', year: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(lang: Language, precision: DatePrecision | 'short'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options = DATE_OPTIONS[precision];
    formatter = new Intl.DateTimeFormat(LOCALES[lang], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * formatDate("2022-01-21", "day", "en") → "21 January 2022"; month precision → "August 2025";
 * year precision → "2025"
 */
export function formatDate(iso: string, precision: DatePrecision, lang: Language): string {
  return dateFormatter(lang, precision).format(Date.parse(`${iso}T00:00:00Z`));
}

/** Axis tick: day number → "Jan 2022" / "thg 1, 2022" */
export function formatAxisDate(day: number, lang: Language): string {
  return dateFormatter(lang, 'short').format(day * 86_400_000);
}

/** formatNumber(4.5, "vi") → "4,5"; formatNumber(0.275, "en", 1, 2) → "0.28" */
export function formatNumber(
  value: number,
  lang: Language,
  fractionDigits = 1,
  maxFractionDigits = fractionDigits,
): string {
  return numberFormatter(lang, fractionDigits, maxFractionDigits, 'auto').format(value);
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to make (tens of microseconds each): one per kind, kept. */
function numberFormatter(
  lang: Language,
  minFractionDigits: number,
  maxFractionDigits: number,
  signDisplay: 'auto' | 'exceptZero',
): Intl.NumberFormat {
  const key = `${lang}:${minFractionDigits}:${maxFractionDigits}:${signDisplay}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: minFractionDigits,
      maximumFractionDigits: maxFractionDigits,
      signDisplay,
    });
    numberFormatters.set(key, formatter);
  }
  return formatter;
}

/** Whole numbers written the language's way: 100,000 / 100.000. */
export function formatCount(value: number, lang: Language): string {
  return numberFormatter(lang, 0, 0, 'auto').format(value);
}

/** Signed, for Goldstein weights: "+4.0", "−5.0" */
export function formatSigned(value: number, lang: Language): string {
  return numberFormatter(lang, 1, 1, 'exceptZero').format(value);
}
