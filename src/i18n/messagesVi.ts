/**
 * Every UI string in Vietnamese: the shape of `en` (messages.ts), so a key missing here fails the
 * build. Its own module, fetched only by a page read in Vietnamese (loadMessages.ts).
 */
import { formatCount } from './format';
import { EMBED_TEXT } from './embedText';
import { HEADER_TEXT } from './headerText';
import { listEn, megabytes, rangeText, wordInner, type Messages } from './messages';
import type { DatasetSource } from '@/domain/validation/loadFailure';
import type { ImportFormat } from '@/domain/dataset/vocabulary';
import type {
  JsonSyntaxReason,
  Problem,
  SchemaRule,
  ShownValue,
  ValueType,
} from '@/domain/dataset/problems';

const countVi = (n: number) => formatCount(n, 'vi');
const VALUE_TYPE_VI: Record<ValueType, string> = {
  string: 'văn bản',
  number: 'một số',
  array: 'một danh sách',
  object: 'một đối tượng',
  boolean: 'true hoặc false',
  null: 'null',
};
const shownVi = (value: ShownValue) =>
  value.kind === 'literal'
    ? value.text
    : { nothing: 'không có gì', list: 'một danh sách', object: 'một đối tượng' }[value.kind];
const IMPORT_FORMAT_VI: Record<ImportFormat, string> = {
  'dataset-json': 'JSON bộ dữ liệu',
  'timeline-json': 'TimelineJS JSON',
  'timeline-csv': 'TimelineJS CSV',
  'gdelt-1': 'GDELT 1.0',
  'gdelt-2': 'GDELT 2.0',
  'template-events': 'mẫu CSV',
  'template-quotes': 'mẫu CSV trích dẫn',
};
const innerVi = (problem: Problem): string => wordInner(vi.problem, problem.code, problem.values);
const RULE_VI: Record<SchemaRule, (options: string[]) => string> = {
  'non-empty-text': () => 'phải là văn bản không rỗng',
  id: () => 'phải là mã gồm chữ thường, chữ số và dấu gạch ngang, tối đa 200 ký tự',
  'iso-date': () => 'phải có dạng YYYY-MM-DD',
  country: () => 'phải là mã quốc gia ISO 3166 gồm hai chữ cái, ví dụ "US"',
  latitude: () => 'phải là vĩ độ từ -90 đến 90',
  longitude: () => 'phải là kinh độ từ -180 đến 180',
  'one-of': (options) => `phải là một trong các giá trị ${options.join(', ')}`,
  'date-precision': () => 'phải là "day", "month" hoặc "year"',
  'cameo-code': () => 'phải là mã CAMEO gồm 2 đến 4 chữ số, ví dụ "036"',
  'actor-code': () => 'phải là mã chủ thể viết hoa, ví dụ "USA"',
  goldstein: () => 'phải là trọng số Goldstein từ -10 đến 10',
  tension: () => 'phải là mức căng thẳng từ 0 đến 10',
  'some-source': () => 'phải có ít nhất một nguồn',
  note: () => 'phải là văn bản, hoặc đối tượng có văn bản ở cả "en" và "vi"',
};
const JSON_REASON_VI: Record<JsonSyntaxReason, string> = {
  'unexpected-character': 'ký tự không mong đợi',
  'malformed-number': 'số viết sai',
  'field-name-expected': 'thiếu tên trường',
  'value-expected': 'thiếu một giá trị',
  'colon-expected': 'thiếu dấu hai chấm',
  'comma-expected': 'thiếu dấu phẩy',
  'closing-brace-expected': 'thiếu dấu } đóng',
  'closing-bracket-expected': 'thiếu dấu ] đóng',
  'end-expected': 'tệp lẽ ra phải kết thúc ở đây',
  comment: 'JSON không cho phép chú thích',
  'text-ends-in-string': 'văn bản kết thúc giữa một chuỗi',
  'text-ends-in-number': 'văn bản kết thúc giữa một số',
  'invalid-unicode-escape': 'mã thoát \\u không hợp lệ',
  'invalid-escape': 'ký tự thoát không hợp lệ',
  'invalid-character': 'ký tự không hợp lệ trong chuỗi',
};
const sourceVi = (source: DatasetSource) =>
  'url' in source ? `Tệp tại ${source.url}` : `Tệp “${source.file}”`;
