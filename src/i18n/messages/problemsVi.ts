/** The problems of a dataset in Vietnamese (problems.ts has their shape). */
import { cameoName } from '../cameoNames';
import { formatCount } from '../format';
import type {
  JsonSyntaxReason,
  Problem,
  SchemaRule,
  ShownValue,
  ValueType,
} from '@/domain/dataset/problems';
import { IMPORT_FORMAT_VI } from './importingVi';
import { listEn, rangeText, wordInner, type ProblemMessages } from './problems';

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
const innerVi = (problem: Problem): string => wordInner(problemVi, problem.code, problem.values);

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

export const problemVi = {
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
  // The act named in Vietnamese (the problem carries GDELT's English name).
  'goldstein-mismatch': ({ cameo, name, expected, got }) =>
    `mã CAMEO ${cameo} (${cameoName(cameo, 'vi') || name}) có trọng số ${expected} trên thang Goldstein, nhưng nhận được ${got}`,
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
} satisfies ProblemMessages;
