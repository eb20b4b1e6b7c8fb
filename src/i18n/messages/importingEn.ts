/** The import's words in English (importing.ts has their shape). */
import { formatCount } from '../format';
import type { ImportFormat } from '@/domain/dataset/vocabulary';
import type { ImportingMessages } from './importing';

const countEn = (n: number) => formatCount(n, 'en');

/** The formats a file is imported from, named as a row of one is: "a GDELT 2.0 row". */
export const IMPORT_FORMAT_EN: Record<ImportFormat, string> = {
  'dataset-json': 'dataset JSON',
  'timeline-json': 'TimelineJS JSON',
  'timeline-csv': 'TimelineJS CSV',
  'gdelt-1': 'GDELT 1.0',
  'gdelt-2': 'GDELT 2.0',
  'template-events': 'template CSV',
  'template-quotes': 'quotes template CSV',
};

export const importingEn = {
  importFormat: IMPORT_FORMAT_EN,

  // What an import writes into the data (i18n/importText.ts)
  importGdeltTitle: (actor1: string, actor2: string | null, act: string) =>
    actor2 === null ? `${actor1}: ${act}` : `${actor1} → ${actor2}: ${act}`,
  importGdeltSummary: (title: string, cameo: string, weight: string, place: string | null) =>
    `${title} (CAMEO ${cameo}, Goldstein ${weight}), ${place === null ? 'with no place given' : `in ${place}`}: an event GDELT coded by machine from a news report.`,
  importUnknownAct: (cameo: string) => `CAMEO ${cameo}`,
  importActorRole: 'Actor in GDELT’s event data',
  importParticipantRole: 'Participant named in the imported spreadsheet',
  importUntitled: 'Untitled event',
  importSlideEnd: (date: string) => `Ends ${date}.`,
  importSlideDisplayDate: (shown: string) => `The timeline gives its date as “${shown}”.`,

  // The import dialog (features/dataset/ImportDialog)
  importDialogTitle: (name: string) => `Open “${name}”?`,
  importRecognised: (format: string) => `Recognised as ${format}.`,
  importFormatLong: {
    'dataset-json': 'this app’s JSON',
    'timeline-json': 'a TimelineJS timeline (JSON)',
    'timeline-csv': 'a TimelineJS sheet saved as CSV',
    'gdelt-1': 'GDELT 1.0 event rows (58 columns; 57 in the 1979–2013 backfile)',
    'gdelt-2': 'GDELT 2.0 event rows (61 columns)',
    'template-events': 'the events CSV template',
    'template-quotes': 'the quotes CSV template',
  },
  importNotRecognised: 'The format of this file was not recognised.',
  importPartOfFile: (shown: string, total: string) =>
    `From the first ${shown} of the file’s ${total} (the rest is read when it opens):`,
  importWholeFile: 'From the whole file:',
  importCounts: (rows: number, events: number, leftOut: number) =>
    `${countEn(rows)} row${rows === 1 ? '' : 's'} read: ${countEn(events)} event${events === 1 ? '' : 's'} will be kept, ${countEn(leftOut)} row${leftOut === 1 ? '' : 's'} left out.`,
  importQuotes: (n: number) => `${countEn(n)} quote${n === 1 ? '' : 's'} will be kept.`,
  importSkipped: {
    title: (n: number) => `${countEn(n)} title slide${n === 1 ? ' names' : 's name'} the dataset.`,
    era: (n: number) => `${countEn(n)} era${n === 1 ? ' is' : 's are'} skipped.`,
    'outside-dyad': (n: number) =>
      `${countEn(n)} row${n === 1 ? ' is' : 's are'} skipped: not between the two countries.`,
  },
  importLeftOutHeading: 'Rows left out, and why',
  importNotesHeading: 'Changed in rows that are kept',
  importRefused: 'This file cannot be opened:',
  importFirstRows: 'The first rows as they will be read',
  importColLine: 'Line',
  importMapping: 'Which column fills which field',
  importColColumn: 'Column',
  importColFields: 'Fills',
  importNotRead: 'not read',
  importDyadLegend: 'Two countries',
  importOnlyDyad: 'Keep only rows between these two countries',
  importDyadFirst: 'First country',
  importDyadSecond: 'Second country',
  importDyadHint: 'The tone is scored between these two. By default every row is kept.',
  importOpen: 'Open',
  importCancel: 'Cancel',
  importReading: (name: string) => `Reading “${name}”…`,
  importProgress: 'Reading progress',
  importRowsSoFar: (rows: number, loaded: string, total: string) =>
    `${countEn(rows)} row${rows === 1 ? '' : 's'} read, ${loaded} of ${total} MB`,
  importStop: 'Stop reading',
  importOpening: (name: string) => `Opening the data read from “${name}”…`,
  importFilesRead: 'Files read',
  importParquet: 'Parquet',
  importEncodingLabel: 'Text encoding',
  importEncodingAsFound: 'As found in each file',
  importEncodingName: {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (Western European)',
  },
  importEncodingBy: {
    bom: 'by its byte-order mark',
    pattern: 'by the pattern of its bytes',
    'valid-utf-8': 'its bytes are valid UTF-8',
    'not-utf-8': 'its bytes are not UTF-8, so they are read as Windows-1252',
    chosen: 'as chosen',
  },
} satisfies ImportingMessages;
