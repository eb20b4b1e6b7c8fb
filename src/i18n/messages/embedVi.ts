/** The embed's words in Vietnamese (embed.ts has their shape). */
import { formatCount } from '../format';
import type { EmbedMessages } from './embed';

export const embedVi = {
  embed: 'Nhúng',
  embedDialogTitle: 'Nhúng phần này vào bài báo',
  embedIntro:
    'Dán mã vào HTML của bài báo. Khung chỉ hiển thị phần bạn chọn, kèm nguồn và liên kết đến bảng tin đầy đủ.',
  embedWhat: 'Nhúng phần nào',
  embedView: {
    dashboard: 'Toàn bộ bảng tin',
    timeline: 'Dòng thời gian căng thẳng',
    map: 'Bản đồ',
    quotes: 'Các trích dẫn',
    story: 'Câu chuyện',
  },
  embedStoryAt: (step, title) => `Câu chuyện, ở bước ${formatCount(step, 'vi')}: ${title}`,
  embedOptions: 'Tùy chọn',
  embedDates: 'Bộ chọn ngày gọn',
  embedTheme: 'Màu nền',
  embedThemeOption: { auto: 'Theo hệ thống của người đọc', light: 'Sáng', dark: 'Tối' },
  embedPreview: 'Xem trước',
  embedPreviewFrame: 'Xem trước phần nhúng',
  embedCodeLabel: 'Mã để dán',
  embedCodeHint:
    'Đoạn script do trang này cung cấp giúp khung cao bằng nội dung (nó cũng hiểu thông điệp chiều cao của pym.js và Datawrapper). Không có script, khung giữ chiều cao ban đầu.',
  embedCopy: 'Sao chép mã',
  embedCopied: 'Đã sao chép mã',
  embedCopyFailed: 'Không sao chép được: hãy chọn mã và sao chép bằng Ctrl+C (⌘C trên Mac).',
  embedPictureHeading: 'Nơi không cho phép iframe',
  embedPictureHint:
    'Một số nền tảng loại bỏ iframe. Hãy tải ảnh xuống, tải ảnh lên cùng bài báo và dán mã này thay cho khung, thay tên tệp bằng địa chỉ của ảnh.',
  embedPictureNone: 'Phần trích dẫn không có ảnh: một liên kết đến chúng được dùng thay thế.',
  embedDownloadPicture: 'Tải ảnh xuống (PNG)',
  embedPictureCodeLabel: 'Mã ảnh và liên kết để dán',
  embedCopyPicture: 'Sao chép mã ảnh',
  embedOwnFile:
    'Phần nhúng hiển thị bộ dữ liệu có sẵn: tệp bạn đã mở chỉ nằm trong trình duyệt của bạn và không thể nhúng.',
  embedClose: 'Đóng',
  embedFrameTitle: {
    dashboard:
      'Ngoại giao Mỹ – Nga quanh cuộc chiến Ukraine, 2021–2025: dòng thời gian, bản đồ và trích dẫn',
    timeline:
      'Ngoại giao Mỹ – Nga quanh cuộc chiến Ukraine, 2021–2025: mức căng thẳng của từng cuộc tiếp xúc',
    map: 'Ngoại giao Mỹ – Nga quanh cuộc chiến Ukraine, 2021–2025: nơi lãnh đạo hai nước gặp nhau',
    quotes: 'Ngoại giao Mỹ – Nga quanh cuộc chiến Ukraine, 2021–2025: mỗi bên đã nói gì',
    story: 'Ngoại giao Mỹ – Nga quanh cuộc chiến Ukraine, 2021–2025: năm cuộc gặp, từng bước',
  },
  embedOpenFull: 'Mở bảng tin đầy đủ',
  embedNewTab: '(mở trong thẻ mới)',
  embedSource: ({ count, publishers, others }) =>
    `Nguồn: ${formatCount(count, 'vi')} bài báo${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' và các nguồn khác' : ''})` : ''}; mức căng thẳng từ các hành động mã hóa theo CAMEO trên thang Goldstein của GDELT; bản đồ: Natural Earth.`,
} satisfies EmbedMessages;
