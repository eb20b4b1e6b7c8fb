/**
 * Every UI string in Vietnamese: the shape of `en` (messages.ts), so a key missing here fails the
 * build. Its own module, fetched only by a page read in Vietnamese (loadMessages.ts).
 */
import { formatCount } from './format';
import { HEADER_TEXT } from './headerText';
import { listEn, megabytes, rangeText, wordInner, type Messages } from './messages';
import type { DatasetSource } from '@/domain/loadFailure';
import type { ImportFormat } from '@/domain/import/formats';
import type {
  JsonSyntaxReason,
  Problem,
  SchemaRule,
  ShownValue,
  ValueType,
} from '@/domain/problems';

/** Counts written the language's way: 100.000. */
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
  id: () => 'phải là mã gồm chữ thường, chữ số và dấu gạch ngang',
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
  tensionExplainer:
    'Mức căng thẳng được chấm từ 0 (hợp tác) đến 10 (thù địch), 5 là trung lập: mỗi hành động giữa Mỹ và Nga được đưa tin được mã hóa bằng một mã sự kiện CAMEO và gán trọng số theo thang Goldstein của GDELT; điểm là tỷ lệ phần trọng số mang tính xung đột. Đường dọc cho thấy các cách hiểu khác của câu có thể làm điểm thay đổi đến đâu; sự kiện không có hành động giữa hai bên thì không được chấm điểm.',

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
    `${title ? `${title}. ` : ''}Từ ${countVi(count)} nguồn${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' và các nguồn khác' : ''})` : ''}. Mức căng thẳng: tỷ lệ trọng số Goldstein (GDELT) mang tính xung đột của các hành động mã hóa theo CAMEO giữa hai bên, 0 hợp tác – 10 thù địch; đường dọc là khoảng điểm theo các cách hiểu. Bản đồ: Natural Earth. Tải ngày ${date}.`,
  quotesCount: (n) => `${countVi(n)} trích dẫn`,
  rangeHint:
    'Khoảng ngày tính cả hai đầu. Sự kiện chỉ rõ tháng được hiển thị nếu khoảng ngày chạm đến tháng đó.',

  mapTitle: 'Bản đồ',
  mapHeading: 'Nơi hai bên gặp nhau',
  mapCaption:
    'Mỗi vòng tròn là một địa điểm có sự kiện trong khoảng ngày; kích thước theo số sự kiện, màu theo mức căng thẳng cao nhất. Viền nét đứt là cuộc gặp được dự kiến nhưng chưa diễn ra.',
  mapDescription: (places) => `Các địa điểm có sự kiện trong khoảng ngày: ${places}.`,
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

  timelineTitle: 'Diễn biến căng thẳng',
  timelineHeading: 'Mỗi cuộc tiếp xúc căng thẳng đến đâu?',
  timelineCaption: (n, cells = false) =>
    `${countVi(n)} sự kiện trên trục thời gian; càng cao càng căng thẳng (0 hợp tác – 10 thù địch). ${cells ? 'Quá nhiều để vẽ từng điểm: các ô đếm chúng; bấm vào một ô để xem khoảng ngày của nó' : 'Bấm vào một điểm để chọn'}; kéo dải bên dưới để chọn khoảng ngày.`,
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
  breakdownSums: (conflict, cooperation) =>
    `Trọng số xung đột ${conflict}, trọng số hợp tác ${cooperation}:`,
  breakdownFormula: (conflict, cooperation, score) =>
    `10 × (${conflict} + 2,5) ÷ (${conflict} + ${cooperation} + 5) = ${score}`,
  goldstein: 'Goldstein',
  counted: 'được tính',
  notCounted: (a, b) => `không tính: không phải giữa ${a} và ${b}`,
  notCountedShort: 'sẽ không được tính',
  otherReadings: 'Các cách hiểu khác của câu này',
  otherReading: 'Cách hiểu khác',
  noScore: (a, b) =>
    `Không có hành động nào trong sự kiện này diễn ra giữa ${a} và ${b}, nên sự kiện không có điểm căng thẳng.`,
  scoredOnlyUnder: (low, high) =>
    `Theo một cách hiểu khác của các câu, sự kiện sẽ được ${low === high ? low : `${low}–${high}`} điểm.`,
  rangeOverReadings: (low, high) =>
    `Theo các cách hiểu mà các câu cho phép, điểm dao động từ ${low} đến ${high}.`,
  rangeMovedBy: (n) => `${countVi(n)} câu có cách hiểu khác làm thay đổi điểm (xem ở trên).`,
  uncertainBand: 'Dải màu của sự kiện phụ thuộc vào cách hiểu: chưa chắc chắn.',
  notScored: 'không chấm điểm',
  unscoredLane: 'Không chấm điểm',
  laneTick: ['Không', 'điểm'],
  colRange: 'Khoảng điểm',
  rangeShort: (low, high) => (low === high ? low : `${low}–${high}`),
  showInArticle: 'Xem trong bài báo',
  hideInArticle: 'Ẩn đoạn trích bài báo',
  noParagraph: 'Bộ dữ liệu này không có đoạn văn nào của bài báo chứa các từ này.',
  untitledBeginning: (words) => `bài không có tiêu đề, mở đầu bằng “${words}”`,
  legendRange: 'Đường dọc: từ điểm thấp nhất đến cao nhất theo các cách hiểu của câu',
  legendUncertain: 'Gạch chéo: dải màu phụ thuộc vào cách hiểu',
  legendCells:
    'Quá nhiều sự kiện để vẽ riêng: mỗi ô gồm các sự kiện trong một khoảng thời gian ở cùng một mức, càng đậm càng nhiều',
  legendUnscored: 'Dải dưới cùng, màu xám: không có hành động giữa Mỹ và Nga, không chấm điểm',
  legendUnscoredMap: 'Màu xám: không có hành động giữa Mỹ và Nga (không chấm điểm)',
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
  chartDrawing: 'Đang vẽ biểu đồ…',
  chartSource: (count, publishers, others) =>
    `Nguồn: ${countVi(count)} bài báo${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' và các báo khác' : ''})` : ''}.`,
  sliderStart: 'Tháng đầu',
  sliderEnd: 'Tháng cuối',

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
  dropHint: 'hoặc thả tệp vào trang: JSON, CSV, TSV, tệp xuất GDELT',
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
      `dòng ${line}: có ${countVi(count)} cột, một dòng ${IMPORT_FORMAT_VI[format]} có ${countVi(expected)} cột`,
    'in-row': ({ line, column, problem }) =>
      `dòng ${line}${column === null ? '' : `, cột ${column}`}: ${innerVi(problem)}`,
    'date-format': ({ formats, got }) =>
      `phải là ngày dạng ${listEn(formats, 'hoặc')}, nhưng nhận được ${shownVi(got)}`,
    'url-dropped': ({ got }) =>
      `đường dẫn ${shownVi(got)} không phải http hay https nên bị bỏ qua; dòng này vẫn được giữ`,
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
  },

  aboutHeading: 'Nguồn và phương pháp',
  sourcesHeading: 'Năm bài báo',
  methodHeading: 'Cách chấm mức căng thẳng',
  methodText:
    'Mỗi câu trong bài báo thuật lại một hành động được mã hóa bằng một mã sự kiện CAMEO (ví dụ 036 “Bày tỏ ý định gặp gỡ hoặc đàm phán”, 1056 “Yêu cầu giảm leo thang quân sự”, 130 “Đe dọa”), với trọng số theo thang Goldstein của GDELT, từ −10 (xung đột nhất) đến +10 (hợp tác nhất). Chỉ các hành động từ Mỹ hướng tới Nga hoặc ngược lại được tính. Gọi C là tổng trọng số xung đột và P là tổng trọng số hợp tác, mức căng thẳng của sự kiện là 10 × (C + 2,5) ÷ (C + P + 5): mỗi hành động xung đột làm điểm tăng, mỗi hành động hợp tác làm điểm giảm, và một hành động đơn lẻ chỉ làm điểm lệch khỏi mức 5 tối đa 3,3. Khi bộ quy tắc mã hóa cho phép hiểu một câu theo cách khác, khoảng điểm cho thấy mức thấp nhất và cao nhất. Thang đo phản ánh những gì các bài báo đưa tin, không phải cảm nhận của các nhà ngoại giao.',
  dataNote:
    'Năm được suy ra khi bài báo không ghi; các lỗi trong bài (tên viết sai, chức danh sai) được sửa trong dữ liệu kèm ghi chú. Tải dữ liệu dạng JSON cùng lược đồ.',
  datasetLink: 'Dữ liệu (JSON)',
  schemaLink: 'Lược đồ JSON',
  untitled: 'bài không có tiêu đề',

  // Bringing one's own data (features/dataset/ImportDialog, features/facets): issue 15.
  importDialogTitle: (name) => `Mở “${name}”?`,
  importRecognised: (format) => `Nhận ra định dạng: ${format}.`,
  importFormatLong: {
    'dataset-json': 'JSON của ứng dụng này',
    'timeline-json': 'một dòng thời gian TimelineJS (JSON)',
    'timeline-csv': 'bảng tính TimelineJS lưu dạng CSV',
    'gdelt-1': 'các dòng sự kiện GDELT 1.0 (58 cột phân cách bằng tab)',
    'gdelt-2': 'các dòng sự kiện GDELT 2.0 (61 cột phân cách bằng tab)',
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
  importDyadHint: 'Mức căng thẳng được chấm giữa hai nước này. Mặc định giữ mọi dòng.',
  importOpen: 'Mở',
  importCancel: 'Hủy',
  importReading: (name) => `Đang đọc “${name}”…`,
  importProgress: 'Tiến độ đọc tệp',
  importRowsSoFar: (rows, loaded, total) => `Đã đọc ${countVi(rows)} dòng, ${loaded} / ${total} MB`,
  importStop: 'Dừng đọc',
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
