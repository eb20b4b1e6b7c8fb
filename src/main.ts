/**
 * The entry: styles and a few lines. The page's header is already in index.html (see
 * staticShell.ts), so the browser paints it as soon as this CSS arrives; the app itself is a
 * separate chunk, fetched once that first frame is on screen and the header's fonts are in, so
 * that React's header replaces the static one without the text moving.
 */
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

let started = false;
function startApp(): void {
  if (started) return;
  started = true;
  void import('./app/start').then(({ start }) => start(root as HTMLElement));
}

// After the first frame (a timeout inside requestAnimationFrame runs once it is painted), and
// after the fonts; the plain timeout covers a page opened in a background tab, where frames wait.
requestAnimationFrame(() => setTimeout(() => void document.fonts.ready.then(startApp), 0));
setTimeout(startApp, 1000);
