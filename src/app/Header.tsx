import type { Finding } from '@/domain/scoring/finding';
import { LANGUAGES, type Language } from '@/domain/dataset/vocabulary';
import { useI18n } from '@/i18n/I18nProvider';
import { THEME_PREFERENCES, useTheme } from '@/theme/ThemeProvider';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', vi: 'Tiếng Việt' };

export interface HeaderProps {
  onLanguageChange: (lang: Language) => void;
  /** What the data on screen shows: the headline and introduction say it. */
  finding: Finding;
}

/** The page's name, its switches, and a headline that states the finding. */
export function Header({ onLanguageChange, finding }: HeaderProps) {
  const { t, lang } = useI18n();
  const { preference, setPreference } = useTheme();
  const headline = t.headline(finding);
  return (
    <header className="site-header">
      <div className="site-header__top">
        <p className="site-header__kicker">{t.appKicker}</p>
        <div className="site-header__switches">
          <div className="theme-switch" role="group" aria-label={t.themeSwitch}>
            {THEME_PREFERENCES.map((option) => (
              <button
                key={option}
                type="button"
                value={option}
                aria-pressed={option === preference}
                onClick={() => setPreference(option)}
              >
                {t.themeOption[option]}
              </button>
            ))}
          </div>
          <div className="language-switch" role="group" aria-label={t.languageSwitch}>
            {LANGUAGES.map((code) => (
              <button
                key={code}
                type="button"
                lang={code}
                aria-pressed={code === lang}
                onClick={() => onLanguageChange(code)}
              >
                {LANGUAGE_NAMES[code]}
              </button>
            ))}
          </div>
        </div>
      </div>
      <h1 className="site-header__title">{headline.title}</h1>
      <p className="site-header__intro">{headline.intro}</p>
    </header>
  );
}
