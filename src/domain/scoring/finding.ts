/**
 * What the data shows, for the page's headline: the in-person meetings of the two sides, how many
 * were held, and two things about them, kept apart: the climate going into each (every act
 * between the sides in the window before it, climate.ts) and each meeting's own tone. For each,
 * the meeting highest and lowest, and how far that holds: under every prior and window of
 * sensitivity.ts and every reading of the sentences, only under every setting, or not even that.
 * On data with no held meeting, a neutral overview instead.
 *
 * Pure and cheap: vite.config.ts runs it on public/data/events.json at build time (so every
 * import here is relative and written with its extension), and the page on the data shown. It
 * takes the act-day index where one is built already, else builds it from the events.
 */
import {
  buildActDayIndex,
  type ActDayIndex,
  type ClimateAction,
  type ClimateEventInput,
} from './actDays.ts';
import { climateAt } from './climate.ts';
import { midpointOfSpan, spanOf } from '../dataset/dates.ts';
import type { DiplomaticEvent, LocalizedText, Place, Source } from '../dataset/schema';
import {
  CLIMATE_WINDOW,
  climatesBySetting,
  PRIORS,
  robustness,
  tonesByPrior,
  WINDOWS,
  type Reading3,
} from './sensitivity.ts';
import { PRIOR_WEIGHT } from './tension.ts';
import type { DatePrecision, EventStatus } from '../dataset/vocabulary';

const MEETING_KINDS: ReadonlySet<string> = new Set(['meeting', 'summit']);

type MeetingFields = Pick<DiplomaticEvent, 'kind' | 'category' | 'placeId'>;

/**
 * A key meeting: the two sides meeting in person somewhere (a meeting or a summit between them,
 * with a place). The headline counts them and the timeline names them.
 */
export function isKeyMeeting(event: MeetingFields): boolean {
  return MEETING_KINDS.has(event.kind) && event.category === 'us-russia' && event.placeId !== null;
}

/** A meeting as the headline names it: where, which month, and its score. */
export interface Encounter {
  eventId: string;
  kind: DiplomaticEvent['kind'];
  place: LocalizedText;
  /** ISO date: the headline names its month. */
  date: string;
  status: EventStatus;
  /** Its tone, and the range of its readings. */
  tension: number | null;
  range: readonly [number, number] | null;
  /** The climate going into it (CLIMATE_WINDOW days); null where no act falls in them. */
  climate: EncounterClimate | null;
}

export interface EncounterClimate {
  /** Unrounded on 0–10; null where the acts weigh nothing on the chosen reading. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** How many acts between the sides count in the window. */
  acts: number;
}

/**
 * How far a ranking holds: under every setting and every reading ('always'); otherwise, where the
 * next meeting is within 0.3 with the settings used, 'close'; under every setting but not every
 * reading ('reading'); not under every setting ('setting').
 */
export type Holds = 'always' | 'reading' | 'close' | 'setting';

/** The meetings highest and lowest on one measure, with the settings used, and how far it holds. */
export interface Ranking {
  top: Encounter;
  bottom: Encounter;
  topHolds: Holds;
  bottomHolds: Holds;
}

/** The sources in a few words: how many, and their language where they share one. */
export interface SourcesSummary {
  count: number;
  /** BCP 47 primary language shared by every source ("vi"), or null. */
  language: string | null;
}

export interface MeetingsFinding {
  kind: 'meetings';
  /** The two sides, as the dataset names them (actor codes). */
  sides: readonly [string, string];
  sources: SourcesSummary;
  /** Held meetings, oldest first. */
  held: Encounter[];
  /** Meetings planned, postponed or cancelled, oldest first. */
  notHeld: Encounter[];
  /** How many held meetings have a tone. */
  scored: number;
  /** By the meetings' own tone; null with fewer than two toned meetings. */
  tone: Ranking | null;
  /** By the climate going into them; null with fewer than two meetings that have one. */
  climate: Ranking | null;
  /** The climate's window, in days. */
  windowDays: number;
}

