/** The views' words in Vietnamese (views.ts has their shape). */
import { formatCount } from '../format';
import type { ViewsMessages } from './views';

const countVi = (n: number) => formatCount(n, 'vi');

export const viewsVi = {
  tensionExplainer:
    'Sắc thái của một sự kiện được chấm từ 0 đến 10: tỷ trọng xung đột trong tổng trọng số của các hành động giữa Mỹ và Nga được đưa tin, mỗi hành động được mã hóa bằng một mã sự kiện CAMEO và gán trọng số theo thang Goldstein của GDELT (dưới 2: chủ yếu là hành động hợp tác; 5: trọng số xung đột và hợp tác ngang nhau; trên 8: chủ yếu là hành động xung đột). Đường dọc cho thấy các cách hiểu khác của câu có thể làm sắc thái thay đổi đến đâu. Sự kiện không có hành động giữa hai bên, hoặc có hành động nhưng không mang trọng số nào, thì không có sắc thái.',

  // The map (features/map)
  mapTitle: 'Bản đồ',
  mapHeading: 'Nơi hai bên gặp nhau',
  mapCaption:
    'Mỗi vòng tròn là một địa điểm có sự kiện trong khoảng ngày; kích thước theo số sự kiện, màu theo sắc thái cao nhất trong các sự kiện ở đó. Viền nét đứt là cuộc gặp được dự kiến nhưng chưa diễn ra.',
  mapDescription: (places) => `Các địa điểm có sự kiện trong khoảng ngày: ${places}.`,
  mapMorePlaces: (n) => `và ${countVi(n)} địa điểm khác`,
  placeListHeading: (n) =>
    `${countVi(n)} địa điểm trong khoảng ngày này, nhiều sự kiện nhất trước: chọn một nơi để thu hẹp các biểu đồ`,
  mapNoPlaces: 'Không có địa điểm nào có sự kiện trong khoảng ngày này.',
  mapNoPlacesInData:
    'Bộ dữ liệu này không có địa điểm nên bản đồ không có gì để hiển thị; các sự kiện được liệt kê bên dưới.',
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

  // The tone timeline, its table and an event's details (features/timeline)
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

  // The quotes (features/quotes)
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

  // An event's kind and status, wherever they are shown
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
} satisfies ViewsMessages;
