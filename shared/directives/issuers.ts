// Known issuing bodies and office-holders with their English names, and helpers to recognise and compare issuers.
import { foldVietnamese } from '../text/normalize.js';

export interface IssuerInfo {
  /** Vietnamese name as written in citations ("Bộ Chính trị"). */
  readonly vi: string;
  /** English name used after "of" in English citations ("the Politburo"). */
  readonly en: string;
  /** Other English spellings met in translations (matched when parsing English text). */
  readonly enAliases?: readonly string[];
  /** Party bodies are cited with a term ("Bộ Chính trị khóa XII"). */
  readonly party?: boolean;
}

export const KNOWN_ISSUERS = [
  { vi: 'Bộ Chính trị', en: 'the Politburo', enAliases: ['Politburo', 'the Political Bureau'], party: true },
  { vi: 'Ban Bí thư', en: 'the Secretariat', enAliases: ['the Party Central Committee Secretariat', 'Secretariat'], party: true },
  { vi: 'Ban Chấp hành Trung ương Đảng', en: 'the Party Central Committee', enAliases: ['the Central Committee'], party: true },
  { vi: 'Ban Chấp hành Trung ương', en: 'the Party Central Committee', party: true },
  { vi: 'Ban Bí thư Trung ương Đảng', en: 'the Secretariat', party: true },
  { vi: 'Ban Tuyên giáo Trung ương', en: 'the Central Propaganda Department', enAliases: ['the Central Commission for Propaganda and Education', 'the Central Propaganda and Education Commission'], party: true },
  { vi: 'Ban Tuyên giáo và Dân vận Trung ương', en: 'the Central Propaganda and Mass Mobilisation Commission', party: true },
  { vi: 'Ban Tổ chức Trung ương', en: 'the Central Organisation Commission', party: true },
  { vi: 'Ban Đối ngoại Trung ương', en: 'the Central External Relations Commission', party: true },
  { vi: 'Văn phòng Trung ương Đảng', en: 'the Party Central Office', party: true },
  { vi: 'Ủy ban Kiểm tra Trung ương', en: 'the Central Inspection Commission', party: true },
  { vi: 'Chính phủ', en: 'the Government', enAliases: ['Government'] },
  { vi: 'Thủ tướng Chính phủ', en: 'the Prime Minister', enAliases: ['Prime Minister'] },
  { vi: 'Quốc hội', en: 'the National Assembly', enAliases: ['National Assembly'] },
  { vi: 'Ủy ban Thường vụ Quốc hội', en: 'the National Assembly Standing Committee', enAliases: ['the Standing Committee of the National Assembly'] },
  { vi: 'Chủ tịch nước', en: 'the President', enAliases: ['the State President'] },
  { vi: 'Văn phòng Quốc hội', en: 'the Office of the National Assembly' },
  { vi: 'Văn phòng Chính phủ', en: 'the Government Office' },
  { vi: 'Bộ Thông tin và Truyền thông', en: 'the Ministry of Information and Communications' },
  { vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'the Ministry of Culture, Sports and Tourism' },
  { vi: 'Bộ Ngoại giao', en: 'the Ministry of Foreign Affairs' },
  { vi: 'Bộ Nội vụ', en: 'the Ministry of Home Affairs' },
  { vi: 'Bộ Tư pháp', en: 'the Ministry of Justice' },
  { vi: 'Bộ Tài chính', en: 'the Ministry of Finance' },
  { vi: 'Bộ Công an', en: 'the Ministry of Public Security' },
  { vi: 'Bộ Quốc phòng', en: 'the Ministry of National Defence' },
  { vi: 'Bộ Giáo dục và Đào tạo', en: 'the Ministry of Education and Training' },
  { vi: 'Bộ Y tế', en: 'the Ministry of Health' },
  { vi: 'Bộ Kế hoạch và Đầu tư', en: 'the Ministry of Planning and Investment' },
  { vi: 'Bộ Khoa học và Công nghệ', en: 'the Ministry of Science and Technology' },
  { vi: 'Bộ Lao động - Thương binh và Xã hội', en: 'the Ministry of Labour, Invalids and Social Affairs' },
  { vi: 'Bộ Tài nguyên và Môi trường', en: 'the Ministry of Natural Resources and Environment' },
  { vi: 'Bộ Công Thương', en: 'the Ministry of Industry and Trade' },
  { vi: 'Ủy ban Dân tộc', en: 'the Committee for Ethnic Minority Affairs' },
  { vi: 'Thanh tra Chính phủ', en: 'the Government Inspectorate' },
  { vi: 'Ngân hàng Nhà nước Việt Nam', en: 'the State Bank of Vietnam' },
] as const satisfies readonly IssuerInfo[];

