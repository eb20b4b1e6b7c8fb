/**
 * What the data shows, for the page's headline: the in-person meetings of the two sides, how many
 * were held, the tensest and the calmest by score (with their ranges), and whether any reading
 * puts one in the tense band. On data with no held meeting, a neutral overview instead.
 *
 * vite.config.ts runs this on public/data/events.json at build time, so that the static header
 * already says the finding: it imports nothing but types and the bands of the scale.
 */
import type { DiplomaticEvent, LocalizedText, Place, Source } from './schema';
import { TENSION_BANDS } from './tension.ts';
import type { EventStatus } from './vocabulary';

/** The scores from which an event reads as tense: the "tense" band's lower bound (6). */
const TENSE_FROM = TENSION_BANDS.find((band) => band.key === 'tense')?.min ?? 6;

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
  tension: number | null;
  range: readonly [number, number] | null;
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
  /** How many held meetings have a score. */
  scored: number;
  /** The held meeting with the highest score (the earliest of equals); null if none is scored. */
  tensest: Encounter | null;
  /** The held meeting with the lowest score (the earliest of equals); null if none is scored. */
  calmest: Encounter | null;
  /** No reading of any scored held meeting reaches the tense band. */
  noneTense: boolean;
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
>;

export interface FindingInput {
  /** Any iterable: the dataset worker makes them one at a time from its columns. */
  events: Iterable<FindingEvent>;
  places: readonly Place[];
  sources: readonly Pick<Source, 'language'>[];
  dyad?: readonly [string, string];
}

/** The top of a meeting's range: its highest reading (its score where it has no range). */
const highestReading = (e: Encounter) => e.range?.[1] ?? e.tension ?? 0;

/**
 * findHeadline(shipped) → { kind: 'meetings', held: [Stockholm, Geneva, New Delhi, Alaska],
 * notHeld: [Budapest], tensest: Stockholm (3.6), calmest: Geneva (2.4), noneTense: true, … }
 */
export function findHeadline(dataset: FindingInput): Finding {
  const sides = dataset.dyad ?? (['USA', 'RUS'] as const);
  const sources = summarizeSources(dataset.sources);
  const placeNames = new Map(dataset.places.map((p) => [p.id, p.name]));
  const meetings: Encounter[] = [];
  for (const event of dataset.events) {
    const place = event.placeId === null ? undefined : placeNames.get(event.placeId);
    if (!isKeyMeeting(event) || place === undefined) continue;
    meetings.push({
      eventId: event.id,
      kind: event.kind,
      place,
      date: event.date,
      status: event.status,
      tension: event.tension,
      range: event.tensionRange,
    });
  }
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const held = meetings.filter((m) => m.status === 'held');
  if (held.length === 0) return overview(dataset.events, sides, sources);

  const scored = held.filter((m) => m.tension !== null);
  let tensest: Encounter | null = null;
  let calmest: Encounter | null = null;
  for (const m of scored) {
    const score = m.tension ?? 0;
    if (tensest === null || score > (tensest.tension ?? 0)) tensest = m;
    if (calmest === null || score < (calmest.tension ?? 0)) calmest = m;
  }
  return {
    kind: 'meetings',
    sides,
    sources,
    held,
    notHeld: meetings.filter((m) => m.status !== 'held'),
    scored: scored.length,
    tensest,
    calmest,
    noneTense: scored.length > 0 && scored.every((m) => highestReading(m) < TENSE_FROM),
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
