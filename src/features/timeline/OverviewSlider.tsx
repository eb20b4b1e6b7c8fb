import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { DateRange } from '@/domain/dataset/dateRange';
import { fromDayNumber } from '@/domain/dataset/dates';
import { rangeToBinIndices, type MonthBin } from '@/domain/query/timeAxis';
import { formatAxisDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18nProvider';
import {
  dragThumb,
  rangeAfterMove,
  shiftSpan,
  stepThumb,
  thumbBounds,
  type MonthSpan,
  type Thumb,
} from './monthSlider';
import { AXIS_WIDTH, CHART_MARGIN } from './chartLayout';
import { OverviewBars } from './OverviewBars';
import { SliderThumb } from './SliderThumb';
import './OverviewSlider.css';

export interface OverviewSliderProps {
  bins: readonly MonthBin[];
  range: DateRange;
  onRangeChange: (range: DateRange) => void;
  /** The range a drag is showing, at each of its steps, and `null` when it is let go or cancelled. */
  onRangePreview?: (range: DateRange | null) => void;
}

/** What the pointer is moving, a thumb or the whole span, and the span it began from. */
type Gesture =
  | { kind: 'thumb'; thumb: Thumb; origin: MonthSpan }
  | { kind: 'span'; fraction: number; origin: MonthSpan };

/**
 * A span the strip shows instead of the committed range: while a thumb is dragged, and after a
 * drag or a key until the range it gave comes back. It belongs to the range it started from, so a
 * new range from elsewhere replaces it.
 */
interface Pending {
  from: MonthSpan;
  live: MonthSpan;
  gesture: Gesture | null;
  /** The range last committed from it: a key's next step keeps the end it did not move. */
  sent: DateRange | null;
}

const sameSpan = (a: MonthSpan, b: MonthSpan) =>
  a.startIndex === b.startIndex && a.endIndex === b.endIndex;

/**
 * Events per month over the whole story, with a two-thumb range slider over them: drag a thumb
 * or the shaded span, or move a thumb with the keys (a month, a year with Page Up/Down, Home and
 * End). A drag is committed when it is let go, a key at once; while it moves, the views may follow
 * it (`onRangePreview`) without the link being written at every step.
 */
export function OverviewSlider({
  bins,
  range,
  onRangeChange,
  onRangePreview,
}: OverviewSliderProps) {
  const { t, lang, date } = useI18n();
  const committed = useMemo(() => rangeToBinIndices(bins, range), [bins, range]);
  const [pending, setPending] = useState<Pending | null>(null);
  // A drag under way holds its span whatever range comes back (the views following it change it).
  const current =
    pending !== null && (pending.gesture !== null || sameSpan(pending.from, committed))
      ? pending
      : null;
  const live = current?.live ?? committed;
  const gesture = current?.gesture ?? null;
  // The range the strip stands for: the one it last sent while the views catch up, else its own.
  const base = current?.sent ?? range;
  const track = useRef<HTMLDivElement>(null);
  const count = bins.length;
  // A drag under way, read by the handlers that end it whatever the last render saw: a lost
  // capture (the thumb taken away, the window left) and an unmount clear the views' preview too.
  const dragging = useRef(false);
  const preview = useRef(onRangePreview);
  useEffect(() => {
    preview.current = onRangePreview;
  });
  useEffect(
    () => () => {
      if (dragging.current) preview.current?.(null);
    },
    [],
  );

  if (count < 2) return null;

  /** How far along the strip the pointer is, 0 … 1. */
  const fractionAt = (event: PointerEvent) => {
    const box = track.current?.getBoundingClientRect();
    return box && box.width > 0 ? (event.clientX - box.left) / box.width : 0;
  };
  // Measured against what the strip showed, not the range it was given: the views (and so this
  // range) may still be a step behind the keys.
  const commit = (span: MonthSpan, before: MonthSpan): DateRange | null => {
    if (sameSpan(span, before)) return null;
    const next = rangeAfterMove(bins, span, before, base);
    onRangeChange(next);
    return next;
  };
  const begin = (event: PointerEvent<HTMLElement>, next: Gesture) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    dragging.current = true;
    setPending({ from: committed, live, gesture: next, sent: current?.sent ?? null });
  };
  /** The span the pointer's gesture makes at this event. */
  const spanAt = (event: PointerEvent, moving: Gesture) => {
    const fraction = fractionAt(event);
    return moving.kind === 'thumb'
      ? dragThumb(live, moving.thumb, fraction, count)
      : shiftSpan(moving.origin, (fraction - moving.fraction) * count, count);
  };
  const follow = (event: PointerEvent) => {
    if (!gesture) return;
    const next = spanAt(event, gesture);
    if (sameSpan(next, live)) return;
    setPending({ from: committed, live: next, gesture, sent: current?.sent ?? null });
    onRangePreview?.(rangeAfterMove(bins, next, gesture.origin, base));
  };
  // Taken from the release's own position, not the last render's: that may be a move behind.
  const release = (event: PointerEvent) => {
    if (!gesture) return;
    const next = spanAt(event, gesture);
    dragging.current = false;
    onRangePreview?.(null);
    const sent = commit(next, gesture.origin);
    setPending({ from: committed, live: next, gesture: null, sent });
  };
  const cancel = () => {
    if (!dragging.current) return;
    dragging.current = false;
    setPending(null);
    onRangePreview?.(null);
  };
  const step = (thumb: Thumb) => (event: KeyboardEvent) => {
    const next = stepThumb(live, thumb, event.key, count);
    if (!next) return;
    event.preventDefault();
    const sent = commit(next, live);
    setPending({ from: committed, live: next, gesture: null, sent });
  };

  const month = (index: number) => bins[index]?.start ?? 0;
  const thumb = (which: Thumb) => {
    const index = which === 'start' ? live.startIndex : live.endIndex;
    const { min, max } = thumbBounds(live, which, count);
    // Thumbs sit on month boundaries: the start before its month, the end after its month.
    const position = (which === 'start' ? index : index + 1) / count;
    return (
      <SliderThumb
        thumb={which}
        label={which === 'start' ? t.sliderStart : t.sliderEnd}
        valueText={date(fromDayNumber(month(index)), 'month')}
        shortText={formatAxisDate(month(index), lang)}
        value={index}
        min={min}
        max={max}
        position={position}
        labelInside={which === 'start' ? position < 0.2 : position > 0.8}
        dragging={gesture?.kind === 'thumb' && gesture.thumb === which}
        onKeyDown={step(which)}
        onPointerDown={(event) => {
          event.currentTarget.focus();
          begin(event, { kind: 'thumb', thumb: which, origin: live });
        }}
        onPointerMove={follow}
        onPointerUp={release}
        onPointerCancel={cancel}
        onLostPointerCapture={cancel}
      />
    );
  };

  return (
    <div
      className="overview-slider"
      role="group"
      aria-label={t.brushLabel}
      // Under the chart's plot area, month for month.
      style={{ marginLeft: AXIS_WIDTH, marginRight: CHART_MARGIN.right }}
    >
      <div className="overview-slider__track" ref={track}>
        <div
          className="overview-slider__span"
          data-dragging={gesture?.kind === 'span' || undefined}
          style={{
            left: `${(live.startIndex / count) * 100}%`,
            width: `${((live.endIndex + 1 - live.startIndex) / count) * 100}%`,
          }}
          onPointerDown={(event) =>
            begin(event, { kind: 'span', fraction: fractionAt(event), origin: live })
          }
          onPointerMove={follow}
          onPointerUp={release}
          onPointerCancel={cancel}
          onLostPointerCapture={cancel}
        />
        <OverviewBars bins={bins} />
        {thumb('start')}
        {thumb('end')}
      </div>
    </div>
  );
}
