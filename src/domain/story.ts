/**
 * The guided story: the five meetings in order, each with a short explanation in both languages
 * and the view it moves every panel to. Every statement here is drawn from the five articles.
 */
import type { DateRange } from './dateRange';
import type { LocalizedText } from './schema';

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
      en: 'Russian troops are massing near Ukraine. On the sidelines of the OSCE foreign ministers’ meeting, Blinken tells Lavrov that Russia must pull its forces back and stop threatening Ukraine; Lavrov answers that Moscow wants no conflict but will act for its security if NATO rejects Putin’s proposals. Thirty minutes, no roadmap, but an agreement to keep talking.',
      vi: 'Quân đội Nga tập trung gần Ukraine. Bên lề hội nghị ngoại trưởng OSCE, ông Blinken yêu cầu Nga rút quân và thôi đe dọa Ukraine; ông Lavrov đáp rằng Moscow không muốn xung đột nhưng sẽ hành động vì an ninh của mình nếu NATO bác bỏ đề xuất của ông Putin. Ba mươi phút, không có lộ trình cụ thể, nhưng hai bên nhất trí tiếp tục đối thoại.',
    },
  },
  {
    eventId: '2022-01-21-geneva',
    placeId: 'geneva',
    range: { from: '2022-01-01', to: '2022-02-28' },
    title: { en: 'Geneva, January 2022', vi: 'Geneva, tháng 1/2022' },
    text: {
      en: 'Security talks between Russia, NATO and the US have ended without result, and Washington warns that Russia could attack Ukraine at any moment. In Geneva there is no breakthrough: Blinken calls the talks “frank and substantive” and promises written ideas; Lavrov says Moscow will judge the direction once it has the written US answer.',
      vi: 'Các cuộc hội đàm an ninh giữa Nga với NATO và Mỹ kết thúc không có kết quả, và Washington cảnh báo Nga có thể tấn công Ukraine bất kỳ lúc nào. Tại Geneva không có đột phá: ông Blinken gọi cuộc hội đàm là “thẳng thắn và thực chất” và hứa gửi ý tưởng bằng văn bản; ông Lavrov nói Moscow sẽ đánh giá hướng đi khi nhận được phản hồi bằng văn bản của Mỹ.',
    },
  },
  {
    eventId: '2023-03-02-new-delhi',
    placeId: 'new-delhi',
    range: { from: '2023-02-01', to: '2023-03-31' },
    title: { en: 'New Delhi, March 2023', vi: 'New Delhi, tháng 3/2023' },
    text: {
      en: 'The war is in its second year, and a week earlier Putin suspended Russia’s part in the New START treaty. At the G20 in New Delhi the two ministers talk “on the move” for under ten minutes, their first direct contact since the war began. Blinken tells Lavrov to end the war and to reverse the suspension; Washington expects no more formal high-level talks soon.',
      vi: 'Cuộc chiến đã bước sang năm thứ hai, và một tuần trước đó ông Putin đình chỉ tham gia hiệp ước New START. Tại hội nghị G20 ở New Delhi, hai ngoại trưởng “vừa đi vừa nói chuyện” chưa đầy 10 phút, lần tiếp xúc trực tiếp đầu tiên kể từ khi chiến sự nổ ra. Ông Blinken đề nghị Nga chấm dứt cuộc chiến và đảo ngược việc đình chỉ; Mỹ không hy vọng có thêm đối thoại cấp cao chính thức trong thời gian tới.',
    },
  },
  {
    eventId: '2025-08-alaska-summit',
    placeId: 'alaska',
    range: { from: '2025-08-01', to: '2025-08-31' },
    title: { en: 'Alaska, August 2025', vi: 'Alaska, tháng 8/2025' },
    text: {
      en: 'With Donald Trump back in the White House, the two presidents meet in Alaska for nearly three hours. It ends with no concrete agreement, though both claim “positive progress”. Afterwards Trump repeatedly calls on Kyiv and Moscow to cease fire immediately.',
      vi: 'Khi ông Donald Trump trở lại Nhà Trắng, hai tổng thống gặp nhau tại Alaska gần 3 giờ. Cuộc gặp kết thúc không có thỏa thuận cụ thể nào, dù cả hai đều tuyên bố đạt “tiến triển tích cực”. Sau đó ông Trump nhiều lần kêu gọi Kiev và Moscow ngừng chiến ngay lập tức.',
    },
  },
  {
    eventId: '2025-10-budapest-summit-planned',
    placeId: 'budapest',
    range: { from: '2025-10-01', to: '2025-10-31' },
    title: { en: 'Budapest, October 2025', vi: 'Budapest, tháng 10/2025' },
    text: {
      en: 'After a Trump–Putin phone call, a summit in Budapest is planned. But the Rubio–Lavrov meeting that was to prepare it is postponed on 21 October, US officials find Russia’s position “not changed significantly”, and Rubio does not recommend the meeting. As the articles end, the Budapest summit has not taken place.',
      vi: 'Sau cuộc điện đàm Trump – Putin, một hội nghị thượng đỉnh tại Budapest được dự kiến. Nhưng cuộc gặp Rubio – Lavrov để chuẩn bị bị hoãn ngày 21/10, phía Mỹ nhận thấy lập trường của Nga “vẫn chưa có sự thay đổi đáng kể”, và ông Rubio chưa khuyến nghị xúc tiến cuộc gặp. Đến khi các bài báo kết thúc, thượng đỉnh Budapest vẫn chưa diễn ra.',
    },
  },
];

/** The step a URL's `story` number names (1-based), if there is one. */
export function storyStep(number: number | null): StoryStep | null {
  return number === null ? null : (STORY_STEPS[number - 1] ?? null);
}
