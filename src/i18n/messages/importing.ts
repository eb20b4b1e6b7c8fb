/**
 * The words of bringing one's own data (issue 15): the import dialog
 * (features/dataset/ImportDialog), and what an import writes into the data (i18n/importText.ts).
 */
import type { SkipReason } from '@/domain/import/builder';
import type { SniffedEncoding, TextEncodingName } from '@/domain/import/encoding';
import type { ImportFormat } from '@/domain/dataset/vocabulary';

export interface ImportingMessages {
  /** The format an imported file was recognised as. */
  importFormat: Record<ImportFormat, string>;

  // What an import writes into the data (i18n/importText.ts)
  importGdeltTitle: (actor1: string, actor2: string | null, act: string) => string;
  importGdeltSummary: (
    title: string,
    cameo: string,
    weight: string,
    place: string | null,
  ) => string;
  importUnknownAct: (cameo: string) => string;
  importActorRole: string;
  importParticipantRole: string;
  importUntitled: string;
  importSlideEnd: (date: string) => string;
  importSlideDisplayDate: (shown: string) => string;

  // The import dialog (features/dataset/ImportDialog)
  importDialogTitle: (name: string) => string;
  importRecognised: (format: string) => string;
  importFormatLong: Record<ImportFormat, string>;
  importNotRecognised: string;
  importPartOfFile: (shown: string, total: string) => string;
  importWholeFile: string;
  importCounts: (rows: number, events: number, leftOut: number) => string;
  importQuotes: (n: number) => string;
  importSkipped: Record<SkipReason, (n: number) => string>;
  importLeftOutHeading: string;
  importNotesHeading: string;
  importRefused: string;
  importFirstRows: string;
  importColLine: string;
  importMapping: string;
  importColColumn: string;
  importColFields: string;
  importNotRead: string;
  importDyadLegend: string;
  importOnlyDyad: string;
  importDyadFirst: string;
  importDyadSecond: string;
  importDyadHint: string;
  importOpen: string;
  importCancel: string;
  importReading: (name: string) => string;
  importProgress: string;
  importRowsSoFar: (rows: number, loaded: string, total: string) => string;
  importStop: string;
  importOpening: (name: string) => string;
  importFilesRead: string;
  importParquet: string;
  importEncodingLabel: string;
  importEncodingAsFound: string;
  importEncodingName: Record<TextEncodingName, string>;
  importEncodingBy: Record<SniffedEncoding['by'], string>;
}