/**
 * Titles of office-holders that may stand before a body ("Bộ trưởng Bộ Tài chính"): such an issuer and the bare body
 * name are the same issuer for identity checks. "Thủ tướng" is absent on purpose: the Prime Minister and the Government
 * issue different documents.
 */
export const OFFICE_HOLDER_TITLES = [
  'Bộ trưởng',
  'Thứ trưởng',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Chủ nhiệm',
  'Thủ trưởng',
  'Trưởng ban',
  'Tổng cục trưởng',
  'Cục trưởng',
  'Giám đốc',
  'Thống đốc',
  'Tổng Thanh tra',
  'Chánh Văn phòng',
] as const;
export type OfficeHolderTitle = (typeof OFFICE_HOLDER_TITLES)[number];

const byFolded = new Map<string, IssuerInfo>(KNOWN_ISSUERS.map((i) => [foldVietnamese(i.vi), i]));

/** The known issuer whose Vietnamese name equals `name` ignoring case and diacritics, if any. */
export function knownIssuer(name: string): IssuerInfo | undefined {
  return byFolded.get(foldVietnamese(name.trim().replace(/\s+/g, ' ')));
}

/** English forms of office-holder titles: "Bộ trưởng Bộ Tài chính" → "the Minister of Finance". */
const OFFICE_HOLDER_ENGLISH: Readonly<Record<string, string>> = {
  'Bộ trưởng': 'the Minister',
  'Chủ tịch': 'the Chair',
  'Chủ nhiệm': 'the Chair',
  'Thống đốc': 'the Governor',
  'Giám đốc': 'the Director',
};

function withoutThe(name: string): string {
  return name.replace(/^the /i, '');
}

/** The Vietnamese issuer named by an English name ("the Politburo", "the Minister of Finance"), if it is known. */
export function issuerFromEnglish(name: string): string | undefined {
  const wanted = withoutThe(name.trim().replace(/\s+/g, ' ')).toLowerCase();
  const direct = KNOWN_ISSUERS.find((i: IssuerInfo) =>
    [i.en, ...(i.enAliases ?? [])].some((en) => withoutThe(en).toLowerCase() === wanted),
  );
  if (direct) return direct.vi;
  for (const [title, en] of Object.entries(OFFICE_HOLDER_ENGLISH)) {
    const lead = `${withoutThe(en).toLowerCase()} of `;
    if (!wanted.startsWith(lead)) continue;
    const rest = wanted.slice(lead.length);
    const body = KNOWN_ISSUERS.find((i: IssuerInfo) => {
      const bodyEn = withoutThe(i.en).toLowerCase();
      return bodyEn === rest || (title === 'Bộ trưởng' && bodyEn === `ministry of ${rest}`);
    });
    if (body) return `${title} ${body.vi}`;
  }
  return undefined;
}

/** English name of an issuer: the known one (office-holders of known bodies included), else the Vietnamese name. */
export function issuerEnglishName(issuer: string): string {
  const known = knownIssuer(issuer);
  if (known) return known.en;
  const holder = splitOfficeHolder(issuer);
  const body = holder ? knownIssuer(holder.body) : undefined;
  const titleEn = holder ? OFFICE_HOLDER_ENGLISH[holder.title] : undefined;
  if (!holder || !body || !titleEn) return issuer;
  if (holder.title === 'Bộ trưởng' && body.en.startsWith('the Ministry of ')) {
    return `the Minister of ${body.en.slice('the Ministry of '.length)}`;
  }
  return `${titleEn} of ${body.en}`;
}

/** "Bộ trưởng Bộ Tài chính" → { title: "Bộ trưởng", body: "Bộ Tài chính" }; null when no office-holder title leads. */
export function splitOfficeHolder(issuer: string): { title: OfficeHolderTitle; body: string } | null {
  const words = issuer.trim().split(/\s+/);
  for (const title of OFFICE_HOLDER_TITLES) {
    const count = title.split(' ').length;
    if (words.length > count && foldVietnamese(words.slice(0, count).join(' ')) === foldVietnamese(title)) {
      return { title, body: words.slice(count).join(' ') };
    }
  }
  return null;
}

/** Whether two written issuers name the same issuer: equal ignoring case/diacritics, or an office-holder of the body. */
export function sameIssuer(a: string, b: string): boolean {
  const fa = foldVietnamese(a.trim().replace(/\s+/g, ' '));
  const fb = foldVietnamese(b.trim().replace(/\s+/g, ' '));
  if (fa === fb) return true;
  const bodyA = splitOfficeHolder(a)?.body ?? a;
  const bodyB = splitOfficeHolder(b)?.body ?? b;
  return foldVietnamese(bodyA) === foldVietnamese(bodyB);
}
