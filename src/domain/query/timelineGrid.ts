/** The timeline's grid of time columns, in whole days. */
/**
 * The cells' columns: `days` days from `start` cut into `columns` columns, day d in column
 * floor((d − start) × columns ÷ days) (clamped): whole numbers, so that the index's cuts and a
 * count event by event agree to the day.
 */
export interface TimelineGrid {
  start: number;
  days: number;
  columns: number;
}

/** The column a day falls in (days outside the grid in its first or last column). */
export const columnOfDay = (grid: TimelineGrid, day: number) =>
  Math.min(
    grid.columns - 1,
    Math.max(0, Math.floor(((day - grid.start) * grid.columns) / grid.days)),
  );

/** The first day of a column: the smallest d with columnOfDay(d) = column. */
export const columnStart = (grid: TimelineGrid, column: number) =>
  grid.start + Math.ceil((column * grid.days) / grid.columns);
