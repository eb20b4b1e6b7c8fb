/**
 * CAMEO codes and actor codes in the reader's language. English names are GDELT's (domain/cameo);
 * Vietnamese names are ours, for the twenty cue categories and the codes the built-in data uses.
 * A code without its own Vietnamese name is named by its category: "Yêu cầu (mã 1053)".
 */
import { cameoRoot, describeCameo } from '@/domain/cameo';
import type { ActorCode, Language } from '@/domain/schema';

const CAMEO_VI: Readonly<Record<string, string>> = {
  '01': 'Tuyên bố công khai',
  '010': 'Tuyên bố, không xác định cụ thể',
  '011': 'Từ chối bình luận',
  '012': 'Bình luận bi quan',
  '013': 'Bình luận lạc quan',
  '014': 'Cân nhắc phương án chính sách',
  '015': 'Thừa nhận hoặc nhận trách nhiệm',
  '016': 'Phủ nhận trách nhiệm',
  '017': 'Hành động mang tính biểu tượng',
  '018': 'Bày tỏ sự cảm thông',
  '019': 'Bày tỏ sự đồng thuận',
  '02': 'Kêu gọi',
  '020': 'Kêu gọi, không xác định cụ thể',
  '022': 'Kêu gọi hợp tác ngoại giao, như ủng hộ chính sách',
  '026': 'Kêu gọi các bên gặp gỡ hoặc đàm phán',
  '0256': 'Kêu gọi giảm leo thang quân sự',
  '03': 'Bày tỏ ý định hợp tác',
  '030': 'Bày tỏ ý định hợp tác, không xác định cụ thể',
  '032': 'Bày tỏ ý định hợp tác ngoại giao, như ủng hộ chính sách',
  '036': 'Bày tỏ ý định gặp gỡ hoặc đàm phán',
  '04': 'Tham vấn',
  '040': 'Tham vấn, không xác định cụ thể',
  '041': 'Thảo luận qua điện thoại',
  '042': 'Thăm viếng',
  '043': 'Đón tiếp chuyến thăm',
  '044': 'Gặp nhau tại một địa điểm “thứ ba”',
  '046': 'Đàm phán',
  '05': 'Hợp tác ngoại giao',
  '051': 'Khen ngợi hoặc tán thành',
  '052': 'Bênh vực bằng lời',
  '057': 'Ký kết thỏa thuận chính thức',
  '06': 'Hợp tác vật chất',
  '07': 'Viện trợ',
  '08': 'Nhượng bộ',
  '09': 'Điều tra',
  '10': 'Yêu cầu',
  '100': 'Yêu cầu, không xác định cụ thể',
  '1056': 'Yêu cầu giảm leo thang quân sự',
  '107': 'Yêu cầu ngừng bắn',
  '11': 'Phản đối',
  '111': 'Chỉ trích hoặc lên án',
  '112': 'Cáo buộc, không xác định cụ thể',
  '1123': 'Cáo buộc gây hấn',
  '12': 'Bác bỏ',
  '120': 'Bác bỏ, không xác định cụ thể',
  '125': 'Bác bỏ đề xuất gặp gỡ, thảo luận hoặc đàm phán',
  '13': 'Đe dọa',
  '130': 'Đe dọa, không xác định cụ thể',
  '1312': 'Đe dọa tẩy chay, cấm vận hoặc trừng phạt',
  '14': 'Biểu tình',
  '15': 'Phô trương lực lượng',
  '16': 'Giảm quan hệ',
  '160': 'Giảm quan hệ, không xác định cụ thể',
  '163': 'Áp đặt cấm vận, tẩy chay hoặc trừng phạt',
  '17': 'Cưỡng ép',
  '18': 'Tấn công',
  '19': 'Giao tranh',
  '20': 'Bạo lực hàng loạt phi quy ước',
};

/** cameoName('1056', 'vi') → "Yêu cầu giảm leo thang quân sự"; an unknown code → "" */
export function cameoName(code: string, lang: Language): string {
  if (lang === 'en') return describeCameo(code)?.name ?? '';
  const own = CAMEO_VI[code];
  if (own) return own;
  const category = CAMEO_VI[cameoRoot(code)];
  return category ? `${category} (mã ${code})` : '';
}

const ACTOR_NAMES: Readonly<Record<string, Record<Language, string>>> = {
  USA: { en: 'United States', vi: 'Mỹ' },
  RUS: { en: 'Russia', vi: 'Nga' },
  UKR: { en: 'Ukraine', vi: 'Ukraine' },
  NATO: { en: 'NATO', vi: 'NATO' },
  WST: { en: 'the West', vi: 'phương Tây' },
  G20: { en: 'the G20', vi: 'G20' },
  DEU: { en: 'Germany', vi: 'Đức' },
  FRA: { en: 'France', vi: 'Pháp' },
};

/** actorName('RUS', 'vi') → "Nga"; a code it does not know stays a code; null is "no one named". */
export function actorName(code: ActorCode | null, lang: Language): string {
  if (code === null) return lang === 'vi' ? 'không nêu tên' : 'no one named';
  return ACTOR_NAMES[code]?.[lang] ?? code;
}
