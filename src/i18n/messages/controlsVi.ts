/** The controls' words in Vietnamese (controls.ts has their shape). */
import { formatCount } from '../format';
import type { ControlsMessages } from './controls';

const countVi = (n: number) => formatCount(n, 'vi');

export const controlsVi = {
  // Dates, periods and the status line (features/filters)
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

  // Playback (features/playback)
  playGroup: 'Chạy theo thời gian',
  play: 'Chạy',
  pause: 'Tạm dừng',
  stepBack: 'Lùi một tháng',
  stepForward: 'Tiến một tháng',
  speed: 'Tốc độ',
  reducedMotion: 'Giảm chuyển động: mỗi lần một tháng',

  // The story (features/story)
  storyTitle: 'Câu chuyện',
  startStory: 'Câu chuyện: năm cuộc gặp',
  storyStep: (n, total) => `Câu chuyện · ${countVi(n)} trên ${countVi(total)}`,
  storyPrevious: 'Trước',
  storyNext: 'Tiếp',
  storyClose: 'Đóng câu chuyện',
  storyGoTo: (n, title) => `Bước ${countVi(n)}: ${title}`,

  // Share and download (features/share)
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

  // Notices about a link's settings (domain/viewState/urlState.ts)
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

  // The facets (features/facets)
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
} satisfies ControlsMessages;
