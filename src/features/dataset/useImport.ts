import { useCallback, useRef, useState } from 'react';
import type { DatasetFiles } from '@/data/useDatasetStatus';
import { importInWorker, type ImportChoice, type ImportProgress } from '@/data/importClient';
import type { ImportPreview } from '@/domain/import/preview';
import { DEFAULT_DYAD } from '@/domain/tension';

/** How much of a file's start the preview reads: its header and the first hundreds of rows. */
export const PREVIEW_BYTES = 256 * 1024;

/** A file whose preview is shown, waiting for Open or Cancel. */
export interface PendingImport {
  file: File;
  preview: ImportPreview;
  choice: ImportChoice;
  /** Whether the preview read the whole file. */
  complete: boolean;
}

export interface ImportHandle {
  /** A file chosen or dropped: this app's JSON opens at once; any other format is previewed. */
  choose: (file: File) => void;
  pending: PendingImport | null;
  /** Another choice of the two countries: the preview follows it. */
  setChoice: (choice: ImportChoice) => void;
  /** Imports the file previewed (in a worker) and opens what it gives. */
  confirm: () => void;
  cancel: () => void;
  /** The import under way: its file and how far it has read. */
  reading: { name: string; progress: ImportProgress | null } | null;
  stop: () => void;
}

const startWorker = () =>
  new Worker(new URL('./importWorkerEntry.ts', import.meta.url), { type: 'module' });

/**
 * The parsing code and the preview's words, fetched when a file is first chosen: they are not on
 * the first screen (nor is the dialog that shows the preview: DatasetBar).
 */
const loadPreview = () =>
  Promise.all([
    import('@/domain/import/detect'),
    import('@/domain/import/preview'),
    import('@/i18n/importText'),
  ]).then(([detect, preview, text]) => ({
    detectFormat: detect.detectFormat,
    previewImport: preview.previewImport,
    wording: text.importWording(),
  }));
type PreviewModule = Awaited<ReturnType<typeof loadPreview>>;

const DEFAULT_CHOICE: ImportChoice = { dyad: null, onlyDyad: false };

/**
 * Files of any format the app reads, as the reader chooses them: the format is told from the
 * content; this app's JSON is opened as it always was; anything else is previewed first, then
 * read in a worker into this app's JSON, which is opened like any other file (`files.open`).
 * Only the last choice counts: one made while an earlier file is still being looked at wins.
 */
export function useImport(files: DatasetFiles): ImportHandle {
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [reading, setReading] = useState<ImportHandle['reading']>(null);
  const latest = useRef(0);
  const modules = useRef<PreviewModule | null>(null);
  const head = useRef('');
  const stopping = useRef<AbortController | null>(null);
  const { open } = files;

  const choose = useCallback(
    (file: File) => {
      const choice = ++latest.current;
      void (async () => {
        let text: string;
        try {
          text = await file.slice(0, PREVIEW_BYTES).text();
          modules.current ??= await loadPreview();
        } catch {
          // The file cannot be read, or the reader's code not fetched: the JSON path says why.
          if (choice === latest.current) open(file);
          return;
        }
        if (choice !== latest.current) return;
        const { detectFormat, previewImport, wording } = modules.current;
        if (detectFormat(text).format === 'dataset-json') {
          setPending(null);
          open(file);
          return;
        }
        const complete = file.size <= PREVIEW_BYTES;
        const preview = previewImport(text, { wording, fileName: file.name, complete });
        head.current = text;
        setPending({ file, preview, choice: DEFAULT_CHOICE, complete });
      })();
    },
    [open],
  );

  const setChoice = useCallback((choice: ImportChoice) => {
    const loaded = modules.current;
    if (!loaded) return;
    setPending((current) => {
      if (!current) return current;
      const preview = loaded.previewImport(head.current, {
        wording: loaded.wording,
        fileName: current.file.name,
        complete: current.complete,
        dyad: choice.dyad ?? DEFAULT_DYAD,
        onlyDyad: choice.onlyDyad,
      });
      return { ...current, preview, choice };
    });
  }, []);

  const confirm = useCallback(() => {
    if (!pending) return;
    const { file, choice } = pending;
    setPending(null);
    open(file, async (chosen, signal) => {
      // Stop ends this import alone; a newer choice aborts `signal` too.
      const stop = new AbortController();
      stopping.current = stop;
      const either = AbortSignal.any([signal, stop.signal]);
      setReading({ name: chosen.name, progress: null });
      try {
        const imported = await importInWorker(startWorker, chosen, choice, either, (progress) =>
          setReading({ name: chosen.name, progress }),
        );
        return { file: imported.file, leftOut: imported.leftOut };
      } finally {
        if (stopping.current === stop) {
          stopping.current = null;
          setReading(null);
        }
      }
    });
  }, [pending, open]);

  const cancel = useCallback(() => {
    latest.current += 1;
    setPending(null);
  }, []);
  const stop = useCallback(() => stopping.current?.abort(), []);

  return { choose, pending, setChoice, confirm, cancel, reading, stop };
}
