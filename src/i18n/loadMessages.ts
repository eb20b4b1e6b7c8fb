/**
 * The messages of the page's language, fetched only for it: English is in the app's own code,
 * Vietnamese a chunk of its own (messagesVi.ts), fetched when the page starts in it or switches to
 * it. A page read in one language does not fetch the other's words.
 */
import type { Language } from '@/domain/dataset/vocabulary';
import { en, type Messages } from './messages';

const loaded: Partial<Record<Language, Messages>> = { en };
let fetchingVi: Promise<Messages> | null = null;

/** The language's messages if they are in, else undefined (then `loadMessages` fetches them). */
export function loadedMessages(lang: Language): Messages | undefined {
  return loaded[lang];
}

/** Fetches the language's messages (once; a failed fetch may be tried again). */
export function loadMessages(lang: Language): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  fetchingVi ??= import('./messagesVi').then(
    ({ vi }) => (loaded.vi = vi),
    (error: unknown) => {
      fetchingVi = null;
      throw error;
    },
  );
  return fetchingVi;
}
