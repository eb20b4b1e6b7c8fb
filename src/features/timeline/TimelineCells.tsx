import { memo, useMemo, type MouseEvent } from 'react';
import { columnOfDay, columnStart, type TimelineGrid } from '@/domain/query/timelineGrid';
import type { TimelineCell } from '@/domain/query/timelineCells';
import { TENSION_MAX } from '@/domain/scoring/tension';
import { tensionColor } from '@/domain/scoring/tensionBands';
import { LANE_BOTTOM, LANE_TOP, type ChartScales } from './chartLayout';

/** Darkness steps of a cell: more events, a darker cell (a step per doubling, six in all). */
const LEVELS = 6;
const levelOf = (count: number) => Math.min(LEVELS - 1, Math.floor(Math.log2(count)));
const opacityOf = (level: number) => 0.3 + (0.7 * level) / (LEVELS - 1);
export const UNSCORED = 11;

/** The y extent of a row: whole points of tone ±0.5 within the scale, or the unscored lane. */
function rowExtent(row: number, scales: ChartScales): [number, number] {
  if (row === UNSCORED) return [scales.y(LANE_TOP), scales.y(LANE_BOTTOM)];
  return [scales.y(Math.min(TENSION_MAX, row + 0.5)), scales.y(Math.max(0, row - 0.5))];
}

export interface TimelineCellsProps {
  cells: readonly TimelineCell[];
  grid: TimelineGrid;
  scales: ChartScales;
  /** A place is selected: cells without its events are dimmed, those with them outlined. */
  placeSelected: boolean;
  /** The cell under the pointer (null when it leaves them), with the pixel x of its centre. */
  onHover: (hovered: { cell: TimelineCell; x: number } | null) => void;
  onActivate: (cell: TimelineCell) => void;
}

/**
 * Many events as a grid: a cell for each time column and row of tone that holds events, filled
 * with the row's colour, darker the more events it holds. Drawn as one path per row and darkness
 * (a few dozen elements whatever the data), and the cell under the pointer found from its
 * position, not from an element of its own.
 */
export const TimelineCells = memo(function TimelineCells({
  cells,
  grid,
  scales,
  placeSelected,
  onHover,
  onActivate,
}: TimelineCellsProps) {
  const { layers, outline, byKey } = useMemo(() => {
    const paths = new Map<string, { fill: string; opacity: number; d: string[] }>();
    const outlined: string[] = [];
    const lookup = new Map<number, TimelineCell>();
    for (const cell of cells) {
      const x0 = scales.x(columnStart(grid, cell.column));
      const x1 = scales.x(columnStart(grid, cell.column + 1));
      const [y0, y1] = rowExtent(cell.row, scales);
      const rect = `M${x0.toFixed(1)} ${y0.toFixed(1)}H${x1.toFixed(1)}V${y1.toFixed(1)}H${x0.toFixed(1)}Z`;
      const dim = placeSelected && cell.atPlace === 0;
      const level = levelOf(cell.count);
      const key = `${cell.row}:${level}:${dim}`;
      let layer = paths.get(key);
      if (!layer) {
        layer = {
          fill: tensionColor(cell.row === UNSCORED ? null : cell.row),
          opacity: opacityOf(level) * (dim ? 0.3 : 1),
          d: [],
        };
        paths.set(key, layer);
      }
      layer.d.push(rect);
      if (placeSelected && cell.atPlace > 0) outlined.push(rect);
      lookup.set(cell.column * 16 + cell.row, cell);
    }
    return { layers: [...paths.entries()], outline: outlined.join(''), byKey: lookup };
  }, [cells, grid, scales, placeSelected]);

  /** The cell under a point of the chart, if any. */
  const cellAt = (x: number, y: number): TimelineCell | undefined => {
    const { plot } = scales;
    if (x < plot.left || x > plot.left + plot.width) return undefined;
    const days = scales.x(grid.start + 1) - scales.x(grid.start);
    const day = grid.start + (x - scales.x(grid.start)) / (days || 1);
    const column = columnOfDay(grid, Math.floor(day));
    for (let row = 0; row <= UNSCORED; row++) {
      const [top, bottom] = rowExtent(row, scales);
      if (y >= top && y <= bottom) return byKey.get(column * 16 + row);
    }
    return undefined;
  };
  const pointAt = (e: MouseEvent<SVGGElement>) => {
    const svg = e.currentTarget.ownerSVGElement;
    const box = svg?.getBoundingClientRect();
    return box ? { x: e.clientX - box.left, y: e.clientY - box.top } : null;
  };

  return (
    <g
      className="timeline-cells"
      onPointerMove={(e) => {
        const point = pointAt(e);
        const cell = point ? cellAt(point.x, point.y) : undefined;
        onHover(
          cell
            ? {
                cell,
                x:
                  (scales.x(columnStart(grid, cell.column)) +
                    scales.x(columnStart(grid, cell.column + 1))) /
                  2,
              }
            : null,
        );
      }}
      onPointerLeave={() => onHover(null)}
      onClick={(e) => {
        const point = pointAt(e);
        const cell = point ? cellAt(point.x, point.y) : undefined;
        if (cell) onActivate(cell);
      }}
      style={{ cursor: 'zoom-in' }}
    >
      {/* A transparent plot-sized target, so that the pointer is followed between cells too. */}
      <rect
        x={scales.plot.left}
        y={scales.plot.top}
        width={scales.plot.width}
        height={scales.plot.height}
        fill="transparent"
      />
      {layers.map(([key, layer]) => (
        <path key={key} d={layer.d.join('')} fill={layer.fill} fillOpacity={layer.opacity} />
      ))}
      {outline ? <path d={outline} fill="none" stroke="var(--ink)" strokeWidth={1.5} /> : null}
    </g>
  );
});
