/** The headline in English (headline.ts says how it is worded). */
import type {
  Encounter,
  Finding,
  Holds,
  MeetingsFinding,
  OverviewFinding,
} from '../domain/finding.ts';
import { capitalize, grouped, score, type Headline } from './headlineWords.ts';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const LANGUAGES: Record<string, string> = { vi: 'Vietnamese ', en: 'English ' };
const SIDES: Record<string, string> = { USA: 'the US', RUS: 'Russia' };
const SCALE = '0 for mostly cooperative acts, 10 for mostly conflictual ones';

const word = (n: number) => WORDS[n] ?? grouped(n, ',');
const month = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${word(n)} times`);
const acts = (n: number) => `${word(n)} act${n === 1 ? '' : 's'}`;
const where = (e: Encounter) => `${e.place.en}, ${month(e.date)}`;

function sides(codes: readonly [string, string]): string {
  const [a, b] = codes.map((code) => SIDES[code]);
  return a && b ? `${a} and ${b}` : 'the two sides';
}

function articles(f: Finding): string {
  const { count, language } = f.sources;
  return `${word(count)} ${language ? (LANGUAGES[language] ?? '') : ''}news article${count === 1 ? '' : 's'}`;
}

/** " (3.1–5.6 on other readings of its sentences)", or nothing where no reading moves it. */
function range(low: number | null, high: number | null, long: boolean): string {
  if (low === null || high === null || score(low, 'en') === score(high, 'en')) return '';
  const span = `${score(low, 'en')}–${score(high, 'en')}`;
  return long ? ` (${span} on other readings of its sentences)` : ` (${span})`;
}

/** What a ranking's end is worth: nothing to add, or how far it does not hold. */
function hedge(holds: Holds, setting: string): string {
  if (holds === 'reading') return ', though other readings of the sentences could change that';
  if (holds === 'close') return `, but that is close and depends on the ${setting}`;
  if (holds === 'setting') return `, but that depends on the ${setting}`;
  return '';
}

function climateSentence(f: MeetingsFinding): string[] {
  const window = `the ${f.windowDays} days before`;
  const none = f.held.filter((m) => m.climate?.value == null);
  const out: string[] = [];
  const r = f.climate;
  const value = (m: Encounter) =>
    `${score(m.climate?.value ?? 0, 'en')} (${acts(m.climate?.acts ?? 0)})`;
  const defined = `the climate (the conflictual share, from 0 to 10, of every act the articles report between the two sides in ${window})`;
  if (r) {
    const always = r.topHolds === 'always' && r.bottomHolds === 'always';
    out.push(
      `Going into them, ${defined} was highest before ${where(r.top)}, at ${value(r.top)}${always ? '' : hedge(r.topHolds, 'window and the prior')}, and lowest before ${where(r.bottom)}, at ${value(r.bottom)}${always ? ', whatever the window (30 to 90 days), the prior or the reading' : hedge(r.bottomHolds, 'window and the prior')}.`,
    );
  } else {
    const only = f.held.find((m) => m.climate?.value != null);
    if (only) out.push(`Going into ${where(only)}, ${defined} was ${value(only)}.`);
  }
  if (none.length > 0 && none.length < f.held.length)
    out.push(
      `No act is reported in ${window} ${none.map(where).join(' or ')}, so ${none.length === 1 ? 'it has' : 'they have'} no climate.`,
    );
  return out;
}

function toneSentence(f: MeetingsFinding): string[] {
  const r = f.tone;
  const lead =
    'The meetings’ own tone, the same share for each meeting’s own acts, is a second measure:';
  if (!r) {
    const only = f.held.find((m) => m.tension !== null);
    if (!only) return [];
    const which = f.held.length === 1 ? 'the meeting' : where(only);
    return [
      `${f.held.length === 1 ? 'Its tone, the conflictual share of its acts between the two sides' : lead.slice(0, -1)} (${SCALE}), ${f.held.length === 1 ? 'is' : `is ${which}:`} ${score(only.tension ?? 0, 'en')}${range(only.range?.[0] ?? null, only.range?.[1] ?? null, true)}.`,
    ];
  }
  const end = (m: Encounter, holds: Holds, word: 'highest' | 'lowest') => {
    const at = `${score(m.tension ?? 0, 'en')}${range(m.range?.[0] ?? null, m.range?.[1] ?? null, false)}`;
    if (holds === 'always')
      return `${where(m)}, rates ${word} at ${at}, whatever the prior or the reading`;
    if (holds === 'reading')
      return `${where(m)}, rates ${word} at ${at} under every prior, though that depends on the reading`;
    const gap = holds === 'close' ? 'is close and ' : '';
    return `which rates ${word} ${gap}depends on the prior: with the prior used, ${where(m)}, at ${at}`;
  };
  return [
    `${lead} ${end(r.top, r.topHolds, 'highest')}; ${end(r.bottom, r.bottomHolds, 'lowest')}.`,
  ];
}

function title(f: MeetingsFinding): string {
  const met = `${capitalize(sides(f.sides))} met ${times(f.held.length)} in person`;
  if (f.climate?.topHolds === 'always')
    return `${met}; the climate was most conflictual going into ${where(f.climate.top)}`;
  if (f.tone?.topHolds === 'always')
    return `${met}; ${where(f.tone.top)}, had the most conflictual tone`;
  return met;
}

function meetings(f: MeetingsFinding): Headline {
  const n = f.held.length;
  const first = f.held[0];
  const last = f.held[n - 1];
  const reports = `${capitalize(articles(f))} report${f.sources.count === 1 ? 's' : ''}`;
  const sentences: string[] = [];
  if (first && last)
    sentences.push(
      n === 1
        ? `${reports} it: ${first.place.en}, ${month(first.date)}.`
        : `${reports} the meetings, from ${first.place.en} in ${month(first.date)} to ${last.place.en} in ${month(last.date)}.`,
    );
  sentences.push(...climateSentence(f), ...toneSentence(f), ...notHeld(f));
  return { title: title(f), intro: sentences.join(' ') };
}

function notHeld(f: MeetingsFinding): string[] {
  const [next, ...more] = f.notHeld;
  if (!next) return [];
  const ordinal = ORDINALS[f.held.length + 1];
  const what = `a ${next.kind === 'summit' ? 'summit' : 'meeting'} in ${next.place.en} planned in ${month(next.date)}`;
  const fate =
    next.status === 'postponed'
      ? 'was postponed'
      : next.status === 'cancelled'
        ? 'was cancelled'
        : `had not taken place when the ${f.sources.count === 1 ? 'article ends' : 'articles end'}`;
  if (more.length === 0) return [`${ordinal ? `A ${ordinal}` : 'Another'}, ${what}, ${fate}.`];
  return [
    `${capitalize(word(f.notHeld.length))} further meetings were planned but not held, the first in ${next.place.en}, ${month(next.date)}.`,
  ];
}

function overview(f: OverviewFinding): Headline {
  const span = f.first && f.last ? `, ${month(f.first)} to ${month(f.last)}` : '';
  const scored =
    f.scored === 0
      ? 'None of them has an act between the two sides that weighs, so none has a tone.'
      : `${capitalize(word(f.scored))} of them ${f.scored === 1 ? 'has' : 'have'} a tone, the conflictual share of the acts reported in ${articles(f)} (${SCALE}).`;
  return {
    title: `${capitalize(word(f.events))} event${f.events === 1 ? '' : 's'} between ${sides(f.sides)}${span}`,
    intro: `${scored} The chart shows each event; the map shows where they happened, and the quotes what was said.`,
  };
}

/** The headline in English: "The US and Russia met four times in person; the climate was…" */
export function headlineEn(f: Finding): Headline {
  return f.kind === 'meetings' ? meetings(f) : overview(f);
}
