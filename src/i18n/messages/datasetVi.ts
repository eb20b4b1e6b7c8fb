/** The dataset's words in Vietnamese (dataset.ts has their shape). */
import type { DatasetSource } from '@/domain/validation/loadFailure';
import { formatCount } from '../format';
import { megabytes, type DatasetMessages } from './dataset';
import { problemVi } from './problemsVi';

const countVi = (n: number) => formatCount(n, 'vi');
const sourceVi = (source: DatasetSource) =>
  'url' in source ? `Tệp tại ${source.url}` : `Tệp “${source.file}”`;

export const datasetVi = {
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
  problem: problemVi,
} satisfies DatasetMessages;
