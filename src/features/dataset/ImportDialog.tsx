import { useEffect, useId, useRef } from 'react';
import type { ImportChoices } from '@/data/importClient';
import { useI18n } from '@/i18n/I18nProvider';
import { DyadChooser } from './DyadChooser';
import { EncodingLine } from './EncodingLine';
import { ImportCounts } from './ImportCounts';
import { ColumnMappingTable, FirstRowsTable } from './ImportTables';
import { focusOpenFileControl } from './openFileControl';
import { ProblemList } from './ProblemList';
import type { PendingImport } from './useImport';
import './ImportDialog.css';

export interface ImportDialogProps {
  pending: PendingImport;
  onChoice: (choice: ImportChoices) => void;
  onOpen: () => void;
  onCancel: () => void;
}

/**
 * What a file of another format will give, before it replaces the view: the format recognised,
 * how many rows are kept and why others are not, the first rows as they will be read, which
 * column fills which field and, for GDELT, the two countries. A native modal `<dialog>`: the
 * browser keeps focus in it and the page under it inert, Escape cancels (its `cancel`, then
 * `close`), and focus goes back to the Open control when it closes.
 */
export function ImportDialog({ pending, onChoice, onOpen, onCancel }: ImportDialogProps) {
  const { t } = useI18n();
  const { files, preview } = pending;
  const recognised = preview.formats.filter((format) => format !== null);
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** How it closes: Open, or anything else (Cancel, Escape), which cancels. */
  const outcome = useRef<'open' | 'cancel'>('cancel');

  useEffect(function openAsModal() {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The reader starts at the title, above what the file gives.
    headingRef.current?.focus();
  }, []);

  const onClose = () => {
    const dialog = dialogRef.current;
    if (outcome.current === 'open') {
      // The Open control is disabled while the file is read: focus goes to the page's main
      // region, where the progress and then the data appear.
      const main = dialog?.closest('main');
      onOpen();
      if (main instanceof HTMLElement) main.focus();
    } else {
      onCancel();
      if (dialog) focusOpenFileControl(dialog);
    }
  };

  const refused = preview.format === null || preview.refusals.length > 0;
  const gdelt = preview.format === 'gdelt-1' || preview.format === 'gdelt-2';
  return (
    <dialog ref={dialogRef} className="import-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="import-dialog__title">
        {t.importDialogTitle(files.map((file) => file.name).join(', '))}
      </h2>
      <p>
        {recognised.length === 0 || recognised.length < preview.formats.length
          ? t.importNotRecognised
          : t.importRecognised(recognised.map((format) => t.importFormatLong[format]).join(' + '))}
      </p>
      <EncodingLine pending={pending} onChoice={onChoice} />
      {refused ? (
        <div className="message message--error">
          <p className="message__title">{t.importRefused}</p>
          <ProblemList problems={preview.refusals} />
        </div>
      ) : (
        <ImportCounts pending={pending} />
      )}
      {gdelt ? <DyadChooser pending={pending} onChoice={onChoice} /> : null}
      {preview.leftOut.length > 0 ? (
        <section className="message message--warning" aria-label={t.importLeftOutHeading}>
          <p className="message__title">{t.importLeftOutHeading}</p>
          <ProblemList problems={preview.leftOut} />
        </section>
      ) : null}
      <FirstRowsTable preview={preview} />
      {preview.notes.length > 0 ? (
        <details className="import-dialog__more">
          <summary>{t.importNotesHeading}</summary>
          <ProblemList problems={preview.notes} />
        </details>
      ) : null}
      <ColumnMappingTable preview={preview} />
      <div className="message__actions">
        <button type="button" className="chip" onClick={() => dialogRef.current?.close()}>
          {t.importCancel}
        </button>
        {refused ? null : (
          <button
            type="button"
            className="button"
            onClick={() => {
              outcome.current = 'open';
              dialogRef.current?.close();
            }}
          >
            {t.importOpen}
          </button>
        )}
      </div>
    </dialog>
  );
}
