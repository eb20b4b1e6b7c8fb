/**
 * The header's words in both languages: apart from the other messages because vite.config.ts
 * reads them (through staticShell.ts) to write the header into index.html, and what it reads
 * must import nothing but the headline's wording, which imports nothing either.
 */
import { headlineEn, headlineVi } from './headline.ts';

export const HEADER_TEXT = {
  en: {
    appTitle: 'US–Russia diplomacy over Ukraine, 2021–2025',
    /** Over the headline: short enough for one line on a phone, in any font. */
    appKicker: 'US–Russia diplomacy, 2021–2025',
    languageSwitch: 'Language',
    themeSwitch: 'Colours',
    themeOption: { auto: 'Auto', light: 'Light', dark: 'Dark' },
    skipToContent: 'Skip to the dashboard',
    /** The headline and introduction, from what the data shows. */
    headline: headlineEn,
  },
  vi: {
    appTitle: 'Ngoại giao Mỹ – Nga quanh cuộc chiến Ukraine, 2021–2025',
    appKicker: 'Ngoại giao Mỹ – Nga, 2021–2025',
    languageSwitch: 'Ngôn ngữ',
    themeSwitch: 'Màu nền',
    themeOption: { auto: 'Tự động', light: 'Sáng', dark: 'Tối' },
    skipToContent: 'Chuyển đến bảng tin',
    headline: headlineVi,
  },
};
