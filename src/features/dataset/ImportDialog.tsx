import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { ImportChoices } from '@/data/importClient';
import { PREVIEW_BYTES } from '@/data/importSources';
import { SKIP_REASONS } from '@/domain/import/builder';
import { DEFAULT_DYAD } from '@/domain/scoring/tension';
import { useI18n } from '@/i18n/I18nProvider';
import { actorCountryLabel } from '@/i18n/actorNames';
import { focusOpenFileControl } from './openFileControl';
import { ProblemList } from './ProblemList';
import { EncodingLine } from './EncodingLine';
import type { PendingImport } from './useImport';
import './ImportDialog.css';

/** Rows of the file shown as they will be read. */
const FIRST_ROWS = 5;

export interface ImportDialogProps {
  pending: PendingImport;
  onChoice: (choice: ImportChoices) => void;
  onOpen: () => void;
  onCancel: () => void;
}

const FOCUSABLE = 'button, input, select, summary, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * What a file of another format will give, before it replaces the view: the format recognised,
 * how many rows are kept and why others are not, the first rows as they will be read, which
 * column fills which field and, for GDELT, the two countries. A modal dialog: focus stays in it,
 * Escape cancels, and focus goes back to the Open control when it closes.
 */
export function ImportDialog({ pending, onChoice, onOpen, onCancel }: ImportDialogProps) {
  const { t, pick, date, number } = useI18n();
  const { files, preview, choice } = pending;
  const { complete } = preview;
  const size = files.reduce((sum, file) => sum + file.size, 0);
  const recognised = preview.formats.filter((format) => format !== null);
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const close = (then: () => void) => {
    const from = dialogRef.current;
    then();
    if (from) focusOpenFileControl(from);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(onCancel);
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    // Focus stays in the dialog: Tab from the last control goes to the first, and back.
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !el.hasAttribute('disabled') && el.closest('[hidden]') === null,
    );
    const [first, last] = [focusable[0], focusable.at(-1)];
    const at = document.activeElement;
    if (event.shiftKey && (at === first || at === headingRef.current)) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && at === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const refused = preview.format === null || preview.refusals.length > 0;
  const counts = preview.counts;
  const gdelt = preview.format === 'gdelt-1' || preview.format === 'gdelt-2';
  const dyad = choice.dyad ?? DEFAULT_DYAD;
  const megabytes = (bytes: number) => `${number(bytes / 1024 / 1024, 1)} MB`;
  return (
    <div className="import-backdrop">
      <div
        ref={dialogRef}
        className="import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="import-dialog__title">
          {t.importDialogTitle(files.map((file) => file.name).join(', '))}
        </h2>
        <p>
          {recognised.length === 0 || recognised.length < preview.formats.length
            ? t.importNotRecognised
            : t.importRecognised(
                recognised.map((format) => t.importFormatLong[format]).join(' + '),
              )}
        </p>
        <EncodingLine pending={pending} onChoice={onChoice} />
        {refused ? (
          <div className="message message--error">
            <p className="message__title">{t.importRefused}</p>
            <ProblemList problems={preview.refusals} />
          </div>
        ) : null}
        {counts && !refused ? (
          <div className="import-dialog__counts">
            <p>
              {complete
                ? t.importWholeFile
                : t.importPartOfFile(
                    megabytes(Math.min(size, PREVIEW_BYTES * files.length)),
                    megabytes(size),
                  )}{' '}
              {t.importCounts(counts.rows, counts.events, counts.leftOut)}
              {counts.quotes > 0 ? ` ${t.importQuotes(counts.quotes)}` : ''}
              {SKIP_REASONS.filter((reason) => counts.skipped[reason] > 0).map(
                (reason) => ` ${t.importSkipped[reason](counts.skipped[reason])}`,
              )}
            </p>
          </div>
        ) : null}
        {gdelt ? (
          <fieldset className="import-dialog__dyad">
            <legend>{t.importDyadLegend}</legend>
            <p className="muted">{t.importDyadHint}</p>
            <CountrySelect
              label={t.importDyadFirst}
              value={dyad[0]}
              codes={countriesOf(pending, dyad)}
              onChange={(code) => onChoice({ ...choice, dyad: [code, dyad[1]] })}
            />
            <CountrySelect
              label={t.importDyadSecond}
              value={dyad[1]}
              codes={countriesOf(pending, dyad)}
              onChange={(code) => onChoice({ ...choice, dyad: [dyad[0], code] })}
            />
            <label className="import-dialog__only">
              <input
                type="checkbox"
                checked={choice.onlyDyad}
                onChange={(e) => onChoice({ ...choice, dyad, onlyDyad: e.currentTarget.checked })}
              />{' '}
              {t.importOnlyDyad}
            </label>
          </fieldset>
        ) : null}
        {preview.leftOut.length > 0 ? (
          <section className="message message--warning" aria-label={t.importLeftOutHeading}>
            <p className="message__title">{t.importLeftOutHeading}</p>
            <ProblemList problems={preview.leftOut} />
          </section>
        ) : null}
        {preview.rows.length > 0 ? (
          <table className="import-dialog__rows">
            <caption>{t.importFirstRows}</caption>
            <thead>
              <tr>
                <th scope="col">{t.importColLine}</th>
                <th scope="col">{t.colDate}</th>
                <th scope="col">{t.colKind}</th>
                <th scope="col">{t.colEvent}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, FIRST_ROWS).map(({ line, path, event }) => (
                <tr key={event.id}>
                  <td>{line ?? path}</td>
                  <td>{date(event.date, event.datePrecision)}</td>
                  <td>{t.kind[event.kind]}</td>
                  <td>{pick(event.title)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {preview.notes.length > 0 ? (
          <details className="import-dialog__more">
            <summary>{t.importNotesHeading}</summary>
            <ProblemList problems={preview.notes} />
          </details>
        ) : null}
        {preview.columns.length > 0 ? (
          <details className="import-dialog__more">
            <summary>{t.importMapping}</summary>
            <table className="import-dialog__mapping">
              <thead>
                <tr>
                  <th scope="col">{t.importColColumn}</th>
                  <th scope="col">{t.importColFields}</th>
                </tr>
              </thead>
              <tbody>
                {preview.columns.map(({ column, fields }, i) => (
                  <tr key={i}>
                    <td>
                      <code>{column}</code>
                    </td>
                    <td>
                      {fields.length === 0 ? (
                        <span className="muted">{t.importNotRead}</span>
                      ) : (
                        <code>{fields.join(', ')}</code>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ) : null}
        <div className="message__actions">
          <button type="button" className="chip" onClick={() => close(onCancel)}>
            {t.importCancel}
          </button>
          {refused ? null : (
            <button
              type="button"
              className="button"
              onClick={() => {
                // The Open control is disabled while the file is read: focus goes to the page's
                // main region, where the progress and then the data appear.
                const main = dialogRef.current?.closest('main');
                onOpen();
                if (main instanceof HTMLElement) main.focus();
              }}
            >
              {t.importOpen}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * The actor countries of the whole files once they are read (they follow the preview), until then
 * those of the rows previewed, and the two chosen.
 */
function countriesOf({ preview, countries }: PendingImport, dyad: readonly string[]): string[] {
  return [...new Set([...dyad, ...(countries ?? preview.countries)])].sort();
}

interface CountrySelectProps {
  label: string;
  value: string;
  codes: readonly string[];
  onChange: (code: string) => void;
}

function CountrySelect({ label, value, codes, onChange }: CountrySelectProps) {
  const { lang } = useI18n();
  return (
    <label className="import-dialog__country">
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {codes.map((code) => (
          <option key={code} value={code}>
            {actorCountryLabel(code, lang)} ({code})
          </option>
        ))}
      </select>
    </label>
  );
}
