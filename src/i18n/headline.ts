/**
 * The page's headline and introduction, worded from what the data shows (domain/finding.ts), in
 * each language. Short, factual, hedged where the range says so: the scores are of what the
 * articles report, and a range is named where other readings of the sentences move a score.
 *
 * vite.config.ts words the built-in dataset's headline with these at build time (through
 * staticShell.ts): this file imports nothing but types.
 */
import type { Encounter, Finding, MeetingsFinding, OverviewFinding } from '../domain/finding.ts';

export interface Headline {
  title: string;
  intro: string;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Digits grouped the language's way, for counts past ten: 1,250 / 1.250. */
const grouped = (n: number, separator: string) =>
  String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** A score as the page writes it: 3.6 / 3,6. */
const score = (x: number, lang: 'en' | 'vi') =>
  lang === 'vi' ? String(x).replace('.', ',') : String(x);

// ---------------------------------------------------------------------------------------------
// English

const WORDS_EN = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];
const ORDINALS_EN = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const MONTHS_EN = [
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
const LANGUAGE_EN: Record<string, string> = { vi: 'Vietnamese ', en: 'English ' };
const SIDES_EN: Record<string, string> = { USA: 'the US', RUS: 'Russia' };

const wordEn = (n: number) => WORDS_EN[n] ?? grouped(n, ',');
const monthEn = (iso: string) =>
  `${MONTHS_EN[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
const timesEn = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${wordEn(n)} times`);

function sidesEn(sides: readonly [string, string]): string {
  const [a, b] = sides.map((code) => SIDES_EN[code]);
  return a && b ? `${a} and ${b}` : 'the two sides';
}

function articlesEn(f: Finding): string {
  const { count, language } = f.sources;
  const kind = `${language ? (LANGUAGE_EN[language] ?? '') : ''}news article${count === 1 ? '' : 's'}`;
  return `${wordEn(count)} ${kind}`;
}

/** ", 3.1 to 5.5 on other readings of its sentences" – or nothing where no reading moves it. */
function rangeEn(e: Encounter, long: boolean): string {
  if (!e.range || e.range[0] === e.range[1]) return '';
  const span = `${score(e.range[0], 'en')}–${score(e.range[1], 'en')}`;
  return long ? ` (${span} on other readings of its sentences)` : ` (${span})`;
}

const whereEn = (e: Encounter) => `${e.place.en}, ${monthEn(e.date)},`;

function meetingsEn(f: MeetingsFinding): Headline {
  const n = f.held.length;
  const met = `${capitalize(sidesEn(f.sides))} met ${timesEn(n)} in person`;
  const { tensest, calmest } = f;
  let title = met;
  if (tensest && f.noneTense)
    title +=
      n === 1
        ? '; the meeting does not rate as tense'
        : `; none of the ${f.scored === n ? '' : 'scored '}meetings rates as tense`;
  else if (tensest)
    title += `; the tensest, in ${tensest.place.en}, rates ${score(tensest.tension ?? 0, 'en')} out of 10`;

  const first = f.held[0];
  const last = f.held[n - 1];
  const sentences: string[] = [];
  if (first && last)
    sentences.push(
      n === 1
        ? `${capitalize(articlesEn(f))} report${f.sources.count === 1 ? 's' : ''} it: ${first.place.en}, ${monthEn(first.date)}.`
        : `${capitalize(articlesEn(f))} report${f.sources.count === 1 ? 's' : ''} the meetings, from ${first.place.en} in ${monthEn(first.date)} to ${last.place.en} in ${monthEn(last.date)}.`,
    );
  const scale = 'Scored on the acts reported, from 0 (cooperative) to 10 (hostile),';
  if (tensest && calmest && tensest !== calmest) {
    const long = rangeEn(tensest, true);
    sentences.push(
      `${scale} the tensest was ${whereEn(tensest)} at ${score(tensest.tension ?? 0, 'en')}${long}; the calmest ${whereEn(calmest)} at ${score(calmest.tension ?? 0, 'en')}${rangeEn(calmest, long === '')}.`,
    );
  } else if (tensest) {
    const which = n === 1 ? 'it' : `the one scored, ${whereEn(tensest)}`;
    sentences.push(
      `${scale} ${which} rates ${score(tensest.tension ?? 0, 'en')}${rangeEn(tensest, true)}.`,
    );
  }
  sentences.push(...notHeldEn(f));
  return { title, intro: sentences.join(' ') };
}

