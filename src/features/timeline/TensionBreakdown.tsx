import { InContext } from '@/components/InContext';
import { NoteText } from '@/components/NoteText';
import { isGdeltSentence } from '@/domain/dataset/gdeltRow';
import type { DiplomaticEvent, Source } from '@/domain/dataset/schema';
import type { Language } from '@/domain/dataset/vocabulary';
import {
  DEFAULT_DYAD,
  explainTension,
  isBetweenSides,
  type Dyad,
  type Reading,
} from '@/domain/scoring/tension';
import { isBandUncertain } from '@/domain/scoring/tensionBands';
import { actorName } from '@/i18n/actorNames';
import { cameoName } from '@/i18n/cameoNames';
import { formatNumber, formatSigned } from '@/i18n/format';
import { useI18n } from '@/i18n/I18nProvider';
import './TensionBreakdown.css';

export interface TensionBreakdownProps {
  event: DiplomaticEvent;
  /** The two sides whose acts count. */
  dyad?: Dyad;
  /** The event's sources, to open each coded sentence in its article. */
  sourcesById?: ReadonlyMap<string, Source>;
  /** Without the sentences, other readings and articles: for the chart's tooltip. */
  compact?: boolean;
}

/**
 * How an event's tone is made: each coded action, whether it counts (it does when it goes from
 * one side to the other), its CAMEO code and Goldstein weight, the readings that could change it
 * and why, the sentence it codes, one click from its paragraph, and the evidence summed.
 */
export function TensionBreakdown({
  event,
  dyad = DEFAULT_DYAD,
  sourcesById,
  compact = false,
}: TensionBreakdownProps) {
  const { t, lang, number } = useI18n();
  const explained = explainTension(event.actions, dyad);
  const [sideA, sideB] = dyad.map((code) => actorName(code, lang));
  const moving = explained.parts.filter((p) => p.movesRange);
  const range = explained.range;

  return (
    <div className="breakdown">
      <p className="breakdown__title">{t.breakdown}</p>
      <ol className="breakdown__list">
        {explained.parts.map(({ action, counted, readings }, i) => (
          <li key={i} className={counted ? undefined : 'breakdown__item--not-counted'}>
            <p className="breakdown__act">
              <ActAndCode reading={readings[0]} lang={lang} />{' '}
              <span className="breakdown__badge">
                {counted ? t.counted : t.notCounted(sideA ?? '', sideB ?? '')}
              </span>
            </p>
            {compact ? null : (
              <>
                {isGdeltSentence(action.sentence) ? (
                  // GDELT's coded triple: a code, not words from an article.
                  <code className="breakdown__triple">{action.sentence}</code>
                ) : (
                  <q
                    lang={sourcesById?.get(action.sourceId)?.language}
                    className="breakdown__sentence"
                  >
                    {action.sentence}
                  </q>
                )}
                {readings.length > 1 ? (
                  <ul className="breakdown__readings" aria-label={t.otherReadings}>
                    {readings.slice(1).map((reading, k) => (
                      <li key={k}>
                        <span className="breakdown__reading-label">{t.otherReading}:</span>{' '}
                        <ActAndCode reading={reading} lang={lang} />
                        {isBetweenSides(reading.actor, reading.target, dyad)
                          ? ''
                          : ` (${t.notCountedShort})`}
                        {'. '}
                        {reading.reason ? <NoteText note={reading.reason} /> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <InContext
                  text={action.sentence}
                  source={sourcesById?.get(action.sourceId) ?? null}
                />
              </>
            )}
          </li>
        ))}
      </ol>
      {explained.tension === null ? (
        <p className="breakdown__formula">
          {explained.acts > 0
            ? t.noWeight(sideA ?? '', sideB ?? '')
            : t.noScore(sideA ?? '', sideB ?? '')}
        </p>
      ) : (
        <p className="breakdown__formula">
          {t.toneEvidence(
            explained.acts,
            formatNumber(explained.conflict, lang),
            formatNumber(explained.cooperation, lang),
          )}
          .{' '}
          <span className="breakdown__arithmetic">
            {t.breakdownFormula(
              formatNumber(explained.conflict, lang),
              formatNumber(explained.cooperation, lang),
              number(explained.tension),
            )}
          </span>
        </p>
      )}
      {range && (explained.tension === null || range[0] !== range[1]) ? (
        <p className="breakdown__range">
          {explained.tension === null
            ? t.scoredOnlyUnder(number(range[0]), number(range[1]))
            : t.rangeOverReadings(number(range[0]), number(range[1]))}{' '}
          {isBandUncertain(range) ? t.uncertainBand : ''}
          {compact || moving.length === 0 ? null : (
            <span className="breakdown__moving"> {t.rangeMovedBy(moving.length)}</span>
          )}
        </p>
      ) : null}
    </div>
  );
}

/** "Mỹ → Nga · CAMEO 1056 Yêu cầu giảm leo thang quân sự · Goldstein −5,0" */
function ActAndCode({ reading, lang }: { reading: Reading; lang: Language }) {
  const { t } = useI18n();
  return (
    <>
      <span className="breakdown__actors">
        {actorName(reading.actor, lang)} → {actorName(reading.target, lang)}
      </span>{' '}
      <span className="breakdown__code">
        CAMEO {reading.cameo} {cameoName(reading.cameo, lang)}
      </span>{' '}
      <span className="breakdown__weight">
        {t.goldstein} {formatSigned(reading.goldstein, lang)}
      </span>
    </>
  );
}
