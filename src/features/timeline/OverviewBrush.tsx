import { useEffect, useMemo, useRef, useState } from 'react';
import { Brush, ResponsiveContainer, ScatterChart } from 'recharts';
import type { DateRange } from '@/domain/dateRange';
import { fromDayNumber } from '@/domain/dates';
import { binIndicesToRange, rangeToBinIndices, type MonthBin } from '@/domain/timeAxis';
import { formatAxisDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18nProvider';
import { AXIS_WIDTH } from './chartLayout';
import { OverviewBars } from './OverviewBars';
import './OverviewBrush.css';

export interface OverviewBrushProps {
  bins: readonly MonthBin[];
  range: DateRange;
  onRangeChange: (range: DateRange) => void;
}

/** Events per month over the whole story; drag the brush's handles to choose a date range. */
export function OverviewBrush({ bins, range, onRangeChange }: OverviewBrushProps) {
  const { t, lang, date } = useI18n();
  const committed = useMemo(() => rangeToBinIndices(bins, range), [bins, range]);
  // While a handle is dragged the brush shows where it is; the drag belongs to the range it
  // started from, so a new range from elsewhere replaces it.
  const [drag, setDrag] = useState<{ from: typeof committed; live: typeof committed } | null>(null);
  const live = drag !== null && drag.from === committed ? drag.live : committed;
  const strip = useRef<HTMLDivElement>(null);
  const movedByKey = useRef(false);

  const { startIndex, endIndex } = live;
  useEffect(
    function sayTheHandlesMonths() {
      // Recharts' handles are sliders whose value is a pixel position: give them the month as
      // their text value, again whenever Recharts draws them anew.
      const element = strip.current;
      if (!element) return undefined;
      const month = (index: number) => {
        const bin = bins[index];
        return bin ? date(fromDayNumber(bin.start), 'month') : '';
      };
      const label = () => {
        const handles = element.querySelectorAll('.recharts-brush-traveller');
        handles[0]?.setAttribute('aria-valuetext', `${t.from}: ${month(startIndex)}`);
        handles[1]?.setAttribute('aria-valuetext', `${t.to}: ${month(endIndex)}`);
      };
      label();
      const observer = new MutationObserver(label);
      observer.observe(element, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuenow'],
      });
      return () => observer.disconnect();
    },
    [bins, startIndex, endIndex, date, t],
  );

  if (bins.length < 2) return null;
  return (
    <div
      ref={strip}
      className="tension-chart__overview"
      // Arrow keys move a handle a month at a time, which Recharts reports as a change (at once
      // or a moment later), never as the end of a drag: a change that follows a key is taken.
      // Capture, since the handle stops the key event's propagation.
      onKeyDownCapture={(event) => {
        if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') movedByKey.current = true;
      }}
      onPointerDownCapture={() => (movedByKey.current = false)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart
          data={bins as MonthBin[]}
          margin={{ top: 4, right: 24, bottom: 0, left: AXIS_WIDTH }}
          accessibilityLayer={false}
        >
          <Brush
            dataKey="month"
            height={44}
            stroke="var(--selection)"
            fill="var(--surface)"
            travellerWidth={12}
            startIndex={live.startIndex}
            endIndex={live.endIndex}
            ariaLabel={t.brushLabel}
            tickFormatter={(_, index) => {
              const bin = bins[index];
              return bin ? formatAxisDate(bin.start, lang) : '';
            }}
            onChange={(next) => {
              setDrag({ from: committed, live: next });
              if (!movedByKey.current) return;
              movedByKey.current = false;
              onRangeChange(binIndicesToRange(bins, next.startIndex, next.endIndex));
            }}
            onDragEnd={(next) =>
              onRangeChange(binIndicesToRange(bins, next.startIndex, next.endIndex))
            }
          >
            {/* The whole story's bars drawn inside the brush: a chart with a brush would show only
                the bars of the brushed range, so the strip would lose what lies outside it. */}
            <OverviewBars bins={bins} />
          </Brush>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