function notHeldEn(f: MeetingsFinding): string[] {
  const [next, ...more] = f.notHeld;
  if (!next) return [];
  const ordinal = ORDINALS_EN[f.held.length + 1];
  const what = `a ${next.kind === 'summit' ? 'summit' : 'meeting'} in ${next.place.en} planned in ${monthEn(next.date)}`;
  const fate =
    next.status === 'postponed'
      ? 'was postponed'
      : next.status === 'cancelled'
        ? 'was cancelled'
        : `had not taken place when the ${f.sources.count === 1 ? 'article ends' : 'articles end'}`;
  const one = `${ordinal ? `A ${ordinal}` : 'Another'}, ${what}, ${fate}.`;
  if (more.length === 0) return [one];
  return [
    `${capitalize(wordEn(f.notHeld.length))} further meetings were planned but not held, the first in ${next.place.en}, ${monthEn(next.date)}.`,
  ];
}

function overviewEn(f: OverviewFinding): Headline {
  const span = f.first && f.last ? `, ${monthEn(f.first)} to ${monthEn(f.last)}` : '';
  const scored =
    f.scored === 0
      ? 'None of them has an act between the two sides to score.'
      : `${capitalize(wordEn(f.scored))} of them ${f.scored === 1 ? 'is' : 'are'} scored on the acts reported in ${articlesEn(f)}, from 0 (cooperative) to 10 (hostile).`;
  return {
    title: `${capitalize(wordEn(f.events))} event${f.events === 1 ? '' : 's'} between ${sidesEn(f.sides)}${span}`,
    intro: `${scored} The chart shows each event; the map shows where they happened, and the quotes what was said.`,
  };
}

/** The headline in English: "The US and Russia met four times in person; none of the meetings…" */
export function headlineEn(f: Finding): Headline {
  return f.kind === 'meetings' ? meetingsEn(f) : overviewEn(f);
}

// ---------------------------------------------------------------------------------------------
// Tiếng Việt

const WORDS_VI = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ORDINALS_VI = [
  '',
  'thứ nhất',
  'thứ hai',
  'thứ ba',
  'thứ tư',
  'thứ năm',
  'thứ sáu',
  'thứ bảy',
  'thứ tám',
  'thứ chín',
  'thứ mười',
];
const LANGUAGE_VI: Record<string, string> = { vi: ' tiếng Việt', en: ' tiếng Anh' };
const SIDES_VI: Record<string, string> = { USA: 'Mỹ', RUS: 'Nga' };