export const vi: Messages = {
  ...HEADER_TEXT.vi,
  ...EMBED_TEXT.vi,
  tensionExplainer:
    'Sắc thái của một sự kiện được chấm từ 0 đến 10: tỷ trọng xung đột trong tổng trọng số của các hành động giữa Mỹ và Nga được đưa tin, mỗi hành động được mã hóa bằng một mã sự kiện CAMEO và gán trọng số theo thang Goldstein của GDELT (dưới 2: chủ yếu là hành động hợp tác; 5: trọng số xung đột và hợp tác ngang nhau; trên 8: chủ yếu là hành động xung đột). Đường dọc cho thấy các cách hiểu khác của câu có thể làm sắc thái thay đổi đến đâu. Sự kiện không có hành động giữa hai bên, hoặc có hành động nhưng không mang trọng số nào, thì không có sắc thái.',

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
  downloadEventsParquet: 'Sự kiện (Parquet)',
  downloadJson: 'Dữ liệu (JSON)',
  downloadTimelinePng: 'Biểu đồ (PNG)',
  downloadTimelineSvg: 'Biểu đồ (SVG)',
  downloadMapPng: 'Bản đồ (PNG)',
  print: 'In',
  pictureUnavailable: 'Phần này hiện chưa được vẽ nên chưa thể xuất ảnh.',
  imageTitleTimeline: 'Sắc thái của từng cuộc tiếp xúc Mỹ – Nga',
  imageTitleMap: 'Nơi lãnh đạo Mỹ và Nga gặp nhau',
  imageCredit: ({ title, count, publishers, others, date }) =>
    `${title ? `${title}. ` : ''}Từ ${countVi(count)} nguồn${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' và các nguồn khác' : ''})` : ''}. Sắc thái: tỷ trọng xung đột trong trọng số Goldstein (GDELT) của các hành động mã hóa theo CAMEO giữa hai bên, 0 chủ yếu là hợp tác – 10 chủ yếu là xung đột; đường dọc là khoảng giá trị theo các cách hiểu. Bản đồ: Natural Earth. Tải ngày ${date}.`,
  quotesCount: (n) => `${countVi(n)} trích dẫn`,
  rangeHint:
    'Khoảng ngày tính cả hai đầu. Sự kiện chỉ rõ tháng được hiển thị nếu khoảng ngày chạm đến tháng đó.',

  mapTitle: 'Bản đồ',
  mapHeading: 'Nơi hai bên gặp nhau',
  mapCaption:
    'Mỗi vòng tròn là một địa điểm có sự kiện trong khoảng ngày; kích thước theo số sự kiện, màu theo sắc thái cao nhất trong các sự kiện ở đó. Viền nét đứt là cuộc gặp được dự kiến nhưng chưa diễn ra.',
  mapDescription: (places) => `Các địa điểm có sự kiện trong khoảng ngày: ${places}.`,
  mapMorePlaces: (n) => `và ${countVi(n)} địa điểm khác`,
  placeListHeading: (n) =>
    `${countVi(n)} địa điểm trong khoảng ngày này, nhiều sự kiện nhất trước: chọn một nơi để thu hẹp các biểu đồ`,
  mapNoPlaces: 'Không có địa điểm nào có sự kiện trong khoảng ngày này.',
  mapLoading: 'Đang vẽ bản đồ…',
  mapBasemapError: 'Không tải được đường biên giới các nước; các địa điểm vẫn được hiển thị.',
  allPlaces: 'Mọi địa điểm',
  markerName: (place, count, notHeld) =>
    `${place}: ${countVi(count)} sự kiện${notHeld > 0 ? `, ${countVi(notHeld)} chưa diễn ra` : ''}`,
  unplacedHeading: 'Điện đàm và tuyên bố không gắn với địa điểm',
  unplacedEmpty: 'Không có trong khoảng ngày này.',
  legendSize: 'Kích thước: số sự kiện',
  legendPlanned: 'Dự kiến, bị hoãn hoặc bị hủy',
  legendHeld: 'Đã diễn ra',

  timelineTitle: 'Sắc thái theo thời gian',
  timelineHeading: 'Mỗi cuộc tiếp xúc mang sắc thái nào?',
  timelineCaption: (n, cells = false) =>
    `${countVi(n)} sự kiện trên trục thời gian; càng cao sắc thái càng nghiêng về xung đột (0–10). ${cells ? 'Quá nhiều để vẽ từng điểm: các ô đếm chúng; bấm vào một ô để xem khoảng ngày của nó' : 'Bấm vào một điểm để chọn'}; kéo dải bên dưới để chọn khoảng ngày.`,
  timelineYAxis: 'Sắc thái (0–10)',
  timelineXAxis: 'Thời gian →',
  brushLabel: 'Khoảng ngày: kéo tay cầm hoặc di chuyển bằng phím mũi tên',
  showTable: 'Xem dữ liệu dạng bảng',
  tableLimited: (shown, total) => `${countVi(shown)} dòng đầu trên ${countVi(total)}.`,
  showMore: (n) => `Xem thêm ${countVi(n)}`,
  tooltipEarlier: (n) => `và ${countVi(n)} sự kiện trước đó`,
  showMoreQuotes: (n) => `Xem thêm ${countVi(n)} trích dẫn`,
  tableCaption: 'Các sự kiện trong khoảng ngày và sắc thái của chúng',
  colDate: 'Ngày',
  colEvent: 'Sự kiện',
  colPlace: 'Địa điểm',
  colKind: 'Loại',
  colStatus: 'Tình trạng',
  colTension: 'Sắc thái',
  noPlace: 'Không có địa điểm',
  breakdown: 'Cách tính sắc thái',
  meanTension: 'Sắc thái trung bình',
  clickToZoom: 'Bấm để xem khoảng ngày này.',
  breakdownFormula: (conflict, cooperation, score) =>
    `10 × (${conflict} + 2,5) ÷ (${conflict} + ${cooperation} + 5) = ${score}`,
  goldstein: 'Goldstein',
  counted: 'được tính',
  notCounted: (a, b) => `không tính: không phải giữa ${a} và ${b}`,
  notCountedShort: 'sẽ không được tính',
  otherReadings: 'Các cách hiểu khác của câu này',
  otherReading: 'Cách hiểu khác',
  noScore: (a, b) =>
    `Không có hành động nào trong sự kiện này diễn ra giữa ${a} và ${b}, nên sự kiện không có sắc thái.`,
  noWeight: (a, b) =>
    `Các hành động giữa ${a} và ${b} của sự kiện có trọng số Goldstein bằng 0, không mang tính xung đột cũng không mang tính hợp tác, nên sự kiện không có sắc thái.`,
  toneEvidence: (acts, conflict, cooperation) =>
    `${countVi(acts)} hành động được tính: trọng số xung đột ${conflict}, trọng số hợp tác ${cooperation}`,
  toneEvidenceShort: (acts, conflict, cooperation) =>
    `${countVi(acts)} hành động, xung đột ${conflict}, hợp tác ${cooperation}`,
  scoredOnlyUnder: (low, high) =>
    `Theo một cách hiểu khác của các câu, sắc thái của sự kiện sẽ là ${low === high ? low : `${low}–${high}`}.`,
  rangeOverReadings: (low, high) =>
    `Theo các cách hiểu mà các câu cho phép, sắc thái dao động từ ${low} đến ${high}.`,
  rangeMovedBy: (n) => `${countVi(n)} câu có cách hiểu khác làm thay đổi sắc thái (xem ở trên).`,
  uncertainBand: 'Dải màu của sự kiện phụ thuộc vào cách hiểu: chưa chắc chắn.',
  notScored: 'không có sắc thái',
  unscoredLane: 'Không có sắc thái',
  laneTick: ['Không', 'sắc thái'],
  colRange: 'Khoảng giá trị',
  rangeShort: (low, high) => (low === high ? low : `${low}–${high}`),
  showInArticle: 'Xem trong bài báo',
  hideInArticle: 'Ẩn đoạn trích bài báo',
  noParagraph: 'Bộ dữ liệu này không có đoạn văn nào của bài báo chứa các từ này.',
  untitledBeginning: (words) => `bài không có tiêu đề, mở đầu bằng “${words}”`,
  legendRange: 'Đường dọc: từ sắc thái thấp nhất đến cao nhất theo các cách hiểu của câu',
  legendUncertain: 'Gạch chéo: dải màu phụ thuộc vào cách hiểu',
  legendCells:
    'Quá nhiều sự kiện để vẽ riêng: mỗi ô gồm các sự kiện trong một khoảng thời gian ở cùng một mức sắc thái, càng đậm càng nhiều',
  climateExplainer: (days) =>
    `Đường màu xám là bầu không khí: quan hệ giữa hai bên mang tính xung đột đến mức nào khi bước vào mỗi ngày, tính từ mọi hành động được tính giữa hai bên trong ${countVi(days)} ngày trước đó, ở mọi nơi, mỗi câu chỉ tính một lần, theo cùng công thức với sắc thái; dải bao quanh trải theo các cách hiểu của những câu ấy. Nơi không có hành động nào trong khung thời gian, đường dừng lại: để trống, không đoán. Bảng dữ liệu và tệp CSV cho biết số hành động đứng sau mỗi giá trị.`,
  legendClimate: (days) =>
    `Đường màu xám là bầu không khí: mọi hành động được tính trong ${countVi(days)} ngày trước mỗi ngày, ở mọi nơi; dải bao quanh trải theo các cách hiểu của câu; để trống nơi không có hành động nào`,
  climateDescription: (days, c) =>
    c === null
      ? `Đường bầu không khí: không có hành động nào được tính trong ${countVi(days)} ngày trước bất kỳ ngày nào của khoảng này.`
      : `Đường bầu không khí, từ mọi hành động được tính trong ${countVi(days)} ngày trước mỗi ngày: xung đột nhất ${c.high} vào ${c.highDate} (${countVi(c.highActs)} hành động), hợp tác nhất ${c.low} vào ${c.lowDate} (${countVi(c.lowActs)} hành động)${c.gaps > 0 ? `; ${countVi(c.gaps)} quãng không có hành động nào, để trống` : ''}.`,
  colClimate: (days) => `Bầu không khí ${countVi(days)} ngày trước đó`,
  colEvidence: 'Hành động được tính',
  climateCell: (value, range, acts) => `${value} (${range}), ${countVi(acts)} hành động`,
  noClimate: 'không có hành động',
  legendUnscored:
    'Dải dưới cùng, màu xám: không có sắc thái (không có hành động giữa Mỹ và Nga, hoặc không hành động nào mang trọng số)',
  legendUnscoredMap: 'Màu xám: không có sắc thái (không có hành động mang trọng số giữa Mỹ và Nga)',
  selectedEvent: 'Sự kiện đang chọn',
  participants: 'Thành phần',
  note: 'Ghi chú dữ liệu:',
  readingReason: 'Lý do:',
  clearEvent: 'Hiện mọi sự kiện',
  timelineEmpty:
    'Không có sự kiện nào trong khoảng ngày này. Hãy nới rộng khoảng ngày hoặc chọn “Tất cả”.',
  tensionBand: {
    'mostly-cooperative': 'chủ yếu là hành động hợp tác',
    'more-cooperative': 'hợp tác nhiều hơn xung đột',
    even: 'xung đột và hợp tác ngang nhau',
    'more-conflictual': 'xung đột nhiều hơn hợp tác',
    'mostly-conflictual': 'chủ yếu là hành động xung đột',
  },
  tensionScale: 'Sắc thái: tỷ trọng xung đột',
  chartDrawing: 'Đang vẽ biểu đồ…',
  chartSource: (count, publishers, others) =>
    `Nguồn: ${countVi(count)} bài báo${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' và các báo khác' : ''})` : ''}.`,
  sliderStart: 'Tháng đầu',
  sliderEnd: 'Tháng cuối',

  quotesTitle: 'Trích dẫn',
  quotesHeading: 'Mỗi bên đã nói gì',
  quotesCaption: 'Nguyên văn như bản in; bản dịch được ghi rõ.',
  searchQuotes: 'Tìm trích dẫn',
  searchPlaceholder: 'Từ khóa hoặc người nói…',
  sortOrder: 'Thứ tự',
  newestFirst: 'Mới nhất trước',
  oldestFirst: 'Cũ nhất trước',
  translatedFrom: { vi: 'Dịch từ tiếng Việt', en: 'Dịch từ tiếng Anh' },
  noteTranslatedFrom: { en: 'dịch từ tiếng Anh', vi: 'dịch từ tiếng Việt' },
  showOriginal: 'Xem nguyên văn tiếng Việt',
  hideOriginal: 'Ẩn nguyên văn tiếng Việt',
  source: 'Nguồn',
  noPublisher: 'Không nêu tên cơ quan báo chí',
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
  importFormat: IMPORT_FORMAT_VI,
  importGdeltTitle: (actor1, actor2, act) =>
    actor2 === null ? `${actor1}: ${act}` : `${actor1} → ${actor2}: ${act}`,
  importGdeltSummary: (title, cameo, weight, place) =>
    `${title} (CAMEO ${cameo}, Goldstein ${weight}), ${place === null ? 'không rõ địa điểm' : `tại ${place}`}: sự kiện do GDELT mã hóa tự động từ một bản tin.`,
  importUnknownAct: (cameo) => `mã CAMEO ${cameo}`,
  importActorRole: 'Chủ thể trong dữ liệu sự kiện GDELT',
  importParticipantRole: 'Người tham gia có tên trong bảng tính được nhập',
  importUntitled: 'Sự kiện không có tiêu đề',
  importSlideEnd: (date) => `Kết thúc ${date}.`,
  importSlideDisplayDate: (shown) => `Dòng thời gian ghi ngày của sự kiện là “${shown}”.`,

  kind: {
    meeting: 'Cuộc gặp',
    summit: 'Thượng đỉnh',
    'phone-call': 'Điện đàm',
    talks: 'Hội đàm',
    statement: 'Tuyên bố',
    announcement: 'Thông báo',
    postponement: 'Hoãn',
    'material-cooperation': 'Hợp tác bằng hành động',
    'material-conflict': 'Xung đột bằng hành động',
    event: 'Sự kiện',
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
  fileRefused: (dataOnScreen) =>
    dataOnScreen
      ? 'Tệp này không được mở. Dữ liệu trên màn hình không thay đổi.'
      : 'Tệp này không được mở.',
  retry: 'Thử lại',
  retrying: 'Đang thử lại…',
  leftOutLabel: 'Bản ghi bị loại',
  leftOut: (n) => `${countVi(n)} bản ghi bị loại vì không hợp lệ; phần còn lại vẫn được hiển thị.`,
  datasetBuiltIn: 'Dữ liệu có sẵn: năm bài báo tiếng Việt',
  datasetYours: 'Dữ liệu của bạn:',
  eventCount: (n) => `${countVi(n)} sự kiện`,
  openedOn: (date) => `mở ngày ${date}`,
  openFile: 'Mở tệp dữ liệu…',
  openingFile: 'Đang mở…',
  useBuiltIn: 'Quay lại dữ liệu có sẵn',
  dropHint:
    'hoặc thả tệp vào trang: JSON, CSV, TSV, Parquet, tệp xuất GDELT, hoặc tệp zip chứa chúng',
  dropHere: 'Thả tệp dữ liệu để mở',
  notKept: 'Trình duyệt không lưu được tệp này: tệp sẽ mất sau khi tải lại trang.',
  invalidData: 'Dữ liệu không hợp lệ',
  moreProblems: (n) => `…và ${countVi(n)} lỗi khác`,
  viewError: 'Không thể vẽ phần này từ dữ liệu.',
  dashboardError: 'Bảng tin không thể hiển thị bộ dữ liệu này',
  savedFileForgotten: (name) =>
    `Không mở lại được “${name}”, tệp bạn đã mở trước đây, nên bảng tin hiển thị dữ liệu có sẵn. Tệp đó không còn được lưu.`,
  datasetError: {
    network: 'Không tải được dữ liệu qua mạng',
    timeout: 'Việc tải dữ liệu mất quá nhiều thời gian',
    http: 'Máy chủ không gửi dữ liệu',
    'too-large': 'Tệp quá lớn',
    json: 'Tệp không phải JSON hợp lệ',
    shape: 'Tệp không phải bộ dữ liệu mà bảng tin này đọc được',
    references: 'Bộ dữ liệu không có sự kiện nào hiển thị được',
    unsupported: 'Trình duyệt này không đọc được dữ liệu',
    internal: 'Một lỗi ngoài dự kiến đã làm dừng việc đọc dữ liệu',
  },
  datasetDetail: {
    unreachable: ({ url }) => `Yêu cầu mạng tới ${url} thất bại: không kết nối được máy chủ.`,
    'no-answer': ({ url, seconds }) =>
      `Máy chủ không trả lời yêu cầu tới ${url} trong vòng ${seconds} giây.`,
    stalled: ({ url, seconds }) =>
      `Việc tải ${url} bị đứng: không nhận được dữ liệu nào trong ${seconds} giây.`,
    interrupted: ({ url }) => `Việc tải ${url} bị gián đoạn.`,
    'not-found': ({ url, status }) => `Không tìm thấy bộ dữ liệu: ${status} với ${url}.`,
    'server-error': ({ url, status }) => `Máy chủ trả về lỗi: ${status} với ${url}.`,
    'text-too-long': ({ url, bytes, maxCharacters }) =>
      `Tệp tại ${url} nặng ${megabytes(bytes, 'vi')}: nhiều JSON hơn mức trình duyệt đọc được trong một văn bản (tối đa ${countVi(maxCharacters)} ký tự).`,
    'file-too-large': ({ name, bytes, maxBytes }) =>
      `Tệp “${name}” nặng ${megabytes(bytes, 'vi')}; chỉ mở được tệp đến ${megabytes(maxBytes, 'vi')}.`,
    'invalid-dataset': ({ source }) => `${sourceVi(source)} không phải bộ dữ liệu hợp lệ.`,
    'no-workers': ({ source }) =>
      `${sourceVi(source)} không đọc được: trình duyệt này không chạy Web Worker, mà bảng tin cần Web Worker để đọc dữ liệu.`,
    'worker-failed': ({ message }) => `Không đọc được bộ dữ liệu: ${message}`,
    'worker-sent-nothing': () => 'Bộ đọc dữ liệu không gửi về dữ liệu nào.',
    'unreadable-message': () =>
      'Không đọc được một thông điệp giữa trang và bộ đọc dữ liệu, nên việc đọc đã dừng lại.',
    unexpected: ({ name, message }) => `Lỗi, theo trình duyệt báo: ${name}: ${message}`,
    'saved-in-old-form': () =>
      'Tệp được một phiên bản cũ hơn của trang này lưu lại, ở dạng mà phiên bản này không đọc được.',
  },
  problem: {
    missing: () => 'bị thiếu',
    'wrong-type': ({ expected, got }) =>
      `phải là ${VALUE_TYPE_VI[expected]}, nhưng nhận được ${shownVi(got)}`,
    'breaks-rule': ({ rule, options, got }) =>
      `${RULE_VI[rule](options)}, nhưng nhận được ${shownVi(got)}`,
    invalid: ({ message, got }) => `${message ?? 'không hợp lệ'}, nhưng nhận được ${shownVi(got)}`,
    'unknown-fields': ({ fields }) => `trường không xác định: ${fields.join(', ')}`,
    'duplicate-id': ({ id }) => `mã "${id}" bị trùng`,
    'not-a-calendar-date': ({ date }) =>
      `phải là một ngày có thật trên lịch, nhưng nhận được "${date}"`,
    'month-date-not-first': ({ date }) =>
      `ngày chỉ rõ đến tháng phải ghi ngày 01, nhưng nhận được "${date}"`,
    'year-date-not-first': ({ date }) =>
      `ngày chỉ rõ đến năm phải ghi là ngày 1 tháng 1 (YYYY-01-01), nhưng nhận được "${date}"`,
    'unknown-place': ({ id }) => `không có địa điểm nào mang mã "${id}"`,
    'unknown-person': ({ id }) => `không có người nào mang mã "${id}"`,
    'unknown-source': ({ id }) => `không có nguồn nào mang mã "${id}"`,
    'unknown-event': ({ id }) => `không có sự kiện nào mang mã "${id}"`,
    'source-not-in-event': ({ id }) => `"${id}" không nằm trong các nguồn của sự kiện`,
    'goldstein-mismatch': ({ cameo, name, expected, got }) =>
      `mã CAMEO ${cameo} (${name}) có trọng số ${expected} trên thang Goldstein, nhưng nhận được ${got}`,
    'tension-mismatch': ({ expected, got }) =>
      expected === null
        ? `phải là null (không có hành động nào giữa hai bên), nhưng nhận được ${got}`
        : `phải là ${expected} (điểm tính từ các hành động của sự kiện), nhưng nhận được ${got}`,
    'tension-range-mismatch': ({ expected, got }) =>
      `phải là ${rangeText(expected)} (điểm thấp nhất và cao nhất theo các cách hiểu), nhưng nhận được ${rangeText(got)}`,
    'event-left-out': ({ id }) => `sự kiện "${id}" của trích dẫn này đã bị loại`,
    'speaker-needed': () => 'trích dẫn không có speakerId thì phải mô tả người nói (speaker)',
    'no-events': () => 'bộ dữ liệu không có sự kiện nào',
    'no-valid-event': () => 'không còn sự kiện hợp lệ nào',
    'json-empty': () => 'không phải JSON hợp lệ: tệp trống',
    'json-syntax': ({ reason, line, column, after }) =>
      `không phải JSON hợp lệ: ${JSON_REASON_VI[reason]} ở dòng ${line}, cột ${column}${after ? `, sau \`${after}\`` : ''}`,
    'json-unreadable': () => 'không phải JSON hợp lệ: không đọc được văn bản dưới dạng JSON',
    'stream-order': () =>
      'tệp lớn như vậy được đọc lần lượt từng bản ghi, nên phải liệt kê tiêu đề, nguồn, người và địa điểm trước các sự kiện, và các sự kiện trước các trích dẫn',
    'row-columns': ({ line, count, expected, format }) =>
      `dòng ${line}: có ${countVi(count)} cột, một dòng ${IMPORT_FORMAT_VI[format]} có ${countVi(expected)} cột${format === 'gdelt-1' ? ' (57 cột trong tệp lịch sử 1979–2013)' : ''}`,
    'in-row': ({ line, column, problem }) =>
      `dòng ${line}${column === null ? '' : `, cột ${column}`}: ${innerVi(problem)}`,
    'date-format': ({ formats, got }) =>
      `phải là ngày dạng ${listEn(formats, 'hoặc')}, nhưng nhận được ${shownVi(got)}`,
    'url-dropped': ({ got }) =>
      `đường dẫn ${shownVi(got)} không phải http hay https nên bị bỏ qua; dòng này vẫn được giữ`,
    'id-rewritten': ({ from, to }) =>
      `mã "${from}" được viết thành "${to}", vì mã chỉ gồm chữ thường, chữ số và dấu gạch ngang; dòng này vẫn được giữ`,
    'no-coordinates': ({ place }) =>
      `“${place}” không có vĩ độ và kinh độ nên sự kiện không có vị trí trên bản đồ; dòng này vẫn được giữ`,
    'unknown-cameo': ({ cameo }) =>
      `mã CAMEO ${cameo} không có trong bảng của GDELT nên không biết trọng số Goldstein của nó`,
    'unclosed-quote': () => 'một trường trong dấu ngoặc kép chưa được đóng trước khi hết tệp',
    'missing-column': ({ column }) => `dòng tiêu đề không có cột "${column}"`,
    'unknown-format': () =>
      'không nhận ra định dạng của tệp: cần JSON của ứng dụng này, một dòng thời gian TimelineJS (JSON, hoặc bảng tính xuất ra CSV), các dòng sự kiện GDELT 1.0 hoặc 2.0, hoặc mẫu CSV',
  },
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
    'unknown-value': (param) =>
      `Một giá trị của “${param}” trong đường dẫn không có trong bộ dữ liệu này; giá trị đó bị bỏ qua.`,
    'hidden-facet': (param) =>
      `Bộ lọc “${param}” trong đường dẫn không có cho bộ dữ liệu này; bộ lọc đó bị bỏ qua.`,
  },

  aboutHeading: 'Nguồn và phương pháp',
  sourcesHeading: 'Năm bài báo',
  methodHeading: 'Cách chấm sắc thái',
  methodText:
    'Mỗi câu trong bài báo thuật lại một hành động được mã hóa bằng một mã sự kiện CAMEO (ví dụ 036 “Bày tỏ ý định gặp gỡ hoặc đàm phán”, 1056 “Yêu cầu giảm leo thang quân sự”, 130 “Đe dọa”), với trọng số theo thang Goldstein của GDELT, từ −10 (xung đột nhất) đến +10 (hợp tác nhất). Chỉ các hành động từ Mỹ hướng tới Nga hoặc ngược lại được tính. Gọi C là tổng trọng số xung đột và P là tổng trọng số hợp tác, sắc thái của sự kiện là 10 × (C + 2,5) ÷ (C + P + 5), tức tỷ trọng xung đột trong tổng trọng số: mỗi hành động xung đột làm sắc thái tăng, mỗi hành động hợp tác làm sắc thái giảm, và một hành động đơn lẻ chỉ làm sắc thái lệch khỏi mức 5 tối đa 3,3. Sự kiện có các hành động được tính nhưng không mang trọng số nào thì không có sắc thái. Bên cạnh mỗi sắc thái là bằng chứng của nó (C, P và số hành động) và, khi bộ quy tắc mã hóa cho phép hiểu một câu theo cách khác, sắc thái thấp nhất và cao nhất. Sắc thái của một sự kiện chỉ dựa trên một đến chín câu mà một bài báo viết về sự kiện đó; nó phản ánh những gì các bài báo đưa tin, không phải cảm nhận của các nhà ngoại giao, và thứ hạng giữa các cuộc gặp phụ thuộc vào giá trị tiên nghiệm 2,5 cho mỗi phía (docs/METHOD.md).',
  dataNote:
    'Năm được suy ra khi bài báo không ghi; các lỗi trong bài (tên viết sai, chức danh sai) được sửa trong dữ liệu kèm ghi chú. Tải dữ liệu dạng JSON cùng lược đồ.',
  datasetLink: 'Dữ liệu (JSON)',
  datasetLinkOwn: 'Bộ dữ liệu này (JSON)',
  methodTextOwn: (first, second) =>
    `Mỗi hành động được mã hóa của một sự kiện (mã sự kiện CAMEO, có trọng số theo thang Goldstein của GDELT từ −10, xung đột nhất, đến +10, hợp tác nhất) được tính khi nó diễn ra giữa ${first} và ${second}, hai bên của bộ dữ liệu này. Với C là tổng trọng số xung đột và P là tổng trọng số hợp tác, mức căng thẳng của sự kiện là 10 × (C + 2,5) ÷ (C + P + 5); khi một hành động có thể được hiểu theo cách khác, khoảng giá trị cho thấy điểm thấp nhất và cao nhất. Sự kiện không có hành động nào giữa hai bên thì không được chấm điểm.`,
  sourcePages: 'Các trang nguồn',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  sourcesShown: (from, to, total) => `${from}–${to} trên ${total}`,
  schemaLink: 'Lược đồ JSON',
  untitled: 'bài không có tiêu đề',

  // Bringing one's own data (features/dataset/ImportDialog, features/facets): issue 15.
  importDialogTitle: (name) => `Mở “${name}”?`,
  importRecognised: (format) => `Nhận ra định dạng: ${format}.`,
  importFormatLong: {
    'dataset-json': 'JSON của ứng dụng này',
    'timeline-json': 'một dòng thời gian TimelineJS (JSON)',
    'timeline-csv': 'bảng tính TimelineJS lưu dạng CSV',
    'gdelt-1': 'các dòng sự kiện GDELT 1.0 (58 cột; 57 cột trong tệp lịch sử 1979–2013)',
    'gdelt-2': 'các dòng sự kiện GDELT 2.0 (61 cột)',
    'template-events': 'mẫu CSV sự kiện',
    'template-quotes': 'mẫu CSV trích dẫn',
  },
  importNotRecognised: 'Không nhận ra định dạng của tệp này.',
  importPartOfFile: (shown, total) =>
    `Theo ${shown} đầu tiên trong ${total} của tệp (phần còn lại được đọc khi mở):`,
  importWholeFile: 'Theo toàn bộ tệp:',
  importCounts: (rows, events, leftOut) =>
    `đã đọc ${countVi(rows)} dòng: sẽ giữ ${countVi(events)} sự kiện, bỏ ra ${countVi(leftOut)} dòng.`,
  importQuotes: (n) => `Sẽ giữ ${countVi(n)} trích dẫn.`,
  importSkipped: {
    title: (n) => `${countVi(n)} trang tiêu đề đặt tên cho bộ dữ liệu.`,
    era: (n) => `Bỏ qua ${countVi(n)} giai đoạn (era).`,
    'outside-dyad': (n) => `Bỏ qua ${countVi(n)} dòng không diễn ra giữa hai nước.`,
  },
  importLeftOutHeading: 'Các dòng bị bỏ ra và lý do',
  importNotesHeading: 'Những gì được sửa trong các dòng vẫn giữ',
  importRefused: 'Không thể mở tệp này:',
  importFirstRows: 'Các dòng đầu tiên, như sẽ được đọc',
  importColLine: 'Dòng',
  importMapping: 'Cột nào điền vào trường nào',
  importColColumn: 'Cột',
  importColFields: 'Điền vào',
  importNotRead: 'không đọc',
  importDyadLegend: 'Hai quốc gia',
  importOnlyDyad: 'Chỉ giữ các dòng giữa hai quốc gia này',
  importDyadFirst: 'Quốc gia thứ nhất',
  importDyadSecond: 'Quốc gia thứ hai',
  importDyadHint: 'Sắc thái được chấm giữa hai nước này. Mặc định giữ mọi dòng.',
  importOpen: 'Mở',
  importCancel: 'Hủy',
  importReading: (name) => `Đang đọc “${name}”…`,
  importProgress: 'Tiến độ đọc tệp',
  importRowsSoFar: (rows, loaded, total) => `Đã đọc ${countVi(rows)} dòng, ${loaded} / ${total} MB`,
  importStop: 'Dừng đọc',
  importOpening: (name) => `Đang mở dữ liệu đọc từ “${name}”…`,
  importFilesRead: 'Các tệp được đọc',
  importParquet: 'Parquet',
  importEncodingLabel: 'Bảng mã văn bản',
  importEncodingAsFound: 'Như nhận ra ở từng tệp',
  importEncodingName: {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (Tây Âu)',
  },
  importEncodingBy: {
    bom: 'nhờ dấu thứ tự byte',
    pattern: 'nhờ mẫu của các byte',
    'valid-utf-8': 'các byte là UTF-8 hợp lệ',
    'not-utf-8': 'các byte không phải UTF-8 nên được đọc theo Windows-1252',
    chosen: 'theo lựa chọn',
  },
  facetsButton: (chosen) =>
    chosen === 0 ? 'Loại, quốc gia, mã…' : `Loại, quốc gia, mã… (đã chọn ${countVi(chosen)})`,
  facetsLabel: 'Lọc theo đặc điểm của sự kiện',
  facetName: {
    kind: 'Loại',
    status: 'Tình trạng',
    group: 'Nhóm',
    actor: 'Quốc gia của chủ thể',
    participant: 'Người tham gia',
    cameo: 'Mã gốc CAMEO',
  },
  facetValue: (label, count) => `${label} (${countVi(count)})`,
  facetShowAll: (n) => `Hiện cả ${countVi(n)}`,
  mapNoPlacesInData:
    'Bộ dữ liệu này không có địa điểm nên bản đồ không có gì để hiển thị; các sự kiện được liệt kê bên dưới.',
  sourcesHeadingOwn: 'Nguồn',
};
