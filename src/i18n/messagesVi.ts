/**
 * Every UI string in Vietnamese, area by area (messages/*Vi.ts), each of the shape its English
 * has (messages.ts). Its own module, fetched only by a page read in Vietnamese (loadMessages.ts).
 */
import { EMBED_TEXT } from './embedText';
import { HEADER_TEXT } from './headerText';
import type { Messages } from './messages';
import { aboutVi } from './messages/aboutVi';
import { controlsVi } from './messages/controlsVi';
import { datasetVi } from './messages/datasetVi';
import { importingVi } from './messages/importingVi';
import { viewsVi } from './messages/viewsVi';

export const vi: Messages = {
  ...HEADER_TEXT.vi,
  ...EMBED_TEXT.vi,
  ...controlsVi,
  ...viewsVi,
  ...datasetVi,
  ...importingVi,
  ...aboutVi,
};
