/**
 * The events as CSV: a row an event with its tone, the evidence it rests on and the climate going
 * into it, under the citation (exportData.ts writes the fields and the citation).
 */
import type { ActDayIndex } from '../scoring/actDays';
import { noteColumns, toCsv, type Lookups } from './exportData';
import { climateOfEvent } from '../query/climateSeries';
import type { DiplomaticEvent } from '../dataset/schema';
import { DEFAULT_DYAD, toneEvidence, type Dyad } from '../scoring/tension';

export const EVENT_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'place',
  'kind',
  'status',
  'category',
  'title_en',
  'title_vi',
  'participants',
  'tone',
  'tone_low',
  'tone_high',
  'tone_conflict',
  'tone_cooperation',
  'tone_acts',
  'climate',
  'climate_low',
  'climate_high',
  'climate_acts',
  'summary_en',
  'summary_vi',
  'sources',
  'note_en',
  'note_vi',
] as const;

/** What the tone and the climate are read against: the dataset's two sides and its act-day index. */
export interface ScoreContext {
  dyad?: Dyad;
  /** Every counted act of the dataset by day (the index's): the climate counts them all. */
  actDays: ActDayIndex;
}

export function eventsToCsv(
  events: readonly DiplomaticEvent[],
  lookups: Lookups,
  citation: string,
  { dyad = DEFAULT_DYAD, actDays }: ScoreContext,
): string {
  return toCsv([
    [citation],
    [...EVENT_COLUMNS],
    ...events.map((e) => [
      e.id,
      e.date,
      e.datePrecision,
      e.placeId === null ? '' : (lookups.placesById.get(e.placeId)?.name.en ?? e.placeId),
      e.kind,
      e.status,
      e.category,
      e.title.en,
      e.title.vi,
      e.participants.map((p) => lookups.peopleById.get(p)?.name ?? p).join('; '),
      e.tension,
      e.tensionRange?.[0],
      e.tensionRange?.[1],
      ...evidenceColumns(e, dyad),
      ...climateColumns(e, actDays),
      e.summary.en,
      e.summary.vi,
      e.sourceIds.join('; '),
      ...noteColumns(e.note),
    ]),
  ]);
}

/** tone_conflict, tone_cooperation, tone_acts: what the tone rests on (empty with no act counted). */
function evidenceColumns(event: DiplomaticEvent, dyad: Dyad): (number | null)[] {
  const { conflict, cooperation, acts } = toneEvidence(event.actions, dyad);
  return acts === 0 ? [null, null, 0] : [conflict, cooperation, acts];
}

/**
 * climate, climate_low, climate_high (two decimals), climate_acts: the climate going into the
 * event, from every counted act of the window before the day it is drawn on; empty where none.
 */
function climateColumns(event: DiplomaticEvent, actDays: ActDayIndex): (number | null)[] {
  const climate = climateOfEvent(actDays, event);
  const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  return [round(climate.value), round(climate.low), round(climate.high), climate.acts];
}
