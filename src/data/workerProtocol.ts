/** The messages between the page and the dataset worker. */
import type { Dataset } from '@/domain/schema';
import type { EventFields, Packed, QuoteFields } from '@/domain/store/packedRecords';
import type { SearchChunk } from '@/domain/store/searchColumn';
import type { Problem } from '@/domain/problems';
import type { DatasetDetail, DatasetErrorKind } from '@/domain/loadFailure';

/** A dataset to download, or a file the user opened (named in messages). */
export type WorkerRequest = { url: string } | { file: Blob; name: string };

/**
 * Records are sent in chunks, so that no single message takes the page long to receive; each
 * chunk packed (domain/store/packedRecords.ts): fields as objects, text as transferred bytes.
 */
export const CHUNK_SIZE = 2000;

export type WorkerMessage =
  | { type: 'progress'; loaded: number; total: number | null }
  | {
      type: 'head';
      dataset: Omit<Dataset, 'events' | 'quotes'>;
      leftOut: Problem[];
    }
  | { type: 'events'; items: Packed<EventFields> }
  /** `search`: the quotes' folded text, for the quote search (domain/store/searchColumn.ts). */
  | { type: 'quotes'; items: Packed<QuoteFields>; search: SearchChunk }
  /** `leftOut`, when read record by record: only known at the end (it replaces the head's). */
  | { type: 'done'; leftOut?: Problem[] }
  | {
      type: 'error';
      kind: DatasetErrorKind;
      detail: DatasetDetail;
      problems: Problem[];
      status: number | null;
    };