const wordVi = (n: number) => WORDS_VI[n] ?? grouped(n, '.');
const monthVi = (iso: string) => `tháng ${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

function sidesVi(sides: readonly [string, string]): string {
  const [a, b] = sides.map((code) => SIDES_VI[code]);
  return a && b ? `${a} và ${b}` : 'hai bên';
}

function articlesVi(f: Finding): string {
  const { count, language } = f.sources;
  return `${wordVi(count)} bài báo${language ? (LANGUAGE_VI[language] ?? '') : ''}`;
}

/** " (từ 3,1 đến 5,5 theo các cách hiểu khác của câu chữ)" – or nothing where no reading moves it. */
function rangeVi(e: Encounter, long: boolean): string {
  if (!e.range || e.range[0] === e.range[1]) return '';
  const [low, high] = [score(e.range[0], 'vi'), score(e.range[1], 'vi')];
  return long ? ` (từ ${low} đến ${high} theo cách hiểu khác của câu chữ)` : ` (${low}–${high})`;
}

const whereVi = (e: Encounter) => `${e.place.vi} (${monthVi(e.date)})`;

function meetingsVi(f: MeetingsFinding): Headline {
  const n = f.held.length;
  const { tensest, calmest } = f;
  let title = `${capitalize(sidesVi(f.sides))} gặp trực tiếp ${wordVi(n)} lần`;
  if (tensest && f.noneTense)
    title +=
      n === 1
        ? '; cuộc gặp không được chấm là căng thẳng'
        : `; không cuộc gặp nào${f.scored === n ? '' : ' có điểm'} được chấm là căng thẳng`;
  else if (tensest)
    title += `; căng thẳng nhất là cuộc gặp ở ${tensest.place.vi}, ${score(tensest.tension ?? 0, 'vi')}/10 điểm`;

  const first = f.held[0];
  const last = f.held[n - 1];
  const sentences: string[] = [];
  if (first && last)
    sentences.push(
      n === 1
        ? `${capitalize(articlesVi(f))} thuật lại cuộc gặp này: ${first.place.vi}, ${monthVi(first.date)}.`
        : `${capitalize(articlesVi(f))} thuật lại các cuộc gặp, từ ${first.place.vi} ${monthVi(first.date)} đến ${last.place.vi} ${monthVi(last.date)}.`,
    );
  const scale = 'Chấm theo hành động được thuật lại, từ 0 (hợp tác) đến 10 (thù địch),';
  if (tensest && calmest && tensest !== calmest) {
    const long = rangeVi(tensest, true);
    sentences.push(
      `${scale} căng thẳng nhất là ${whereVi(tensest)} với ${score(tensest.tension ?? 0, 'vi')} điểm${long}; ôn hòa nhất là ${whereVi(calmest)} với ${score(calmest.tension ?? 0, 'vi')} điểm${rangeVi(calmest, long === '')}.`,
    );
  } else if (tensest) {
    const which = n === 1 ? 'cuộc gặp' : `cuộc gặp duy nhất có điểm, ${whereVi(tensest)},`;
    sentences.push(
      `${scale} ${which} được ${score(tensest.tension ?? 0, 'vi')} điểm${rangeVi(tensest, true)}.`,
    );
  }
  sentences.push(...notHeldVi(f));
  return { title, intro: sentences.join(' ') };
}

function notHeldVi(f: MeetingsFinding): string[] {
  const [next, ...more] = f.notHeld;
  if (!next) return [];
  const ordinal = ORDINALS_VI[f.held.length + 1];
  const what = `${next.kind === 'summit' ? 'thượng đỉnh' : 'cuộc gặp'} ở ${next.place.vi} được lên kế hoạch vào ${monthVi(next.date)}`;
  const fate =
    next.status === 'postponed'
      ? 'đã bị hoãn'
      : next.status === 'cancelled'
        ? 'đã bị hủy'
        : `chưa diễn ra khi ${f.sources.count === 1 ? 'bài báo' : 'các bài báo'} kết thúc`;
  const one = `${ordinal ? `Cuộc gặp ${ordinal}` : 'Một cuộc gặp khác'}, ${what}, ${fate}.`;
  if (more.length === 0) return [one];
  return [
    `${capitalize(wordVi(f.notHeld.length))} cuộc gặp khác được dự kiến nhưng không diễn ra, cuộc đầu tiên ở ${next.place.vi}, ${monthVi(next.date)}.`,
  ];
}

function overviewVi(f: OverviewFinding): Headline {
  const span = f.first && f.last ? `, từ ${monthVi(f.first)} đến ${monthVi(f.last)}` : '';
  const scored =
    f.scored === 0
      ? 'Không sự kiện nào có hành động giữa hai bên để chấm điểm.'
      : `${capitalize(wordVi(f.scored))} sự kiện được chấm điểm theo các hành động được thuật lại trong ${articlesVi(f)}, từ 0 (hợp tác) đến 10 (thù địch).`;
  return {
    title: `${capitalize(wordVi(f.events))} sự kiện giữa ${sidesVi(f.sides)}${span}`,
    intro: `${scored} Biểu đồ cho thấy từng sự kiện; bản đồ cho thấy nơi diễn ra, phần trích dẫn cho thấy các bên đã nói gì.`,
  };
}

/** The headline in Vietnamese: "Mỹ và Nga gặp trực tiếp bốn lần; không cuộc gặp nào…" */
export function headlineVi(f: Finding): Headline {
  return f.kind === 'meetings' ? meetingsVi(f) : overviewVi(f);
}
