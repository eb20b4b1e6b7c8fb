import type { KeyboardEvent, PointerEvent } from 'react';
import type { Thumb } from './monthSlider';

export interface SliderThumbProps {
  thumb: Thumb;
  /** Its name: "First month" / "Last month". */
  label: string;
  /** Its month in words: "January 2022". */
  valueText: string;
  /** Its month as the strip shows it: "Jan 2022". */
  shortText: string;
  value: number;
  min: number;
  max: number;
  /** Where it sits along the strip, 0 … 1. */
  position: number;
  /** Its month shows on its inner side (towards the other thumb): near an end of the strip. */
  labelInside: boolean;
  dragging: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLDivElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLDivElement>) => void;
  onPointerCancel: (event: PointerEvent<HTMLDivElement>) => void;
  onLostPointerCapture: (event: PointerEvent<HTMLDivElement>) => void;
}

/**
 * One thumb of the strip's range slider, as the WAI-ARIA slider pattern has it: focusable, named,
 * its value a month index said as a month, bounded by the other thumb. Its month shows beside it
 * while it is dragged, hovered or focused.
 */
export function SliderThumb(props: SliderThumbProps) {
  const { thumb, label, valueText, shortText, value, min, max, position, labelInside, dragging } =
    props;
  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
      aria-orientation="horizontal"
      className={`overview-slider__thumb overview-slider__thumb--${thumb}`}
      data-dragging={dragging || undefined}
      data-label-inside={labelInside || undefined}
      style={{ left: `${position * 100}%` }}
      onKeyDown={props.onKeyDown}
      onPointerDown={props.onPointerDown}
      onPointerMove={props.onPointerMove}
      onPointerUp={props.onPointerUp}
      onPointerCancel={props.onPointerCancel}
      onLostPointerCapture={props.onLostPointerCapture}
    >
      <span className="overview-slider__value" aria-hidden="true">
        {shortText}
      </span>
    </div>
  );
}
