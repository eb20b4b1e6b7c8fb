/**
 * The guided story: the five meetings in order, each with a short explanation in both languages
 * and the view it moves every panel to. Every statement here is drawn from the five articles;
 * docs/DATA-REVIEW.md records where earlier wording went beyond them. What a step says of the
 * climate going into its meeting (the acts of the month before) holds under every window and
 * prior of docs/METHOD.md, or says it depends on the reading: story.test.ts checks it.
 */
import type { DateRange } from '../dataset/dateRange';
import type { LocalizedText } from '../dataset/schema';

export interface StoryStep {
  eventId: string;
  placeId: string;
  range: DateRange;
  title: LocalizedText;
  text: LocalizedText;
}

export const STORY_STEPS: readonly StoryStep[] = [
  {
    eventId: '2021-12-02-stockholm',
    placeId: 'stockholm',
    range: { from: '2021-11-15', to: '2021-12-31' },
    title: { en: 'Stockholm, December 2021', vi: 'Stockholm, tháng 12/2021' },
    text: {
      en: 'Russian troops are massing near Ukraine’s border. Blinken and Lavrov meet on the sidelines of the OSCE foreign ministers’ meeting; to the press, Blinken says Russia must de-escalate by pulling its forces back and refrain from threatening Ukraine. Lavrov says Moscow wants no conflict but will take measures for its security if NATO rejects Putin’s proposal. Thirty minutes, no concrete roadmap, but an agreement to keep talking. In the month before, the articles report one act between the two sides: Blinken’s warning of severe consequences, the day before.',
      vi: 'Quân đội Nga tập trung gần biên giới Ukraine. Ông Blinken và ông Lavrov gặp nhau bên lề hội nghị ngoại trưởng OSCE; phát biểu với báo chí, ông Blinken nói Nga cần giảm leo thang bằng cách rút quân về vị trí bình thường và kiềm chế các lời đe dọa đối với Ukraine. Ông Lavrov nói Moscow không muốn xung đột nhưng sẽ thực hiện các biện pháp bảo đảm an ninh nếu NATO bác bỏ đề xuất của ông Putin. Ba mươi phút, không có lộ trình cụ thể, nhưng hai bên nhất trí tiếp tục đối thoại. Trong tháng trước đó, các bài báo chỉ thuật lại một hành động giữa hai bên: lời cảnh báo về “hậu quả nghiêm trọng” của ông Blinken một ngày trước.',
    },
  },
  {
    eventId: '2022-01-21-geneva',
    placeId: 'geneva',
    range: { from: '2022-01-01', to: '2022-02-28' },
    title: { en: 'Geneva, January 2022', vi: 'Geneva, tháng 1/2022' },
    text: {
      en: 'Security talks between Russia and NATO and the US have ended quickly without result, and a US official, quoted by Reuters, says Russia could attack Ukraine at any moment. In Geneva there is no breakthrough: Blinken calls the talks “frank and substantive” and says Washington will share ideas in writing next week; Lavrov says Moscow will know whether the talks are on the right track once it has the written US response. In the month before, the articles report nine acts between the two sides, warnings, a demand, a threat of sanctions, an accusation and Moscow’s denials against talks, a call and Lavrov’s welcome of US diplomacy: about as much conflictual weight as cooperative, whatever the window or the prior, though other readings of the sentences tip it either way.',
      vi: 'Các cuộc hội đàm an ninh giữa Nga với NATO và Mỹ kết thúc chóng vánh, không có kết quả, và một quan chức Mỹ được Reuters dẫn lời nói Nga có thể tấn công Ukraine bất kỳ lúc nào. Tại Geneva không có đột phá: ông Blinken gọi cuộc hội đàm là “thẳng thắn và thực chất” và cho biết Washington sẽ chia sẻ các ý tưởng bằng văn bản vào tuần tới; ông Lavrov nói Moscow sẽ biết các cuộc đàm phán có đi đúng hướng hay không sau khi nhận được phản hồi bằng văn bản của Mỹ. Trong tháng trước đó, các bài báo thuật lại chín hành động giữa hai bên, gồm những lời cảnh báo, một loạt yêu cầu, lời đe dọa trừng phạt, lời cáo buộc và sự phủ nhận của Moscow, bên cạnh cuộc hội đàm, cuộc điện đàm và việc ông Lavrov hoan nghênh nỗ lực ngoại giao của Mỹ: trọng số xung đột và hợp tác gần ngang nhau, với mọi khung thời gian và giá trị tiên nghiệm, dù các cách hiểu khác của câu chữ có thể nghiêng về bên này hoặc bên kia.',
    },
  },
  {
    eventId: '2023-03-02-new-delhi',
    placeId: 'new-delhi',
    range: { from: '2023-02-01', to: '2023-03-31' },
    title: { en: 'New Delhi, March 2023', vi: 'New Delhi, tháng 3/2023' },
    text: {
      en: 'The war is in its second year, and the week before, Putin announced that Russia is suspending its part in the New START treaty. At the G20 in New Delhi the two ministers talk “on the move” for under ten minutes: their first direct talk since the war began. According to a senior US official, Blinken told Lavrov to end the war and urged Moscow to reverse the suspension; Russia says they did not negotiate, and Washington expects no more formal high-level dialogue soon. In the month before, the articles report three acts between the two sides, all conflictual: the suspension of New START, Ryabkov’s accusation and the Pentagon’s denial.',
      vi: 'Cuộc chiến đã bước sang năm thứ hai, và tuần trước đó ông Putin công bố quyết định đình chỉ tham gia hiệp ước New START. Tại hội nghị G20 ở New Delhi, hai ngoại trưởng “vừa đi vừa nói chuyện” chưa đầy 10 phút, lần nói chuyện trực tiếp đầu tiên kể từ khi chiến sự nổ ra. Theo một quan chức cấp cao của Mỹ, ông Blinken nói với ông Lavrov hãy chấm dứt cuộc chiến và kêu gọi Moscow đảo ngược việc đình chỉ; phía Nga nói hai bên không đàm phán, và Mỹ không hy vọng có thêm đối thoại cấp cao chính thức trong thời gian tới. Trong tháng trước đó, các bài báo thuật lại ba hành động giữa hai bên, đều mang tính xung đột: việc đình chỉ hiệp ước New START, lời cáo buộc của ông Ryabkov và lời bác bỏ của Lầu Năm Góc.',
    },
  },
  {
    eventId: '2025-08-alaska-summit',
    placeId: 'alaska',
    range: { from: '2025-08-01', to: '2025-08-31' },
    title: { en: 'Alaska, August 2025', vi: 'Alaska, tháng 8/2025' },
    text: {
      en: 'In August 2025 Presidents Trump and Putin meet in Alaska, in person, for nearly three hours. It ends with no concrete agreement, though both claim “positive progress”. Since then Trump has repeatedly and publicly called on Kyiv and Moscow to cease fire immediately. The articles report no act between the two sides in the months before the summit.',
      vi: 'Tháng 8/2025, Tổng thống Trump và Tổng thống Putin gặp trực tiếp tại Alaska gần 3 giờ. Cuộc gặp kết thúc mà không có thỏa thuận cụ thể nào, dù cả hai đều tuyên bố đạt “tiến triển tích cực”. Kể từ đó, ông Trump nhiều lần công khai kêu gọi Kiev và Moscow ngừng chiến ngay lập tức. Các bài báo không thuật lại hành động nào giữa hai bên trong những tháng trước thượng đỉnh.',
    },
  },
  {
    eventId: '2025-10-budapest-summit-planned',
    placeId: 'budapest',
    range: { from: '2025-10-01', to: '2025-10-31' },
    title: { en: 'Budapest, October 2025', vi: 'Budapest, tháng 10/2025' },
    text: {
      en: 'A Trump–Putin summit in Budapest is planned. After the foreign ministers’ call on 20 October, according to informed sources, US officials find Russia’s position “not changed significantly”, and Rubio does not yet intend to recommend a Trump–Putin meeting, though the two ministers may keep talking by phone. On 21 October US media report that the Rubio–Lavrov meeting expected that week is postponed, for reasons unknown; it is unclear how that affects the summit. As the articles end, it has not taken place.',
      vi: 'Một cuộc hội đàm thượng đỉnh Trump – Putin được dự kiến tổ chức tại Budapest. Sau cuộc điện đàm của hai ngoại trưởng ngày 20/10, theo nguồn thạo tin, phía Mỹ nhận thấy lập trường của Nga “vẫn chưa có sự thay đổi đáng kể”, và ông Rubio hiện chưa có ý định khuyến nghị xúc tiến cuộc gặp Trump – Putin, dù hai ngoại trưởng có thể tiếp tục trao đổi qua điện thoại. Ngày 21/10, truyền thông Mỹ đưa tin cuộc gặp Rubio – Lavrov dự kiến trong tuần đã bị hoãn, chưa rõ vì lý do gì; chưa rõ việc này ảnh hưởng ra sao đến thượng đỉnh. Đến khi các bài báo kết thúc, thượng đỉnh vẫn chưa diễn ra.',
    },
  },
];

/** The step a URL's `story` number names (1-based), if there is one. */
export function storyStep(number: number | null): StoryStep | null {
  return number === null ? null : (STORY_STEPS[number - 1] ?? null);
}
