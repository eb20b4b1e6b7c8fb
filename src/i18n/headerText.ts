/**
 * The header's words in both languages: apart from the other messages because vite.config.ts
 * reads them (through staticShell.ts) to write the header into index.html, and what it reads
 * must import nothing.
 */
export const HEADER_TEXT = {
  en: {
    appTitle: 'US–Russia diplomacy over Ukraine, 2021–2025',
    appKicker: 'Data journalism · Five Vietnamese news reports',
    intro:
      'Between December 2021 and October 2025 the top diplomats and leaders of the United States and Russia met, phoned and traded warnings over Ukraine: from Stockholm and Geneva before the invasion, to a walk-and-talk of under ten minutes in New Delhi, a summit in Alaska, and a summit in Budapest that was planned but, when the articles end, had not taken place. This dashboard follows that record as five Vietnamese news articles told it.',
    languageSwitch: 'Language',
    themeSwitch: 'Colours',
    themeOption: { auto: 'Auto', light: 'Light', dark: 'Dark' },
    skipToContent: 'Skip to the dashboard',
  },
  vi: {
    appTitle: 'Ngoại giao Mỹ – Nga quanh cuộc chiến Ukraine, 2021–2025',
    appKicker: 'Báo chí dữ liệu · Năm bài báo tiếng Việt',
    intro:
      'Từ tháng 12/2021 đến tháng 10/2025, các nhà ngoại giao và lãnh đạo cao nhất của Mỹ và Nga đã gặp nhau, điện đàm và đưa ra cảnh báo về Ukraine: từ Stockholm và Geneva trước chiến sự, đến cuộc “vừa đi vừa nói chuyện” chưa đầy mười phút ở New Delhi, hội nghị thượng đỉnh tại Alaska, và thượng đỉnh Budapest được dự kiến nhưng đến khi các bài báo kết thúc vẫn chưa diễn ra. Bảng tin này theo dõi diễn biến đó qua năm bài báo tiếng Việt.',
    languageSwitch: 'Ngôn ngữ',
    themeSwitch: 'Màu nền',
    themeOption: { auto: 'Tự động', light: 'Sáng', dark: 'Tối' },
    skipToContent: 'Chuyển đến bảng tin',
  },
};
