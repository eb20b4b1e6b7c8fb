/**
 * Every UI string in both languages. `vi` is typed as `Messages`, the shape of `en`, so a key
 * missing from either language fails the build.
 */
import { formatCount } from './format';
import { HEADER_TEXT } from './headerText';
import type { EventKind, EventStatus } from '@/domain/vocabulary';
import type { PeriodId } from '@/domain/periods';
import type { UrlNoticeReason } from '@/domain/urlState';
import type { SourceCredit } from '@/domain/credit';
import type { TensionBandKey } from '@/domain/tension';

/** Counts written the language's way: 100,000 / 100.000. */
const countEn = (n: number) => formatCount(n, 'en');
const countVi = (n: number) => formatCount(n, 'vi');

/** The credit line of a picture: the dataset's title and sources, and the day it was made. */
export interface ImageCredit extends SourceCredit {
  title: string | null;
  /** Written out in the page's language. */
  date: string;
}

/** What the view shows, for the one sentence that says it; dates already written out. */
export interface ViewSummary {
  shown: number;
  total: number;
  place: string | null;
  from: string | null;
  to: string | null;
}

const en = {
  ...HEADER_TEXT.en,
  tensionExplainer:
    'Tension is scored from 0 (cooperative) to 10 (hostile): each reported action is coded with a CAMEO event code, weighted on the Goldstein scale as GDELT does, and the event’s score is (10 − mean weight) ÷ 2. 5 means neutral on balance.',

  filters: 'Filters',
  from: 'From',
  to: 'To',
  periods: 'Periods of the story',
  period: {
    all: 'All',
    'before-invasion': 'Before the invasion',
    'war-biden': 'The war, Biden years',
    trump: 'Trump’s second term',
  } satisfies Record<PeriodId, string>,
  resetFilters: 'Reset all filters',
  viewSummary: ({ shown, total, place, from, to }: ViewSummary) =>
    `Showing ${countEn(shown)} of ${countEn(total)} event${total === 1 ? '' : 's'}${place ? ` in ${place}` : ''}${from && to ? `, ${from} – ${to}` : ''}`,
  statusPlaying: 'Playing',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  playGroup: 'Play through time',
  play: 'Play',
  pause: 'Pause',
  stepBack: 'One month back',
  stepForward: 'One month forward',
  speed: 'Speed',
  reducedMotion: 'Reduced motion: steps a month at a time',
  storyTitle: 'Story',
  startStory: 'Story: the five meetings',
  storyStep: (n: number, total: number) => `Story · ${countEn(n)} of ${countEn(total)}`,
  storyPrevious: 'Previous',
  storyNext: 'Next',
  storyClose: 'Close the story',
  storyGoTo: (n: number, title: string) => `Step ${countEn(n)}: ${title}`,
  shareGroup: 'Share and download',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Copy this link:',
  download: 'Download',
  downloadEventsCsv: 'Events (CSV)',
  downloadQuotesCsv: 'Quotes (CSV)',
  downloadJson: 'Data (JSON)',
  downloadTimelinePng: 'Timeline (PNG)',
  downloadTimelineSvg: 'Timeline (SVG)',
  downloadMapPng: 'Map (PNG)',
  print: 'Print',
  pictureUnavailable: 'That view is not drawn at the moment, so there is nothing to picture.',
  imageTitleTimeline: 'How tense was each US–Russia encounter?',
  imageTitleMap: 'Where US and Russian leaders met',
  imageCredit: ({ title, count, publishers, others, date }: ImageCredit) =>
    `${title ? `${title}. ` : ''}From ${countEn(count)} source${count === 1 ? '' : 's'}${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' and others' : ''})` : ''}. Tension: CAMEO codes weighted on the Goldstein scale (GDELT), 0 cooperative – 10 hostile. Map: Natural Earth. Downloaded ${date}.`,
  quotesCount: (n: number) => `${countEn(n)} quote${n === 1 ? '' : 's'}`,
  rangeHint:
    'Dates are inclusive. An event dated only to a month is shown if the range touches that month.',

  mapTitle: 'Map',
  mapHeading: 'Where they met',
  mapCaption:
    'One circle per place with events in the range; size by number of events, colour by the highest tension. A dashed outline marks meetings that were planned but not held.',
  mapDescription: (places: string) => `Places with events in the range: ${places}.`,
  mapNoPlaces: 'No place has events in this date range.',
  mapLoading: 'Loading the map…',
  mapBasemapError: 'The country outlines could not be loaded; the places are still shown.',
  allPlaces: 'All places',
  markerName: (place: string, count: number, notHeld: number) =>
    `${place}: ${countEn(count)} event${count === 1 ? '' : 's'}${notHeld > 0 ? `, ${countEn(notHeld)} not held` : ''}`,
  unplacedHeading: 'Calls and statements with no place',
  unplacedEmpty: 'None in this date range.',
  legendSize: 'Circle size: number of events',
  legendPlanned: 'Planned, postponed or cancelled',
  legendHeld: 'Held',

  timelineTitle: 'Tension timeline',
  timelineHeading: 'How tense was each encounter?',
  timelineCaption: (n: number) =>
    `${countEn(n)} event${n === 1 ? '' : 's'} on a time axis. Higher means more tense (0 cooperative – 10 hostile). Shape shows the kind of event; hollow marks were planned but not held. Click a point to select it; drag across the strip below to choose dates.`,
  timelineYAxis: 'Tension (0–10)',
  timelineXAxis: 'Date →',
  brushLabel: 'Date range: drag a handle, or move it with the arrow keys',
  showTable: 'Show the data as a table',
  tableLimited: (shown: number, total: number) =>
    `The first ${countEn(shown)} of ${countEn(total)} rows.`,
  showMore: (n: number) => `Show ${countEn(n)} more`,
  tooltipEarlier: (n: number) => `and ${countEn(n)} earlier event${n === 1 ? '' : 's'}`,
  showMoreQuotes: (n: number) => `Show ${countEn(n)} more quote${n === 1 ? '' : 's'}`,
  tableCaption: 'Events in the range, with their tension scores',
  colDate: 'Date',
  colEvent: 'Event',
  colPlace: 'Place',
  colKind: 'Kind',
  colStatus: 'Status',
  colTension: 'Tension',
  noPlace: 'No place',
  breakdown: 'How the score is made',
  meanTension: 'Mean tension',
  clickToZoom: 'Click to show these dates.',
  breakdownFormula: (mean: string, score: string) => `(10 − ${mean}) ÷ 2 = ${score}`,
  goldstein: 'Goldstein',
  selectedEvent: 'Selected event',
  participants: 'Who',
  note: 'Note on the data:',
  clearEvent: 'Show all events',
  timelineEmpty: 'No events in this date range. Widen the dates or choose “All”.',
  tensionBand: {
    cooperative: 'cooperative',
    calm: 'calm',
    neutral: 'neutral',
    tense: 'tense',
    hostile: 'hostile',
  } satisfies Record<TensionBandKey, string>,
  tensionScale: 'Tension scale',

  quotesTitle: 'Quotes',
  quotesHeading: 'What each side said',
  quotesCaption: 'Verbatim from the articles in Vietnamese; the English is our translation.',
  searchQuotes: 'Search quotes',
  searchPlaceholder: 'Words or a speaker…',
  sortOrder: 'Order',
  newestFirst: 'Newest first',
  oldestFirst: 'Oldest first',
  translated: 'Translated from Vietnamese',
  showOriginal: 'Show the Vietnamese original',
  hideOriginal: 'Hide the Vietnamese original',
  source: 'Source',
  noPublisher: 'publisher not named',
  quotesEmptyRange:
    'No quotes for the events in this range and place. Widen the dates or choose “All places”.',
  quotesEmptySearch: (q: string) =>
    `No quote matches “${q}”. Clear the search to see all quotes in the range.`,
  clearSearch: 'Clear search',
  quoteCount: (shown: number, total: number) =>
    shown === total
      ? `${countEn(total)} quote${total === 1 ? '' : 's'}`
      : `${countEn(shown)} of ${countEn(total)} quotes`,
  noQuotesForEvent: 'The articles quote no one directly for this event.',

  kind: {
    meeting: 'Meeting',
    summit: 'Summit',
    'phone-call': 'Phone call',
    talks: 'Talks',
    statement: 'Statement',
    announcement: 'Announcement',
    postponement: 'Postponement',
  } satisfies Record<EventKind, string>,
  status: {
    held: 'held',
    planned: 'planned',
    postponed: 'postponed',
    cancelled: 'cancelled',
  } satisfies Record<EventStatus, string>,
  context: 'context',

  loading: 'Loading the dataset…',
  loadingProgress: 'Download progress',
  loadedOf: (loaded: string, total: string) => `${loaded} of ${total} MB`,
  loadedSoFar: (loaded: string) => `${loaded} MB so far`,
  slowLoading: 'This is taking longer than usual: the server is slow or the file is large.',
  loadError: 'The dataset could not be loaded',
  fileRefused: 'This file was not opened',
  fileRefusedKept: 'The data on screen has not changed.',
  retry: 'Retry',
  retrying: 'Retrying…',
  leftOutLabel: 'Records left out',
  leftOut: (n: number) =>
    `${countEn(n)} record${n === 1 ? ' was' : 's were'} left out because ${n === 1 ? 'it is' : 'they are'} not valid; everything else is shown.`,
  datasetBuiltIn: 'Built-in dataset: five Vietnamese articles',
  datasetYours: 'Your dataset:',
  eventCount: (n: number) => `${countEn(n)} event${n === 1 ? '' : 's'}`,
  openedOn: (date: string) => `opened ${date}`,
  openFile: 'Open a JSON file…',
  openingFile: 'Opening…',
  useBuiltIn: 'Back to the built-in dataset',
  dropHint: 'or drop a JSON file on the page',
  dropHere: 'Drop a JSON dataset to open it',
  notKept: 'Your browser did not keep this file: it will be gone after a reload.',
  invalidData: 'The dataset is not valid',
  moreProblems: (n: number) => `…and ${countEn(n)} more problem${n === 1 ? '' : 's'}`,
  viewError: 'This view could not be drawn from the data.',
  dashboardError: 'The dashboard could not show this dataset',
  notices: 'Some link settings were ignored',
  dismiss: 'Dismiss',
  notice: {
    'invalid-date': (param: string) =>
      `“${param}” is not a real date (YYYY-MM-DD); the range starts open instead.`,
    'reversed-range': () => 'The start date was after the end date; the two were swapped.',
    'unknown-language': () => 'The language in the link is not English (en) or Vietnamese (vi).',
    'unknown-place': () => 'The place in the link is not in the dataset; all places are shown.',
    'unknown-event': () => 'The event in the link is not in the dataset; no event is selected.',
    'unknown-story': () => 'The story step in the link does not exist; the story is closed.',
    'story-unavailable': () =>
      'This dataset does not have the five meetings the story follows; the story is closed.',
    repeated: (param: string) => `“${param}” appeared more than once; the first value was used.`,
    'too-long': (param: string) => `The value of “${param}” was too long and was ignored.`,
  } satisfies Record<UrlNoticeReason, (param: string) => string>,

  aboutHeading: 'Sources and method',
  sourcesHeading: 'The five articles',
  methodHeading: 'How tension is scored',
  methodText:
    'Each sentence of an article that reports an act of one side towards the other is coded with a CAMEO event code (e.g. 036 “Express intent to meet or negotiate”, 1056 “Demand de-escalation”, 130 “Threaten”). Each code carries GDELT’s Goldstein-scale weight, from −10 (most conflictual) to +10 (most cooperative). An event’s tension is (10 − the mean weight of its actions) ÷ 2, rounded to one decimal. The scale measures what was reported, not what was felt; short articles code few actions, so single scores move in steps.',
  dataNote:
    'Years are inferred where the articles omit them; slips in the articles (a misspelt name, a wrong title) are corrected in the data with a note. Download the dataset as JSON with its schema.',
  datasetLink: 'Dataset (JSON)',
  schemaLink: 'JSON Schema',
  articleFile: (file: string) => `file ${file}`,
  untitled: 'untitled article',
};

export type Messages = typeof en;

const vi: Messages = {
  ...HEADER_TEXT.vi,
  tensionExplainer:
    'Mức căng thẳng được chấm từ 0 (hợp tác) đến 10 (thù địch): mỗi hành động được đưa tin được mã hóa theo mã sự kiện CAMEO, gán trọng số theo thang Goldstein như GDELT, và điểm của sự kiện là (10 − trọng số trung bình) ÷ 2. Mức 5 là trung lập.',

  filters: 'Bộ lọc',
  from: 'Từ ngày',
  to: 'Đến ngày',
  periods: 'Các giai đoạn',
  period: {
    all: 'Tất cả',
    'before-invasion': 'Trước chiến sự',
    'war-biden': 'Chiến sự, thời Biden',
    trump: 'Nhiệm kỳ hai của Trump',
  },
  resetFilters: 'Bỏ mọi bộ lọc',
  viewSummary: ({ shown, total, place, from, to }) =>
    `Đang hiển thị ${countVi(shown)} trên ${countVi(total)} sự kiện${place ? ` tại ${place}` : ''}${from && to ? `, ${from} – ${to}` : ''}`,
  statusPlaying: 'Đang chạy',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  playGroup: 'Chạy theo thời gian',
  play: 'Chạy',
  pause: 'Tạm dừng',
  stepBack: 'Lùi một tháng',
  stepForward: 'Tiến một tháng',
  speed: 'Tốc độ',
  reducedMotion: 'Giảm chuyển động: mỗi lần một tháng',
  storyTitle: 'Câu chuyện',
  startStory: 'Câu chuyện: năm cuộc gặp',
  storyStep: (n, total) => `Câu chuyện · ${countVi(n)} trên ${countVi(total)}`,
  storyPrevious: 'Trước',
  storyNext: 'Tiếp',
  storyClose: 'Đóng câu chuyện',
  storyGoTo: (n, title) => `Bước ${countVi(n)}: ${title}`,
  shareGroup: 'Chia sẻ và tải xuống',
  copyLink: 'Sao chép liên kết',
  linkCopied: 'Đã sao chép liên kết',
  copyFailed: 'Sao chép liên kết này:',
  download: 'Tải xuống',
  downloadEventsCsv: 'Sự kiện (CSV)',
  downloadQuotesCsv: 'Trích dẫn (CSV)',
  downloadJson: 'Dữ liệu (JSON)',
  downloadTimelinePng: 'Biểu đồ (PNG)',
  downloadTimelineSvg: 'Biểu đồ (SVG)',
  downloadMapPng: 'Bản đồ (PNG)',
  print: 'In',
  pictureUnavailable: 'Phần này hiện chưa được vẽ nên chưa thể xuất ảnh.',
  imageTitleTimeline: 'Mỗi cuộc tiếp xúc Mỹ – Nga căng thẳng đến đâu?',
  imageTitleMap: 'Nơi lãnh đạo Mỹ và Nga gặp nhau',
  imageCredit: ({ title, count, publishers, others, date }) =>
    `${title ? `${title}. ` : ''}Từ ${countVi(count)} nguồn${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' và các nguồn khác' : ''})` : ''}. Mức căng thẳng: mã CAMEO theo thang Goldstein (GDELT), 0 hợp tác – 10 thù địch. Bản đồ: Natural Earth. Tải ngày ${date}.`,
  quotesCount: (n) => `${countVi(n)} trích dẫn`,
  rangeHint:
    'Khoảng ngày tính cả hai đầu. Sự kiện chỉ rõ tháng được hiển thị nếu khoảng ngày chạm đến tháng đó.',

  mapTitle: 'Bản đồ',
  mapHeading: 'Nơi hai bên gặp nhau',
  mapCaption:
    'Mỗi vòng tròn là một địa điểm có sự kiện trong khoảng ngày; kích thước theo số sự kiện, màu theo mức căng thẳng cao nhất. Viền nét đứt là cuộc gặp được dự kiến nhưng chưa diễn ra.',
  mapDescription: (places) => `Các địa điểm có sự kiện trong khoảng ngày: ${places}.`,
  mapNoPlaces: 'Không có địa điểm nào có sự kiện trong khoảng ngày này.',
  mapLoading: 'Đang tải bản đồ…',
  mapBasemapError: 'Không tải được đường biên giới các nước; các địa điểm vẫn được hiển thị.',
  allPlaces: 'Mọi địa điểm',
  markerName: (place, count, notHeld) =>
    `${place}: ${countVi(count)} sự kiện${notHeld > 0 ? `, ${countVi(notHeld)} chưa diễn ra` : ''}`,
  unplacedHeading: 'Điện đàm và tuyên bố không gắn với địa điểm',
  unplacedEmpty: 'Không có trong khoảng ngày này.',
  legendSize: 'Kích thước: số sự kiện',
  legendPlanned: 'Dự kiến, bị hoãn hoặc bị hủy',
  legendHeld: 'Đã diễn ra',

  timelineTitle: 'Diễn biến căng thẳng',
  timelineHeading: 'Mỗi cuộc tiếp xúc căng thẳng đến đâu?',
  timelineCaption: (n) =>
    `${countVi(n)} sự kiện trên trục thời gian. Càng cao càng căng thẳng (0 hợp tác – 10 thù địch). Hình dạng cho biết loại sự kiện; điểm rỗng là sự kiện dự kiến nhưng chưa diễn ra. Bấm vào một điểm để chọn; kéo trên dải bên dưới để chọn khoảng ngày.`,
  timelineYAxis: 'Mức căng thẳng (0–10)',
  timelineXAxis: 'Thời gian →',
  brushLabel: 'Khoảng ngày: kéo tay cầm hoặc di chuyển bằng phím mũi tên',
  showTable: 'Xem dữ liệu dạng bảng',
  tableLimited: (shown, total) => `${countVi(shown)} dòng đầu trên ${countVi(total)}.`,
  showMore: (n) => `Xem thêm ${countVi(n)}`,
  tooltipEarlier: (n) => `và ${countVi(n)} sự kiện trước đó`,
  showMoreQuotes: (n) => `Xem thêm ${countVi(n)} trích dẫn`,
  tableCaption: 'Các sự kiện trong khoảng ngày và điểm căng thẳng',
  colDate: 'Ngày',
  colEvent: 'Sự kiện',
  colPlace: 'Địa điểm',
  colKind: 'Loại',
  colStatus: 'Tình trạng',
  colTension: 'Căng thẳng',
  noPlace: 'Không có địa điểm',
  breakdown: 'Cách tính điểm',
  meanTension: 'Căng thẳng trung bình',
  clickToZoom: 'Bấm để xem khoảng ngày này.',
  breakdownFormula: (mean, score) => `(10 − ${mean}) ÷ 2 = ${score}`,
  goldstein: 'Goldstein',
  selectedEvent: 'Sự kiện đang chọn',
  participants: 'Thành phần',
  note: 'Ghi chú dữ liệu (tiếng Anh):',
  clearEvent: 'Hiện mọi sự kiện',
  timelineEmpty:
    'Không có sự kiện nào trong khoảng ngày này. Hãy nới rộng khoảng ngày hoặc chọn “Tất cả”.',
  tensionBand: {
    cooperative: 'hợp tác',
    calm: 'ôn hòa',
    neutral: 'trung lập',
    tense: 'căng thẳng',
    hostile: 'thù địch',
  },
  tensionScale: 'Thang căng thẳng',

  quotesTitle: 'Trích dẫn',
  quotesHeading: 'Mỗi bên đã nói gì',
  quotesCaption: 'Nguyên văn tiếng Việt như trong các bài báo.',
  searchQuotes: 'Tìm trích dẫn',
  searchPlaceholder: 'Từ khóa hoặc người nói…',
  sortOrder: 'Thứ tự',
  newestFirst: 'Mới nhất trước',
  oldestFirst: 'Cũ nhất trước',
  translated: 'Dịch từ tiếng Việt',
  showOriginal: 'Xem nguyên văn tiếng Việt',
  hideOriginal: 'Ẩn nguyên văn tiếng Việt',
  source: 'Nguồn',
  noPublisher: 'không nêu tên cơ quan báo chí',
  quotesEmptyRange:
    'Không có trích dẫn nào cho các sự kiện trong khoảng ngày và địa điểm này. Hãy nới rộng khoảng ngày hoặc chọn “Mọi địa điểm”.',
  quotesEmptySearch: (q) =>
    `Không có trích dẫn nào khớp với “${q}”. Xóa từ khóa để xem mọi trích dẫn trong khoảng ngày.`,
  clearSearch: 'Xóa tìm kiếm',
  quoteCount: (shown, total) =>
    shown === total
      ? `${countVi(total)} trích dẫn`
      : `${countVi(shown)} trên ${countVi(total)} trích dẫn`,
  noQuotesForEvent: 'Các bài báo không trích dẫn trực tiếp ai cho sự kiện này.',

  kind: {
    meeting: 'Cuộc gặp',
    summit: 'Thượng đỉnh',
    'phone-call': 'Điện đàm',
    talks: 'Hội đàm',
    statement: 'Tuyên bố',
    announcement: 'Thông báo',
    postponement: 'Hoãn',
  },
  status: {
    held: 'đã diễn ra',
    planned: 'dự kiến',
    postponed: 'bị hoãn',
    cancelled: 'bị hủy',
  },
  context: 'bối cảnh',

  loading: 'Đang tải dữ liệu…',
  loadingProgress: 'Tiến độ tải',
  loadedOf: (loaded, total) => `${loaded} trên ${total} MB`,
  loadedSoFar: (loaded) => `Đã tải ${loaded} MB`,
  slowLoading: 'Việc tải lâu hơn bình thường: máy chủ chậm hoặc tệp lớn.',
  loadError: 'Không tải được dữ liệu',
  fileRefused: 'Tệp này không được mở',
  fileRefusedKept: 'Dữ liệu trên màn hình không thay đổi.',
  retry: 'Thử lại',
  retrying: 'Đang thử lại…',
  leftOutLabel: 'Bản ghi bị loại',
  leftOut: (n) => `${countVi(n)} bản ghi bị loại vì không hợp lệ; phần còn lại vẫn được hiển thị.`,
  datasetBuiltIn: 'Dữ liệu có sẵn: năm bài báo tiếng Việt',
  datasetYours: 'Dữ liệu của bạn:',
  eventCount: (n) => `${countVi(n)} sự kiện`,
  openedOn: (date) => `mở ngày ${date}`,
  openFile: 'Mở tệp JSON…',
  openingFile: 'Đang mở…',
  useBuiltIn: 'Quay lại dữ liệu có sẵn',
  dropHint: 'hoặc thả tệp JSON vào trang',
  dropHere: 'Thả tệp dữ liệu JSON để mở',
  notKept: 'Trình duyệt không lưu được tệp này: tệp sẽ mất sau khi tải lại trang.',
  invalidData: 'Dữ liệu không hợp lệ',
  moreProblems: (n) => `…và ${countVi(n)} lỗi khác`,
  viewError: 'Không thể vẽ phần này từ dữ liệu.',
  dashboardError: 'Bảng tin không thể hiển thị bộ dữ liệu này',
  notices: 'Một số thiết lập trong đường dẫn đã bị bỏ qua',
  dismiss: 'Đóng',
  notice: {
    'invalid-date': (param) =>
      `“${param}” không phải ngày hợp lệ (YYYY-MM-DD); khoảng ngày được để mở.`,
    'reversed-range': () => 'Ngày bắt đầu sau ngày kết thúc; hai ngày đã được đổi chỗ.',
    'unknown-language': () =>
      'Ngôn ngữ trong đường dẫn không phải tiếng Anh (en) hay tiếng Việt (vi).',
    'unknown-place': () =>
      'Địa điểm trong đường dẫn không có trong dữ liệu; hiển thị mọi địa điểm.',
    'unknown-event': () =>
      'Sự kiện trong đường dẫn không có trong dữ liệu; không chọn sự kiện nào.',
    'unknown-story': () =>
      'Bước câu chuyện trong đường dẫn không tồn tại; câu chuyện được đóng lại.',
    'story-unavailable': () =>
      'Bộ dữ liệu này không có năm cuộc gặp mà câu chuyện kể lại; câu chuyện được đóng lại.',
    repeated: (param) => `“${param}” xuất hiện nhiều lần; giá trị đầu tiên được dùng.`,
    'too-long': (param) => `Giá trị của “${param}” quá dài và đã bị bỏ qua.`,
  },

  aboutHeading: 'Nguồn và phương pháp',
  sourcesHeading: 'Năm bài báo',
  methodHeading: 'Cách chấm mức căng thẳng',
  methodText:
    'Mỗi câu trong bài báo thuật lại một hành động của bên này đối với bên kia được mã hóa bằng một mã sự kiện CAMEO (ví dụ 036 “Bày tỏ ý định gặp hoặc đàm phán”, 1056 “Yêu cầu giảm leo thang”, 130 “Đe dọa”). Mỗi mã mang trọng số theo thang Goldstein của GDELT, từ −10 (xung đột nhất) đến +10 (hợp tác nhất). Mức căng thẳng của sự kiện là (10 − trọng số trung bình của các hành động) ÷ 2, làm tròn một chữ số thập phân. Thang đo phản ánh những gì được đưa tin, không phải cảm nhận; bài báo ngắn có ít hành động nên điểm thay đổi theo từng nấc.',
  dataNote:
    'Năm được suy ra khi bài báo không ghi; các lỗi trong bài (tên viết sai, chức danh sai) được sửa trong dữ liệu kèm ghi chú. Tải dữ liệu dạng JSON cùng lược đồ.',
  datasetLink: 'Dữ liệu (JSON)',
  schemaLink: 'Lược đồ JSON',
  articleFile: (file) => `tệp ${file}`,
  untitled: 'bài không có tiêu đề',
};

export const MESSAGES = { en, vi } as const;
