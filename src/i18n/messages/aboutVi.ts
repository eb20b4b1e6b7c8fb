/** The footer's words in Vietnamese (about.ts has their shape). */
import type { AboutMessages } from './about';

export const aboutVi = {
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
  sourcesHeadingOwn: 'Nguồn',
} satisfies AboutMessages;
