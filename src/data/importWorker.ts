/**
 * The import worker's work (features/dataset/importWorkerEntry.ts runs it in a worker, with the
 * app's words). Two requests:
 *
 * - `preview`: what the chosen files will give, read from their start here rather than on the
 *   page (review C10: a file crafted to be slow to read cannot freeze the page): their encoding,
 *   their format, the first rows as they will be read; for GDELT, the actor countries of the whole
 *   file follow (`countries`), read after the preview is shown.
 * - `import`: the files read whole, a piece (or a Parquet row group) at a time, with progress, in
 *   the format and encoding the preview found (or the reader chose), written as this app's JSON.
 *   The page then opens that JSON as if the reader had chosen it (data/useActiveDataset.ts), so
 *   that it passes the same validation, store and saving as any other file. Parquet files are
 *   read straight into the dataset's index instead (importIndex.ts: their records are checked
 *   as they are made), sent with its buffers transferred (`indexed`).
 *
 * The words an import writes into the data (`ImportWording`) are functions, which cannot be
 * posted to a worker: they are handed in by the worker's entry, so this layer never imports i18n.
 */
import type { ImportWording } from '@/domain/import/wording';
import { previewFiles } from './importPreview';
import type { ImportWorkerScope, Post } from './importProtocol';
import { importFiles } from './importRead';

/** Answers each request: a preview, or progress as the files are read, then their JSON. */
export function serveImportRequests(scope: ImportWorkerScope, wording: ImportWording): void {
  const post: Post = (message, transfer) => scope.postMessage(message, transfer);
  scope.onmessage = async ({ data }) => {
    try {
      if (data.type === 'preview') await previewFiles(data, wording, post);
      else await importFiles(data, wording, post);
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  scope.onmessageerror = () =>
    post({ type: 'failed', message: 'the request could not be read by the import worker' });
}
