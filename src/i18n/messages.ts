/**
 * Every UI string in English, and the shape every language's must have (`Messages`). Both are
 * made of areas (messages/): each area's shape is declared once (controls.ts, views.ts…) and
 * each language's words of it satisfy that shape (controlsEn.ts, controlsVi.ts…), so a key
 * missing from, or only in, one language fails the typecheck. Vietnamese is assembled in
 * messagesVi.ts, fetched only for a page read in it (loadMessages.ts).
 */
import { HEADER_TEXT } from './headerText';
import type { AboutMessages } from './messages/about';
import { aboutEn } from './messages/aboutEn';
import type { ControlsMessages } from './messages/controls';
import { controlsEn } from './messages/controlsEn';
import type { DatasetMessages } from './messages/dataset';
import { datasetEn } from './messages/datasetEn';
import type { EmbedMessages } from './messages/embed';
import { embedEn } from './messages/embedEn';
import type { ImportingMessages } from './messages/importing';
import { importingEn } from './messages/importingEn';
import type { ViewsMessages } from './messages/views';
import { viewsEn } from './messages/viewsEn';

export type { DatasetDetailMessages } from './messages/dataset';
export type { ProblemMessages } from './messages/problems';

/** The header's words, kept apart for the build (headerText.ts). */
export type HeaderMessages = (typeof HEADER_TEXT)['en'];

export interface Messages
  extends
    HeaderMessages,
    EmbedMessages,
    ControlsMessages,
    ViewsMessages,
    DatasetMessages,
    ImportingMessages,
    AboutMessages {}

export const en: Messages = {
  ...HEADER_TEXT.en,
  ...embedEn,
  ...controlsEn,
  ...viewsEn,
  ...datasetEn,
  ...importingEn,
  ...aboutEn,
};
