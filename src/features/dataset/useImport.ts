import { useCallback, useRef, useState } from 'react';
import type { DatasetFiles } from '@/data/useDatasetStatus';
import type { Reimport } from '@/data/useActiveDataset';
import {
  importInWorker,
  previewInWorker,
  reimportInWorker,
  tooLarge,
  type ImportChoices,
  type ImportProgress,
} from '@/data/importClient';
import type { SourceSummary } from '@/data/importProtocol';
import { startWorker as startAppWorker } from '@/data/startWorker';
import importWorkerUrl from './importWorkerEntry.ts?worker&url';
import type { ImportPreview } from '@/domain/import/preview';

/** Files whose preview is shown, waiting for Open or Cancel. */
export interface PendingImport {
  files: File[];
  preview: ImportPreview;
  /** Each file read (a zip's files, opened), its format and encoding as found. */
  sources: SourceSummary[];
  choice: ImportChoices;
  /** The actor countries of the whole files (GDELT), once read; null until then. */
  countries: string[] | null;
}

export interface ImportHandle {
  /** Files chosen or dropped: this app's JSON opens at once; other formats are previewed. */
  choose: (files: readonly File[]) => void;
  pending: PendingImport | null;
  /** Another choice of the two countries or of the encoding: the preview follows it. */
  setChoice: (choice: ImportChoices) => void;
  /** Imports the files previewed (in a worker) and opens what they give. */
  confirm: () => void;
  cancel: () => void;
  /**
   * The import under way: its file, how far it has read, and whether the data read is being
   * opened (the second part: the app's own reading of what the import wrote).
   */
  reading: { name: string; progress: ImportProgress | null; opening: boolean } | null;
  stop: () => void;
}

const startWorker = () => startAppWorker(importWorkerUrl);

/** Imports files kept from an earlier visit again, in the import worker (data/useActiveDataset). */
export const reimportKept: Reimport = (kept, signal) => reimportInWorker(startWorker, kept, signal);

/** How much of a file's start tells this app's JSON from the rest. */
const JSON_SNIFF_BYTES = 64 * 1024;

/**
 * Whether a file is this app's JSON, from its start: text that opens with "{" or "[" and is not a
 * TimelineJS timeline (detect.ts, fetched when a file is first chosen; linear in what it reads).
 * A file that cannot be read is handed to the JSON path too, which says why.
 */
async function isDatasetJson(file: File): Promise<boolean> {
  try {
    const head = await file.slice(0, JSON_SNIFF_BYTES).text();
    if (!/^\uFEFF?\s*[[{]/.test(head)) return false;
    const { detectFormat } = await import('@/domain/import/detect');
    return detectFormat(head).format === 'dataset-json';
  } catch {
    return true;
  }
}

const DEFAULT_CHOICE: ImportChoices = { dyad: null, onlyDyad: false, encoding: null };

/**
 * Files of any format the app reads, as the reader chooses them: the format is told from the
 * content, in the import worker; this app's JSON is opened as it always was; anything else is
 * previewed first, then read in a worker into this app's JSON, which is opened like any other
 * file (`files.open`). Only the last choice counts: one made while an earlier file is still being
 * looked at wins. A file over the limit is refused before anything reads it (review C2).
 */
export function useImport(files: DatasetFiles): ImportHandle {
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [reading, setReading] = useState<ImportHandle['reading']>(null);
  /** The preview under way or shown: a newer choice, Cancel or Open stops its worker. */
  const previewing = useRef<AbortController | null>(null);
  const stopping = useRef<AbortController | null>(null);
  const { open } = files;

  const preview = useCallback(
    (chosen: File[], choice: ImportChoices, countries: string[] | null) => {
      previewing.current?.abort();
      const controller = new AbortController();
      previewing.current = controller;
      const onCountries = (codes: string[]) =>
        setPending((current) =>
          current && current.files === chosen ? { ...current, countries: codes } : current,
        );
      previewInWorker(startWorker, chosen, choice, controller.signal, onCountries).then(
        (result) => {
          if (controller.signal.aborted) return;
          if (result.json) {
            setPending(null);
            open(result.json);
            return;
          }
          const { preview, sources } = result;
          setPending({ files: chosen, preview, sources, choice, countries });
        },
        () => {
          // Why a file cannot be previewed (it cannot be read, or the worker failed) is said by
          // the app's own reader: it is opened as this app's JSON, which reports what is wrong.
          if (controller.signal.aborted) return;
          setPending(null);
          if (chosen[0]) open(chosen[0]);
        },
      );
    },
    [open],
  );

  const choose = useCallback(
    (chosen: readonly File[]) => {
      const list = [...chosen];
      const first = list[0];
      if (!first) return;
      if (tooLarge(list)) {
        // Refused by the open path, as any file past the limit, before anything reads it.
        previewing.current?.abort();
        setPending(null);
        open(list.find((file) => tooLarge([file])) ?? first);
        return;
      }
      void (async () => {
        // This app's own JSON opens at once, as it always did, without a preview's worker.
        if (list.length === 1 && (await isDatasetJson(first))) {
          previewing.current?.abort();
          setPending(null);
          open(first);
        } else preview(list, DEFAULT_CHOICE, null);
      })();
    },
    [open, preview],
  );

  const setChoice = useCallback(
    (choice: ImportChoices) => {
      if (!pending) return;
      setPending({ ...pending, choice });
      preview(pending.files, choice, pending.countries);
    },
    [pending, preview],
  );

  const confirm = useCallback(() => {
    const first = pending?.files[0];
    if (!pending || !first) return;
    previewing.current?.abort();
    const { files: chosen, choice, sources } = pending;
    setPending(null);
    const found = sources.map(({ detection, encoding }) => ({
      detection,
      encoding: encoding?.encoding ?? null,
    }));
    const name = chosen.map((file) => file.name).join(', ');
    open(first, async (_first, signal) => {
      // Stop ends this import alone; a newer choice aborts `signal` too.
      const stop = new AbortController();
      stopping.current = stop;
      const either = AbortSignal.any([signal, stop.signal]);
      setReading({ name, progress: null, opening: false });
      try {
        const imported = await importInWorker(
          startWorker,
          chosen,
          choice,
          found,
          either,
          (progress) => setReading({ name, progress, opening: false }),
        );
        setReading((current) => (current ? { ...current, opening: true } : current));
        return imported;
      } catch (error) {
        if (stopping.current === stop) setReading(null);
        throw error;
      } finally {
        if (stopping.current === stop) stopping.current = null;
      }
    });
  }, [pending, open]);

  const cancel = useCallback(() => {
    previewing.current?.abort();
    previewing.current = null;
    setPending(null);
  }, []);
  const stop = useCallback(() => stopping.current?.abort(), []);

  // The data read is shown as being opened only while the page opens it.
  const shownReading = reading && (!reading.opening || files.opening) ? reading : null;
  return { choose, pending, setChoice, confirm, cancel, reading: shownReading, stop };
}
