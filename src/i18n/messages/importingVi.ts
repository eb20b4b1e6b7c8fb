/** The import's words in Vietnamese (importing.ts has their shape). */
import { formatCount } from '../format';
import type { ImportFormat } from '@/domain/dataset/vocabulary';
import type { ImportingMessages } from './importing';

const countVi = (n: number) => formatCount(n, 'vi');

/** The formats a file is imported from, named as a row of one is. */
export const IMPORT_FORMAT_VI: Record<ImportFormat, string> = {
  'dataset-json': 'JSON bộ dữ liệu',
  'timeline-json': 'TimelineJS JSON',
  'timeline-csv': 'TimelineJS CSV',
  'gdelt-1': 'GDELT 1.0',
  'gdelt-2': 'GDELT 2.0',
  'template-events': 'mẫu CSV',
  'template-quotes': 'mẫu CSV trích dẫn',
};

export const importingVi = {
  importFormat: IMPORT_FORMAT_VI,

  // What an import writes into the data (i18n/importText.ts)
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

  // The import dialog (features/dataset/ImportDialog)
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
} satisfies ImportingMessages;
