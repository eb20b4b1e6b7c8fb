/** What the headline's two languages share (headline.ts): its shape and number helpers. */

export interface Headline {
  title: string;
  intro: string;
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Digits grouped the language's way, for counts past ten: 1,250 / 1.250. */
export const grouped = (n: number, separator: string) =>
  String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** A value as the page writes it, to one decimal: 3.6 / 3,6; 5.0 / 5,0. */
export const score = (x: number, lang: 'en' | 'vi') => {
  const rounded = (Math.round(x * 10 + 1e-9) / 10).toFixed(1);
  return lang === 'vi' ? rounded.replace('.', ',') : rounded;
};
