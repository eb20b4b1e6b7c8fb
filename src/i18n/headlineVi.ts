/** The headline in Vietnamese (headline.ts says how it is worded). */
import type {
  Encounter,
  Finding,
  Holds,
  MeetingsFinding,
  OverviewFinding,
} from '../domain/finding.ts';
import { capitalize, grouped, score, type Headline } from './headlineWords.ts';

const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ORDINALS = ['', 'thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'];
const LANGUAGES: Record<string, string> = { vi: ' tiếng Việt', en: ' tiếng Anh' };
const SIDES: Record<string, string> = { USA: 'Mỹ', RUS: 'Nga' };
const SCALE = '0 là chủ yếu hành động hợp tác, 10 là chủ yếu hành động xung đột';

const word = (n: number) => WORDS[n] ?? grouped(n, '.');
const month = (iso: string) => `tháng ${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
const acts = (n: number) => `${word(n)} hành động`;
const where = (e: Encounter) => `${e.place.vi}, ${month(e.date)}`;

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

function hedge(holds: Holds, setting: string): string {
  if (holds === 'reading') return ', dù các cách hiểu khác của câu chữ có thể thay đổi điều này';
  if (holds === 'close') return `, nhưng chênh lệch nhỏ và phụ thuộc vào ${setting}`;
  if (holds === 'setting') return `, nhưng điều này phụ thuộc vào ${setting}`;
  return '';
}

function climateSentence(f: MeetingsFinding): string[] {
  const window = `${f.windowDays} ngày trước`;
  const none = f.held.filter((m) => m.climate?.value == null);
  const out: string[] = [];
  const r = f.climate;
  const value = (m: Encounter) =>
    `${score(m.climate?.value ?? 0, 'vi')} điểm (${acts(m.climate?.acts ?? 0)})`;
  const defined = `bầu không khí (tỷ trọng xung đột, từ 0 đến 10, của mọi hành động giữa hai bên mà các bài báo thuật lại trong ${window} đó)`;
  const settings = 'khung thời gian và giá trị tiên nghiệm';
  if (r) {
    const always = r.topHolds === 'always' && r.bottomHolds === 'always';
    out.push(
      `Trước các cuộc gặp, ${defined} cao nhất trước ${where(r.top)}, ${value(r.top)}${always ? '' : hedge(r.topHolds, settings)}, và thấp nhất trước ${where(r.bottom)}, ${value(r.bottom)}${always ? ', với mọi khung thời gian (30 đến 90 ngày), mọi giá trị tiên nghiệm và mọi cách hiểu câu chữ' : hedge(r.bottomHolds, settings)}.`,
    );
  } else {
    const only = f.held.find((m) => m.climate?.value != null);
    if (only) out.push(`Trước ${where(only)}, ${defined} là ${value(only)}.`);
  }
  if (none.length > 0 && none.length < f.held.length)
    out.push(
      `Các bài báo không thuật lại hành động nào trong ${window} ${none.map(where).join(' hoặc ')}, nên không có bầu không khí để tính.`,
    );
  return out;
}

function toneSentence(f: MeetingsFinding): string[] {
  const r = f.tone;
  if (!r) {
    const only = f.held.find((m) => m.tension !== null);
    if (!only) return [];
    const at = `${score(only.tension ?? 0, 'vi')} điểm${range(only.range?.[0] ?? null, only.range?.[1] ?? null, true)}`;
    return f.held.length === 1
      ? [
          `Sắc thái của cuộc gặp, tức tỷ trọng xung đột trong các hành động giữa hai bên (${SCALE}), là ${at}.`,
        ]
      : [`Sắc thái riêng của cuộc gặp ở ${where(only)}, cuộc gặp duy nhất có sắc thái, là ${at}.`];
  }
  const end = (m: Encounter, holds: Holds, word: 'cao' | 'thấp') => {
    const at = `${score(m.tension ?? 0, 'vi')} điểm${range(m.range?.[0] ?? null, m.range?.[1] ?? null, false)}`;
    if (holds === 'always')
      return `${where(m)}, ${word} nhất với ${at}, với mọi giá trị tiên nghiệm và mọi cách hiểu`;
    if (holds === 'reading')
      return `${where(m)}, ${word} nhất với ${at} theo mọi giá trị tiên nghiệm, nhưng điều này phụ thuộc vào cách hiểu câu chữ`;
    const gap = holds === 'close' ? 'chênh lệch nhỏ và ' : '';
    return `cuộc gặp nào ${word} nhất thì ${gap}phụ thuộc vào giá trị tiên nghiệm: với giá trị đang dùng, đó là ${where(m)}, ${at}`;
  };
  return [
    `Sắc thái riêng của mỗi cuộc gặp, cùng tỷ trọng đó tính trên các hành động của cuộc gặp, là thước đo thứ hai: ${end(r.top, r.topHolds, 'cao')}; ${end(r.bottom, r.bottomHolds, 'thấp')}.`,
  ];
}

function title(f: MeetingsFinding): string {
  const met = `${capitalize(sides(f.sides))} gặp trực tiếp ${word(f.held.length)} lần`;
  if (f.climate?.topHolds === 'always')
    return `${met}; bầu không khí nghiêng về xung đột nhất trước cuộc gặp ở ${where(f.climate.top)}`;
  if (f.tone?.topHolds === 'always')
    return `${met}; cuộc gặp ở ${where(f.tone.top)}, có sắc thái xung đột nhất`;
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
        : `${capitalize(articles(f))} thuật lại các cuộc gặp, từ ${first.place.vi} ${month(first.date)} đến ${last.place.vi} ${month(last.date)}.`,
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
