import type { ImportPreview } from '@/domain/import/preview';
import { useI18n } from '@/i18n/I18nProvider';

/** Rows of the file shown as they will be read. */
const FIRST_ROWS = 5;

export interface ImportTablesProps {
  preview: ImportPreview;
}

/** The first rows as they will be read: line, date, kind and title. */
export function FirstRowsTable({ preview }: ImportTablesProps) {
  const { t, pick, date } = useI18n();
  if (preview.rows.length === 0) return null;
  return (
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
  );
}

/** Which column of the file fills which field, folded away. */
export function ColumnMappingTable({ preview }: ImportTablesProps) {
  const { t } = useI18n();
  if (preview.columns.length === 0) return null;
  return (
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
  );
}
