/*
 * The reader's stored colour choice, applied before the page is first painted, so that a page
 * chosen dark never flashes light (and the other way round). A file of its own, not an inline
 * script, which the Content-Security-Policy forbids; small, as it holds the first paint back.
 * The "auto" case needs nothing here: CSS follows the system by itself (`color-scheme: light dark`
 * and light-dark() in src/styles/tokens.css).
 *
 * It also marks the choice for the static header (index.html), whose buttons say "Auto" until
 * the app runs: the CSS presses the stored one meanwhile, and the buttons' aria-pressed follow
 * once the header is parsed. ThemeProvider.tsx takes over from here (same storage key).
 *
 * It is the embed's too (embed.html): there the choice comes from the URL instead.
 */
(function applyStoredTheme() {
  let choice = null;
  if (document.documentElement.hasAttribute('data-embed')) {
    // An embed (embed.html) takes its colours from its URL, `?theme=dark`, else from the system;
    // it never reads the reader's storage, which a sandboxed frame does not have.
    choice = new URLSearchParams(window.location.search).get('theme');
  } else {
    try {
      choice = window.localStorage.getItem('theme');
    } catch {
      return; // Storage refused: the system's scheme applies.
    }
  }
  if (choice !== 'light' && choice !== 'dark') return;
  const root = document.documentElement;
  root.setAttribute('data-theme', choice);
  root.setAttribute('data-stored-theme', choice);
  root.style.colorScheme = choice;
  document.addEventListener('DOMContentLoaded', function pressStoredChoice() {
    for (const button of document.querySelectorAll('.theme-switch button[value]')) {
      button.setAttribute('aria-pressed', String(button.value === choice));
    }
  });
})();
