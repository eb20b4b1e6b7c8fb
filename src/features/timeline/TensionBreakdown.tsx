import { describeCameo } from '@/domain/cameo';
import type { DiplomaticEvent, Language } from '@/domain/schema';
import { explainTension } from '@/domain/tension';
import { formatNumber, formatSigned } from '@/i18n/format';
import { useI18n } from '@/i18n/I18nProvider';

export interface TensionBreakdownProps {
  event: DiplomaticEvent;
  /** Without the coded sentences, for the chart's tooltip. */
  compact?: boolean;
}

/** How an event's score is made: each coded action with its CAMEO code and Goldstein weight. */
export function TensionBreakdown({ event, compact = false }: TensionBreakdownProps) {
  const { t, lang, number } = useI18n();
  const parts = explainTension(event.actions);
  const mean = event.actions.reduce((sum, a) => sum + a.goldstein, 0) / event.actions.length;
  return (
    <div className="breakdown">
      <p className="breakdown__title">{t.breakdown}</p>
      <ul className="breakdown__list">
        {parts.map(({ action }, i) => (
          <li key={i}>
            <span className="breakdown__actors">
              {action.actor} → {action.target}
            </span>{' '}
            <span className="breakdown__code">
              CAMEO {action.cameo} {describeCameo(action.cameo)?.name ?? ''}
            </span>{' '}
            <span className="breakdown__weight">
              {t.goldstein} {formatSigned(action.goldstein, lang)}
            </span>
            {compact ? null : (
              <q lang="vi" className="breakdown__sentence">
                {action.sentence}
              </q>
            )}
          </li>
        ))}
      </ul>
      <p className="breakdown__formula">
        {t.breakdownFormula(formatMean(mean, lang), number(event.tension))}
      </p>
    </div>
  );
}

/** The mean weight inside the formula: "0.6", or "(−2.7)" so that "10 − (−2.7)" reads right. */
function formatMean(mean: number, lang: Language): string {
  const text = formatNumber(Math.abs(mean), lang, 1, 2);
  return mean < 0 ? `(−${text})` : text;
}
