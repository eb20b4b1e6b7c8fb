import { LANGUAGES, type Language } from '@/domain/vocabulary';
import { TENSION_BANDS, TENSION_COLORS } from '@/domain/tension';
import { useI18n } from '@/i18n/I18nProvider';
import { THEME_PREFERENCES, useTheme } from '@/theme/ThemeProvider';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', vi: 'Tiếng Việt' };

export function Header({ onLanguageChange }: { onLanguageChange: (lang: Language) => void }) {
  const { t, lang } = useI18n();
  const { preference, setPreference } = useTheme();
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
      <h1 className="site-header__title">{t.appTitle}</h1>
      <p className="site-header__intro">{t.intro}</p>
      <div className="site-header__scale">
        <p>{t.tensionExplainer}</p>
        <ol className="scale-bar" aria-label={t.tensionScale}>
          {TENSION_BANDS.map((band, i) => (
            <li key={band.key}>
              <span className="scale-bar__swatch" style={{ background: TENSION_COLORS[i] }} />
              {band.min}–{band.max} {t.tensionBand[band.key]}
            </li>
          ))}
        </ol>
      </div>
    </header>
  );
}