export interface OverviewFinding {
  kind: 'overview';
  sides: readonly [string, string];
  sources: SourcesSummary;
  events: number;
  scored: number;
  /** The first and last event's dates (ISO), or null without events. */
  first: string | null;
  last: string | null;
}

export type Finding = MeetingsFinding | OverviewFinding;

/** What the headline reads of an event. */
export type FindingEvent = Pick<
  DiplomaticEvent,
  'id' | 'kind' | 'category' | 'status' | 'placeId' | 'date' | 'tension' | 'tensionRange'
> & {
  /** How precisely `date` is known (default: to the day). */
  datePrecision?: DatePrecision;
  /** The day the chart draws it (a dates.ts day number); default: the middle of its date. */
  day?: number;
  /**
   * Its coded acts: read (a lazy getter serves) for the meetings held, whose tone is recomputed
   * under other priors, and for every event where no act-day index is given. Without them there
   * is no tone ranking, and without them or an index no climate: the headline claims nothing it
   * has not checked.
   */
  actions?: readonly ClimateAction[];
};

export interface FindingInput {
  /** Any iterable: the dataset worker makes them one at a time from its columns. */
  events: Iterable<FindingEvent>;
  /**
   * Those of `events` that are key meetings, in the same order (more does no harm), where the
   * caller picks them out cheaply (the dataset worker, from its columns): read in their place to
   * find the meetings when an act-day index is given; `events` is still read for the overview.
   */
  meetings?: Iterable<FindingEvent>;
  places: readonly Place[];
  sources: readonly Pick<Source, 'language'>[];
  dyad?: readonly [string, string];
}

/**
 * findHeadline(shipped) → { kind: 'meetings', held: [Stockholm, Geneva, New Delhi, Alaska],
 * notHeld: [Budapest], climate: { top: New Delhi, bottom: Geneva, both 'always' },
 * tone: { top: Stockholm ('reading'), bottom: Geneva ('setting') }, … }
 */
export function findHeadline(dataset: FindingInput, actDays?: ActDayIndex): Finding {
  const sides = dataset.dyad ?? (['USA', 'RUS'] as const);
  const sources = summarizeSources(dataset.sources);
  const placeNames = new Map(dataset.places.map((p) => [p.id, p.name]));
  const meetings: (Encounter & { day: number; event: FindingEvent })[] = [];
  // The acts for an index, where none is given: gathered in the same pass over the events.
  const inputs: ClimateEventInput[] | null = actDays ? null : [];
  for (const event of (actDays && dataset.meetings) || dataset.events) {
    // Its span only where it is read (an index gives the day and its acts: a million events).
    const span =
      event.day === undefined || inputs ? spanOf(event.date, event.datePrecision ?? 'day') : null;
    const day = event.day ?? (span ? midpointOfSpan(span) : 0);
    if (inputs && span && event.actions) inputs.push({ day, span, actions: event.actions });
    const place = event.placeId === null ? undefined : placeNames.get(event.placeId);
    if (!isKeyMeeting(event) || place === undefined) continue;
    const encounter = { eventId: event.id, kind: event.kind, place, date: event.date };
    const toned = { tension: event.tension, range: event.tensionRange, climate: null };
    meetings.push({ ...encounter, status: event.status, ...toned, day, event });
  }
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const held = meetings.filter((m) => m.status === 'held');
  if (held.length === 0) return overview(dataset.events, sides, sources);

  const index = actDays ?? (inputs?.length ? buildActDayIndex(inputs, dataset.dyad) : null);
  for (const m of held) {
    const c = index && climateAt(index, m.day, CLIMATE_WINDOW);
    m.climate = c && { value: c.value, low: c.low, high: c.high, acts: c.acts };
  }
  const toned = held.filter((m) => m.tension !== null);
  const withClimate = held.filter((m) => m.climate?.value != null);
  const plain = (m: (typeof meetings)[number]): Encounter => ({
    eventId: m.eventId,
    kind: m.kind,
    place: m.place,
    date: m.date,
    status: m.status,
    tension: m.tension,
    range: m.range,
    climate: m.climate,
  });
  return {
    kind: 'meetings',
    sides,
    sources,
    held: held.map(plain),
    notHeld: meetings.filter((m) => m.status !== 'held').map(plain),
    scored: toned.length,
    tone: toned.every((m) => m.event.actions)
      ? ranking(
          toned.map(plain),
          tonesByPrior(
            toned.map((m) => ({ actions: m.event.actions ?? [] })),
            dataset.dyad,
          ),
          PRIOR_AT,
        )
      : null,
    climate: index
      ? ranking(
          withClimate.map(plain),
          climatesBySetting(
            index,
            withClimate.map((m) => m.day),
          ).map((s) => s.values),
          CLIMATE_AT,
        )
      : null,
    windowDays: CLIMATE_WINDOW,
  };
}

