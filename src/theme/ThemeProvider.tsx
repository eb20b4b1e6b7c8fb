import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

export const THEME_PREFERENCES = ['auto', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

interface ThemeValue {
  preference: ThemePreference;
  /** What is drawn: the preference, or the system's colour scheme for "auto". */
  theme: Theme;
  setPreference: (preference: ThemePreference) => void;
}

const ThemeContext = createContext<ThemeValue | null>(null);

function readPreference(): ThemePreference {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return (THEME_PREFERENCES as readonly string[]).includes(stored ?? '')
      ? (stored as ThemePreference)
      : 'auto';
  } catch {
    return 'auto';
  }
}

function subscribeToSystemScheme(onChange: () => void) {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const systemPrefersDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

export interface ThemeProviderProps {
  children: ReactNode;
  /**
   * A preference set by the page, neither read from storage nor kept there: an embed's, from
   * its URL (an embed has no storage of its own in a sandboxed frame, and takes none).
   */
  fixed?: ThemePreference;
}

/** Light or dark, following `prefers-color-scheme` unless the reader chose one (kept in storage). */
export function ThemeProvider({ children, fixed }: ThemeProviderProps) {
  const [preference, setPreference] = useState<ThemePreference>(() => fixed ?? readPreference());
  const systemDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDark, () => false);
  const theme: Theme = preference === 'auto' ? (systemDark ? 'dark' : 'light') : preference;

  useEffect(
    function applyTheme() {
      document.documentElement.dataset.theme = theme;
      document.documentElement.style.colorScheme = theme;
      // public/theme.js marked the stored choice for the static header; the header is React's now.
      delete document.documentElement.dataset.storedTheme;
      if (fixed !== undefined) return;
      try {
        if (preference === 'auto') window.localStorage.removeItem(STORAGE_KEY);
        else window.localStorage.setItem(STORAGE_KEY, preference);
      } catch {
        // Storage refused: the choice lasts for this visit.
      }
    },
    [theme, preference, fixed],
  );

  const value = useMemo(() => ({ preference, theme, setPreference }), [preference, theme]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeValue {
  const value = useContext(ThemeContext);
  if (!value) throw new Error('useTheme must be used inside <ThemeProvider>');
  return value;
}

/** Country fills and borders of the basemap, drawn on canvas where CSS variables cannot reach. */
export const BASEMAP_COLORS: Record<Theme, { fillColor: string; color: string }> = {
  light: { fillColor: '#dcd8cf', color: '#ffffff' },
  dark: { fillColor: '#2c3443', color: '#12161f' },
};
