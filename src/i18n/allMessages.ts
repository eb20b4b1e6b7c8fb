/**
 * Both languages' messages at once: for what words a text in either language whatever the page's
 * (an import's notes, in the language of the file) and for tests. The page itself fetches only
 * its reader's language (loadMessages.ts).
 */
import { en } from './messages';
import { vi } from './messagesVi';

export const MESSAGES = { en, vi } as const;
