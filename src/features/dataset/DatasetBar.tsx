import { lazy, Suspense } from 'react';
import type { LoadedDataset } from '@/data/datasetQuery';
import type { DatasetFiles } from '@/data/useDatasetStatus';
import { useI18n } from '@/i18n/I18nProvider';
import { DatasetControls } from './DatasetControls';
import { DatasetErrorMessage } from './DatasetMessages';
import { ImportProgress } from './ImportProgress';
import type { ImportHandle } from './useImport';

/** Fetched when a file's preview is first shown: not on the first screen. */
const ImportDialog = lazy(() =>
  import('./ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

export interface DatasetBarProps {
  /** The dataset on screen, if any. */
  loaded: LoadedDataset | null;
  files: DatasetFiles;
  /** Files of other formats: their preview and reading (useImport). */
  importer: ImportHandle;
}

/** Which dataset is shown and the ways to change it, with what became of the file opened last. */
export function DatasetBar({ loaded, files, importer }: DatasetBarProps) {
  const { t } = useI18n();
  return (
    <>
      <DatasetControls
        origin={loaded?.origin ?? null}
        eventCount={loaded?.index.eventCount ?? null}
        opening={files.opening}
        onOpenFiles={importer.choose}
        onUseBuiltIn={files.switchToBuiltIn}
      />
      {files.refused ? (
        <DatasetErrorMessage
          error={files.refused}
          title={t.fileRefused(loaded !== null)}
          onDismiss={files.dismissRefusal}
        />
      ) : null}
      {files.notKept ? <p className="message message--warning">{t.notKept}</p> : null}
      {importer.reading ? (
        <ImportProgress reading={importer.reading} onStop={importer.stop} />
      ) : null}
      {importer.pending ? (
        <Suspense fallback={null}>
          <ImportDialog
            pending={importer.pending}
            onChoice={importer.setChoice}
            onOpen={importer.confirm}
            onCancel={importer.cancel}
          />
        </Suspense>
      ) : null}
    </>
  );
}
