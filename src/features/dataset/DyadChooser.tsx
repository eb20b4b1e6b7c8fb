import type { ImportChoices } from '@/data/importClient';
import { DEFAULT_DYAD } from '@/domain/scoring/tension';
import { useI18n } from '@/i18n/I18nProvider';
import { actorCountryLabel } from '@/i18n/actorNames';
import type { PendingImport } from './useImport';

export interface DyadChooserProps {
  pending: PendingImport;
  onChoice: (choice: ImportChoices) => void;
}

/** GDELT's two countries, whose relations the tension follows, and whether to keep only theirs. */
export function DyadChooser({ pending, onChoice }: DyadChooserProps) {
  const { t } = useI18n();
  const { choice } = pending;
  const dyad = choice.dyad ?? DEFAULT_DYAD;
  const codes = countriesOf(pending, dyad);
  return (
    <fieldset className="import-dialog__dyad">
      <legend>{t.importDyadLegend}</legend>
      <p className="muted">{t.importDyadHint}</p>
      <CountrySelect
        label={t.importDyadFirst}
        value={dyad[0]}
        codes={codes}
        onChange={(code) => onChoice({ ...choice, dyad: [code, dyad[1]] })}
      />
      <CountrySelect
        label={t.importDyadSecond}
        value={dyad[1]}
        codes={codes}
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
