import type { ImportChoices } from '@/data/importClient';
import { TEXT_ENCODINGS } from '@/domain/import/encoding';
import { useI18n } from '@/i18n/I18nProvider';
import type { PendingImport } from './useImport';

export interface EncodingLineProps {
  pending: PendingImport;
  onChoice: (choice: ImportChoices) => void;
}

const AS_FOUND = 'as-found';

/**
 * Each file read and how: Parquet, or text in the encoding found (and how it was told), with a
 * choice of another encoding for text that reads wrong (review C5).
 */
export function EncodingLine({ pending, onChoice }: EncodingLineProps) {
  const { t } = useI18n();
  const { sources, choice } = pending;
  if (sources.length === 0) return null;
  const texts = sources.some((source) => source.kind === 'text');
  return (
    <div className="import-dialog__files">
      <p>
        {t.importFilesRead}:{' '}
        {sources.map((source, i) => (
          <span key={i}>
            {i > 0 ? '; ' : ''}
            <strong>{source.name}</strong>
            {' — '}
            {source.encoding
              ? `${t.importEncodingName[source.encoding.encoding]} (${t.importEncodingBy[source.encoding.by]})`
              : t.importParquet}
          </span>
        ))}
      </p>
      {texts ? (
        <label className="import-dialog__encoding">
          {t.importEncodingLabel}{' '}
          <select
            value={choice.encoding ?? AS_FOUND}
            onChange={(e) => {
              const value = e.currentTarget.value;
              const encoding = TEXT_ENCODINGS.find((name) => name === value) ?? null;
              onChoice({ ...choice, encoding });
            }}
          >
            <option value={AS_FOUND}>{t.importEncodingAsFound}</option>
            {TEXT_ENCODINGS.map((name) => (
              <option key={name} value={name}>
                {t.importEncodingName[name]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