/** Values closer than this with the settings used are "close" where the ranking does not hold. */
const CLOSE = 0.3;
/** Where the settings used stand among sensitivity.ts's: prior 5 of PRIORS; 30 days, prior 5. */
const PRIOR_AT = PRIORS.indexOf(PRIOR_WEIGHT as (typeof PRIORS)[number]);
const CLIMATE_AT =
  WINDOWS.indexOf(CLIMATE_WINDOW as (typeof WINDOWS)[number]) * PRIORS.length + PRIOR_AT;

/**
 * The highest and lowest of the meetings with the settings used (`bySetting[used]`; the earliest
 * of equals), and how far each holds: the same meeting under every setting, and under each its
 * every reading beyond every other meeting's ('always'), or only its value ('reading').
 */
function ranking(
  items: readonly Encounter[],
  bySetting: readonly (readonly Reading3[])[],
  used: number,
): Ranking | null {
  const values = bySetting[used];
  if (items.length < 2 || values === undefined) return null;
  const value = (i: number) => values[i]?.[0] ?? 0;
  const down = items.map((_, i) => i).sort((a, b) => value(b) - value(a) || a - b);
  const up = items.map((_, i) => i).sort((a, b) => value(a) - value(b) || a - b);
  const settings = robustness(bySetting.map((setting) => setting.map(([value]) => value)));
  const holds = (k: number, next: number, held: number | null, top: boolean): Holds => {
    const beyond = bySetting.every((setting) => {
      const [, low, high] = setting[k] ?? [null, null, null];
      return setting.every(([, l, h], i) =>
        i === k ? true : top ? (low ?? 0) > (h ?? 0) : (high ?? 0) < (l ?? 0),
      );
    });
    if (held === k && beyond) return 'always';
    if (Math.abs(value(k) - value(next)) < CLOSE) return 'close';
    return held === k ? 'reading' : 'setting';
  };
  const [first, second] = [down[0] ?? 0, down[1] ?? 0];
  const [last, beforeLast] = [up[0] ?? 0, up[1] ?? 0];
  const [top, bottom] = [items[first], items[last]];
  if (top === undefined || bottom === undefined) return null;
  return {
    top,
    bottom,
    topHolds: holds(first, second, settings.top, true),
    bottomHolds: holds(last, beforeLast, settings.bottom, false),
  };
}

function overview(
  events: Iterable<FindingEvent>,
  sides: readonly [string, string],
  sources: SourcesSummary,
): OverviewFinding {
  let first: string | null = null;
  let last: string | null = null;
  let scored = 0;
  let count = 0;
  for (const event of events) {
    count += 1;
    if (first === null || event.date < first) first = event.date;
    if (last === null || event.date > last) last = event.date;
    if (event.tension !== null) scored += 1;
  }
  return { kind: 'overview', sides, sources, events: count, scored, first, last };
}

function summarizeSources(sources: readonly Pick<Source, 'language'>[]): SourcesSummary {
  const languages = new Set(sources.map((s) => s.language.split('-')[0]?.toLowerCase()));
  const [only] = languages;
  return { count: sources.length, language: languages.size === 1 && only ? only : null };
}
