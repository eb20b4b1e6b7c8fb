import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll } from 'vitest';
import { loadMessages } from '@/i18n/loadMessages';

// The page fetches the Vietnamese words before it renders in Vietnamese (app/start.tsx); tests
// that render a component in Vietnamese have them in from the start in the same way.
beforeAll(() => loadMessages('vi').then(() => undefined));

// Testing Library unmounts after each test only by itself when test globals are on; they are not.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
