/** The headline in English (headline.ts says how it is worded). */
import type {
  Encounter,
  Finding,
  Holds,
  MeetingsFinding,
  OverviewFinding,
} from '../domain/scoring/finding.ts';
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

/** How far a ranking's end holds, inside its brackets: nothing where it always does. */
function hedge(holds: Holds, setting: string): string {
  if (holds === 'reading') return '; depends on the reading';
  if (holds === 'close') return '; close';
  if (holds === 'setting') return `; depends on the ${setting}`;
  return '';
}

/** A meeting by its place, and its month where another meeting held was there too. */
const namer = (f: MeetingsFinding) => (m: Encounter) =>
  f.held.filter((o) => o.place.en === m.place.en).length > 1
    ? `${m.place.en} (${month(m.date)})`
    : m.place.en;

function climateSentence(f: MeetingsFinding): string[] {
  const name = namer(f);
  const none = f.held.filter((m) => m.climate?.value == null);
  const r = f.climate;
  const value = (m: Encounter, holds: Holds) =>
    `${score(m.climate?.value ?? 0, 'en')}, ${acts(m.climate?.acts ?? 0)}${hedge(holds, 'window and the prior')}`;
  const lead = `(the conflictual share, 0–10, of the two sides’ acts in the ${f.windowDays} days before)`;
  const missing =
    none.length > 0 && none.length < f.held.length
      ? `, none before ${none.map(name).join(' or ')}`
      : '';
  if (r) {
    const always = r.topHolds === 'always' && r.bottomHolds === 'always';
    return [
      `The climate before them ${lead} was highest before ${name(r.top)} (${value(r.top, r.topHolds)}), lowest before ${name(r.bottom)} (${value(r.bottom, r.bottomHolds)})${always ? ' whatever the window, prior or reading' : ''}${missing}.`,
    ];
  }
  const only = f.held.find((m) => m.climate?.value != null);
  return only
    ? [`The climate before ${name(only)} ${lead} was ${value(only, 'always')}${missing}.`]
    : [];
}

function toneSentence(f: MeetingsFinding): string[] {
  const name = namer(f);
  const r = f.tone;
  const value = (m: Encounter, holds: Holds) =>
    `${score(m.tension ?? 0, 'en')}${hedge(holds, 'prior')}`;
  if (r)
    return [
      `Their own tone: highest at ${name(r.top)} (${value(r.top, r.topHolds)}), lowest at ${name(r.bottom)} (${value(r.bottom, r.bottomHolds)}).`,
    ];
  const only = f.held.find((m) => m.tension !== null);
  if (!only) return [];
  const at = `${score(only.tension ?? 0, 'en')}${range(only.range?.[0] ?? null, only.range?.[1] ?? null, true)}`;
  return f.held.length === 1
    ? [`Its own tone, the same share for its acts, is ${at}.`]
    : [`Of their own tones, only ${name(only)}’s is known: ${at}.`];
}

function title(f: MeetingsFinding): string {
  const name = namer(f);
  // One line on a laptop's first screen: "in person" goes to the introduction where a finding
  // takes its place.
  const met = `${capitalize(sides(f.sides))} met ${times(f.held.length)}`;
  if (f.climate?.topHolds === 'always')
    return `${met}; the climate was most conflictual before ${name(f.climate.top)}`;
  if (f.tone?.topHolds === 'always')
    return `${met}; the most conflictual tone was at ${name(f.tone.top)}`;
  return `${met} in person`;
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
        : `${reports} these meetings in person, ${month(first.date)} to ${month(last.date)}.`,
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
