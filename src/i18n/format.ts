/** Dates and numbers in the reader's language, through Intl. */
import type { DatePrecision, Language } from '@/domain/schema';

const LOCALES: Record<Language, string> = { en: 'en-GB', vi: 'vi-VN' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(lang: Language, precision: DatePrecision | 'short'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
          : { month: 'short', year: 'numeric', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(LOCALES[lang], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** formatDate("2022-01-21", "day", "en") → "21 January 2022"; month precision → "August 2025" */
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
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: maxFractionDigits,
  }).format(value);
}

/** Signed, for Goldstein weights: "+4.0", "−5.0" */
export function formatSigned(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);
}
