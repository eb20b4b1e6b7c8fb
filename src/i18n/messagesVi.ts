/**
 * Every UI string in Vietnamese, area by area (messages/*Vi.ts), each of the shape its English
 * has (messages.ts). Its own module, fetched only by a page read in Vietnamese (loadMessages.ts).
 */
import { HEADER_TEXT } from './headerText';
import type { Messages } from './messages';
import { aboutVi } from './messages/aboutVi';
import { controlsVi } from './messages/controlsVi';
import { datasetVi } from './messages/datasetVi';
import { embedVi } from './messages/embedVi';
import { importingVi } from './messages/importingVi';
import { viewsVi } from './messages/viewsVi';

export const vi: Messages = {
  ...HEADER_TEXT.vi,
  ...embedVi,
  ...controlsVi,
  ...viewsVi,
  ...datasetVi,
  ...importingVi,
  ...aboutVi,
};
