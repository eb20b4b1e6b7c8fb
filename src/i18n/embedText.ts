/**
 * The embed's words in both languages: the Embed dialog (features/share/EmbedDialog.tsx) and the
 * embed page itself (app/EmbedLayout.tsx). Spread into messages.ts; `vi` has `en`'s shape, so a
 * missing key fails the build.
 */
import type { SourceCredit } from '@/domain/dataset/credit';
import type { EmbedView } from '@/domain/viewState/embedState';
import { formatCount } from './format';

const en = {
  embed: 'Embed',
  embedDialogTitle: 'Embed this view in an article',
  embedIntro:
    'Paste the code into your article’s HTML. The frame shows only the view you choose, with its source and a link to the full dashboard.',
  embedWhat: 'What to embed',
  embedView: {
    dashboard: 'The whole dashboard',
    timeline: 'The tension timeline',
    map: 'The map',
    quotes: 'The quotes',
    story: 'The story',
  } satisfies Record<EmbedView, string>,
  embedStoryAt: (step: number, title: string) =>
    `The story, at step ${formatCount(step, 'en')}: ${title}`,
  embedOptions: 'Options',
  embedDates: 'A compact date control',
  embedTheme: 'Colours',
  embedThemeOption: { auto: 'The reader’s system', light: 'Light', dark: 'Dark' },
  embedPreview: 'Preview',
  embedPreviewFrame: 'Preview of the embed',
  embedCodeLabel: 'Code to paste',
  embedCodeHint:
    'The script, served by this site, makes the frame as tall as its content (it also answers to pym.js and to Datawrapper’s height messages). Without it the frame keeps its starting height.',
  embedCopy: 'Copy code',
  embedCopied: 'Code copied',
  embedCopyFailed: 'Could not copy: select the code and copy it with Ctrl+C (⌘C on a Mac).',
  embedPictureHeading: 'Where iframes are not allowed',
  embedPictureHint:
    'Some platforms strip iframes. Download the picture, upload it with your article and paste this code instead, with the picture’s address in place of its file name.',
  embedPictureNone: 'The quotes have no picture: a link to them stands in.',
  embedDownloadPicture: 'Download the picture (PNG)',
  embedPictureCodeLabel: 'Picture and link to paste',
  embedCopyPicture: 'Copy picture code',
  embedOwnFile:
    'An embed shows the built-in dataset: a file you opened stays in your browser and cannot be embedded.',
  embedClose: 'Close',
  /** The frame's title, which a screen reader announces in the article. */
  embedFrameTitle: {
    dashboard: 'US–Russia diplomacy over Ukraine, 2021–2025: timeline, map and quotes',
    timeline: 'US–Russia diplomacy over Ukraine, 2021–2025: how tense each encounter was',
    map: 'US–Russia diplomacy over Ukraine, 2021–2025: where the leaders met',
    quotes: 'US–Russia diplomacy over Ukraine, 2021–2025: what each side said',
    story: 'US–Russia diplomacy over Ukraine, 2021–2025: the five meetings, step by step',
  } satisfies Record<EmbedView, string>,
  embedOpenFull: 'Open the full dashboard',
  embedNewTab: '(opens in a new tab)',
  embedSource: ({ count, publishers, others }: SourceCredit) =>
    `Source: ${formatCount(count, 'en')} news article${count === 1 ? '' : 's'}${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' and others' : ''})` : ''}; tension from CAMEO-coded acts on GDELT’s Goldstein scale; map: Natural Earth.`,
};

export type EmbedMessages = typeof en;

const vi: EmbedMessages = {
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
};

export const EMBED_TEXT = { en, vi };
