/**
 * The place of a row of our CSV template (template.ts): `place` with `latitude` and `longitude`
 * makes a place, shared by every row naming the same one; a place without coordinates is noted
 * and left off the map; coordinates that are not numbers leave the row out.
 */
import { describeValue } from '../dataset/describeIssue';
import { problem, type Problem } from '../dataset/problems';
import type { DatasetBuilder, Origin } from './builder';
import type { HeadedRow } from './headedRow';
import { parseNumber } from './text';

/** What reading a place needs of the template's mapper. */
export interface RowContext {
  readonly builder: DatasetBuilder;
  fail(row: HeadedRow, column: string | null, found: Problem): void;
  origin(row: HeadedRow, columns: Readonly<Record<string, string>>): Origin;
}

/** The place of a row: its id, null for none, false if the row is left out. */
export function placeOfRow(
  mapper: RowContext,
  row: HeadedRow,
  comma: boolean,
): string | null | false {
  const name = row.get('place');
  const [latText, lonText] = [row.get('latitude'), row.get('longitude')];
  if (latText === '' && lonText === '') {
    if (name !== '')
      mapper.builder.note(
        problem('', 'in-row', {
          line: row.line,
          column: row.column('place'),
          problem: problem('', 'no-coordinates', { place: name }),
        }),
      );
    return null;
  }
  const [lat, lon] = [parseNumber(latText, comma), parseNumber(lonText, comma)];
  for (const [column, text, value] of [
    ['latitude', latText, lat],
    ['longitude', lonText, lon],
  ] as const)
    if (value === null) {
      mapper.fail(
        row,
        column,
        text === ''
          ? problem('', 'missing', {})
          : problem('', 'wrong-type', { expected: 'number', got: describeValue(text) }),
      );
      return false;
    }
  if (lat === null || lon === null) return false;
  const label = name || `${lat}, ${lon}`;
  const country = row.get('country').toUpperCase();
  const origin = mapper.origin(row, {
    lat: 'latitude',
    lon: 'longitude',
    'name.en': 'place',
    'name.vi': 'place',
    country: 'country',
  });
  const id = mapper.builder.place(
    `${label}|${lat}|${lon}`,
    label,
    (newId) => ({
      id: newId,
      name: { en: label, vi: label },
      country: country === '' ? null : country,
      lat,
      lon,
    }),
    origin,
  );
  return id ?? false;
}
