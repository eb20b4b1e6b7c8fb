import { TENSION_BANDS, TENSION_COLORS, UNSCORED_COLOR } from '@/domain/scoring/tensionBands';
import { CLIMATE_WINDOW } from '@/domain/scoring/sensitivity';
import { EVENT_KINDS } from '@/domain/dataset/vocabulary';
import { useI18n } from '@/i18n/I18nProvider';
import { KindSymbol } from './EventMark';
import './KindKey.css';

/**
 * The key to the timeline: its colours (the tension scale's bands), its shapes, ranges, hatching
 * the lane of unscored events and the climate line; the cells, when the chart draws them.
 */
export function KindKey({ cells = false }: { cells?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="chart-key">
      <ol className="kind-key kind-key--scale" aria-label={t.tensionScale}>
        {TENSION_BANDS.map((band, i) => (
          <li key={band.key}>
            <span className="kind-key__swatch" style={{ background: TENSION_COLORS[i] }} />
            {band.min}–{band.max} {t.tensionBand[band.key]}
          </li>
        ))}
      </ol>
      <ul className="kind-key">
        {EVENT_KINDS.map((kind) => (
          <li key={kind}>
            <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
              <KindSymbol cx={0} cy={0} kind={kind} size={70} fill="var(--muted)" />
            </svg>
            {t.kind[kind]}
          </li>
        ))}
        <li>
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
            <circle
              r={5.5}
              fill="none"
              stroke="var(--muted)"
              strokeWidth={2}
              strokeDasharray="3 2"
            />
          </svg>
          {t.legendPlanned}
        </li>
        <li>
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
            <g stroke="var(--ink)" strokeWidth={1.5}>
              <line x1={0} x2={0} y1={-7} y2={7} />
              <line x1={-4} x2={4} y1={-7} y2={-7} />
              <line x1={-4} x2={4} y1={7} y2={7} />
            </g>
            <circle r={3.5} fill={TENSION_COLORS[2]} stroke="var(--ink)" />
          </svg>
          {t.legendRange}
        </li>
        <li>
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
            <defs>
              <pattern
                id="key-hatch"
                width={4}
                height={4}
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width={4} height={4} fill={TENSION_COLORS[2]} />
                <rect width={2} height={4} fill={TENSION_COLORS[3]} />
              </pattern>
            </defs>
            <circle r={5.5} fill="url(#key-hatch)" stroke="var(--ink)" />
          </svg>
          {t.legendUncertain}
        </li>
        <li>
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
            <rect x={-8} y={-8} width={16} height={16} fill="var(--lane)" />
            <circle r={4.5} fill={UNSCORED_COLOR} stroke="var(--ink)" />
          </svg>
          {t.legendUnscored}
        </li>
        <li>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M0 5 L6 3 L10 7 L16 4 V12 L10 14 L6 10 L0 12 Z" fill="var(--climate-band)" />
            <path
              d="M0 8.5 L6 6.5 L10 10.5 L16 8"
              fill="none"
              stroke="var(--climate)"
              strokeWidth={2}
            />
          </svg>
          {t.legendClimate(CLIMATE_WINDOW)}
        </li>
        {cells ? (
          <li>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <rect x={0} y={3} width={8} height={10} fill={TENSION_COLORS[2]} fillOpacity={0.4} />
              <rect x={8} y={3} width={8} height={10} fill={TENSION_COLORS[2]} />
            </svg>
            {t.legendCells}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
