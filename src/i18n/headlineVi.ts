/** The headline in Vietnamese (headline.ts says how it is worded). */
import type {
  Encounter,
  Finding,
  Holds,
  MeetingsFinding,
  OverviewFinding,
} from '../domain/scoring/finding.ts';
import { capitalize, grouped, score, type Headline } from './headlineWords.ts';

const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ORDINALS = ['', 'thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'];
const LANGUAGES: Record<string, string> = { vi: ' tiếng Việt', en: ' tiếng Anh' };
const SIDES: Record<string, string> = { USA: 'Mỹ', RUS: 'Nga' };
const SCALE = '0 là chủ yếu hành động hợp tác, 10 là chủ yếu hành động xung đột';

const word = (n: number) => WORDS[n] ?? grouped(n, '.');
const month = (iso: string) => `tháng ${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
const acts = (n: number) => `${word(n)} hành động`;

function sides(codes: readonly [string, string]): string {
  const [a, b] = codes.map((code) => SIDES[code]);
  return a && b ? `${a} và ${b}` : 'hai bên';
}

function articles(f: Finding): string {
  const { count, language } = f.sources;
  return `${word(count)} bài báo${language ? (LANGUAGES[language] ?? '') : ''}`;
}

/** " (từ 3,1 đến 5,6 theo cách hiểu khác của câu chữ)", or nothing where no reading moves it. */
function range(low: number | null, high: number | null, long: boolean): string {
  if (low === null || high === null || score(low, 'vi') === score(high, 'vi')) return '';
  const [l, h] = [score(low, 'vi'), score(high, 'vi')];
  return long ? ` (từ ${l} đến ${h} theo cách hiểu khác của câu chữ)` : ` (${l}–${h})`;
}

/** How far a ranking's end holds, inside its brackets: nothing where it always does. */
function hedge(holds: Holds, setting: string): string {
  if (holds === 'reading') return '; tùy cách hiểu';
  if (holds === 'close') return '; chênh lệch nhỏ';
  if (holds === 'setting') return `; tùy ${setting}`;
  return '';
}

/** A meeting by its place, and its month where another meeting held was there too. */
const namer = (f: MeetingsFinding) => (m: Encounter) =>
  f.held.filter((o) => o.place.vi === m.place.vi).length > 1
    ? `${m.place.vi} (${month(m.date)})`
    : m.place.vi;

function climateSentence(f: MeetingsFinding): string[] {
  const name = namer(f);
  const none = f.held.filter((m) => m.climate?.value == null);
  const r = f.climate;
  const value = (m: Encounter, holds: Holds) =>
    `${score(m.climate?.value ?? 0, 'vi')} điểm, ${acts(m.climate?.acts ?? 0)}${hedge(holds, 'khung thời gian và giá trị tiên nghiệm')}`;
  const lead = `(tỷ trọng xung đột, 0–10, của hành động hai bên trong ${f.windowDays} ngày trước)`;
  const missing =
    none.length > 0 && none.length < f.held.length
      ? `, trước ${none.map(name).join(' hoặc ')} không có hành động nào`
      : '';
  if (r) {
    const always = r.topHolds === 'always' && r.bottomHolds === 'always';
    return [
      `Bầu không khí trước các cuộc gặp ${lead} cao nhất trước ${name(r.top)} (${value(r.top, r.topHolds)}), thấp nhất trước ${name(r.bottom)} (${value(r.bottom, r.bottomHolds)})${always ? ' với mọi khung thời gian, giá trị tiên nghiệm và cách hiểu' : ''}${missing}.`,
    ];
  }
  const only = f.held.find((m) => m.climate?.value != null);
  return only
    ? [
        `Bầu không khí trước cuộc gặp ở ${name(only)} ${lead} là ${value(only, 'always')}${missing}.`,
      ]
    : [];
}

function toneSentence(f: MeetingsFinding): string[] {
  const name = namer(f);
  const r = f.tone;
  const value = (m: Encounter, holds: Holds) =>
    `${score(m.tension ?? 0, 'vi')}${hedge(holds, 'giá trị tiên nghiệm')}`;
  if (r)
    return [
      `Sắc thái riêng của chúng: cao nhất ở ${name(r.top)} (${value(r.top, r.topHolds)}), thấp nhất ở ${name(r.bottom)} (${value(r.bottom, r.bottomHolds)}).`,
    ];
  const only = f.held.find((m) => m.tension !== null);
  if (!only) return [];
  const at = `${score(only.tension ?? 0, 'vi')}${range(only.range?.[0] ?? null, only.range?.[1] ?? null, true)}`;
  return f.held.length === 1
    ? [`Sắc thái riêng của cuộc gặp, cùng tỷ trọng đó tính trên các hành động của nó, là ${at}.`]
    : [
        `Sắc thái riêng của mỗi cuộc gặp là thước đo thứ hai; chỉ cuộc gặp ở ${name(only)} có sắc thái: ${at}.`,
      ];
}

function title(f: MeetingsFinding): string {
  const name = namer(f);
  const met = `${capitalize(sides(f.sides))} gặp trực tiếp ${word(f.held.length)} lần`;
  if (f.climate?.topHolds === 'always')
    return `${met}; bầu không khí xung đột nhất là trước ${name(f.climate.top)}`;
  if (f.tone?.topHolds === 'always')
    return `${met}; sắc thái xung đột nhất là ở ${name(f.tone.top)}`;
  return met;
}

function meetings(f: MeetingsFinding): Headline {
  const n = f.held.length;
  const first = f.held[0];
  const last = f.held[n - 1];
  const sentences: string[] = [];
  if (first && last)
    sentences.push(
      n === 1
        ? `${capitalize(articles(f))} thuật lại cuộc gặp này: ${first.place.vi}, ${month(first.date)}.`
        : `${capitalize(articles(f))} thuật lại các cuộc gặp, từ ${month(first.date)} đến ${month(last.date)}.`,
    );
  sentences.push(...climateSentence(f), ...toneSentence(f), ...notHeld(f));
  return { title: title(f), intro: sentences.join(' ') };
}

function notHeld(f: MeetingsFinding): string[] {
  const [next, ...more] = f.notHeld;
  if (!next) return [];
  const ordinal = ORDINALS[f.held.length + 1];
  const what = `${next.kind === 'summit' ? 'thượng đỉnh' : 'cuộc gặp'} ở ${next.place.vi} được lên kế hoạch vào ${month(next.date)}`;
  const fate =
    next.status === 'postponed'
      ? 'đã bị hoãn'
      : next.status === 'cancelled'
        ? 'đã bị hủy'
        : `chưa diễn ra khi ${f.sources.count === 1 ? 'bài báo' : 'các bài báo'} kết thúc`;
  if (more.length === 0)
    return [`${ordinal ? `Cuộc gặp ${ordinal}` : 'Một cuộc gặp khác'}, ${what}, ${fate}.`];
  return [
    `${capitalize(word(f.notHeld.length))} cuộc gặp khác được dự kiến nhưng không diễn ra, cuộc đầu tiên ở ${next.place.vi}, ${month(next.date)}.`,
  ];
}

function overview(f: OverviewFinding): Headline {
  const span = f.first && f.last ? `, từ ${month(f.first)} đến ${month(f.last)}` : '';
  const scored =
    f.scored === 0
      ? 'Không sự kiện nào có hành động mang trọng số giữa hai bên, nên không sự kiện nào có sắc thái.'
      : `${capitalize(word(f.scored))} sự kiện có sắc thái, tức tỷ trọng xung đột trong các hành động được thuật lại trong ${articles(f)} (${SCALE}).`;
  return {
    title: `${capitalize(word(f.events))} sự kiện giữa ${sides(f.sides)}${span}`,
    intro: `${scored} Biểu đồ cho thấy từng sự kiện; bản đồ cho thấy nơi diễn ra, phần trích dẫn cho thấy các bên đã nói gì.`,
  };
}

/** The headline in Vietnamese: "Mỹ và Nga gặp trực tiếp bốn lần; bầu không khí…" */
export function headlineVi(f: Finding): Headline {
  return f.kind === 'meetings' ? meetings(f) : overview(f);
}
