import { Symbols } from 'recharts';
import { EVENT_KINDS } from '@/domain/vocabulary';
import { useI18n } from '@/i18n/I18nProvider';
import { KIND_SYMBOLS } from './symbols';

/** The key to the timeline's shapes. */
export function KindKey() {
  const { t } = useI18n();
  return (
    <ul className="kind-key">
      {EVENT_KINDS.map((kind) => (
        <li key={kind}>
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
            <Symbols cx={0} cy={0} type={KIND_SYMBOLS[kind]} size={70} fill="var(--muted)" />
          </svg>
          {t.kind[kind]}
        </li>
      ))}
      <li>
        <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
          <circle r={5.5} fill="none" stroke="var(--muted)" strokeWidth={2} strokeDasharray="3 2" />
        </svg>
        {t.legendPlanned}
      </li>
    </ul>
  );
}
