import { addDays, type IsoDate } from '../../lib/dates.js';

/**
 * The State Council's holiday notices (国务院办公厅关于 20XX 年部分节假日安排的通知) for
 * 2024–2026: days off (放假) as ranges, and the weekend days worked instead (调休上班).
 * Later years are entered by admins in the holiday table.
 */
interface Festival {
  zh: string;
  en: string;
  off: [IsoDate, IsoDate];
  workdays: IsoDate[];
}

const NEW_YEAR = { zh: '元旦', en: "New Year's Day" };
const SPRING = { zh: '春节', en: 'Spring Festival' };
const QINGMING = { zh: '清明节', en: 'Qingming Festival' };
const LABOUR = { zh: '劳动节', en: 'Labour Day' };
const DRAGON_BOAT = { zh: '端午节', en: 'Dragon Boat Festival' };
const MID_AUTUMN = { zh: '中秋节', en: 'Mid-Autumn Festival' };
const NATIONAL = { zh: '国庆节', en: 'National Day' };
const NATIONAL_MID_AUTUMN = { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' };

export const officialFestivals: Festival[] = [
  // 2024 (国办发明电〔2023〕7号)
  { ...NEW_YEAR, off: ['2024-01-01', '2024-01-01'], workdays: [] },
  { ...SPRING, off: ['2024-02-10', '2024-02-17'], workdays: ['2024-02-04', '2024-02-18'] },
  { ...QINGMING, off: ['2024-04-04', '2024-04-06'], workdays: ['2024-04-07'] },
  { ...LABOUR, off: ['2024-05-01', '2024-05-05'], workdays: ['2024-04-28', '2024-05-11'] },
  { ...DRAGON_BOAT, off: ['2024-06-10', '2024-06-10'], workdays: [] },
  { ...MID_AUTUMN, off: ['2024-09-15', '2024-09-17'], workdays: ['2024-09-14'] },
  { ...NATIONAL, off: ['2024-10-01', '2024-10-07'], workdays: ['2024-09-29', '2024-10-12'] },
  // 2025 (国办发明电〔2024〕12号)
  { ...NEW_YEAR, off: ['2025-01-01', '2025-01-01'], workdays: [] },
  { ...SPRING, off: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] },
  { ...QINGMING, off: ['2025-04-04', '2025-04-06'], workdays: [] },
  { ...LABOUR, off: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'] },
  { ...DRAGON_BOAT, off: ['2025-05-31', '2025-06-02'], workdays: [] },
  { ...NATIONAL_MID_AUTUMN, off: ['2025-10-01', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'] },
  // 2026 (notice of 2025-11-04)
  { ...NEW_YEAR, off: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'] },
  { ...SPRING, off: ['2026-02-15', '2026-02-23'], workdays: ['2026-02-14', '2026-02-28'] },
  { ...QINGMING, off: ['2026-04-04', '2026-04-06'], workdays: [] },
  { ...LABOUR, off: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'] },
  { ...DRAGON_BOAT, off: ['2026-06-19', '2026-06-21'], workdays: [] },
  { ...MID_AUTUMN, off: ['2026-09-25', '2026-09-27'], workdays: [] },
  { ...NATIONAL, off: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] },
];

/** The years above are entered in full. No notice for 2027 had been found when this was written. */
export const officialYears = [2024, 2025, 2026];

export interface HolidayEntry {
  date: IsoDate;
  kind: 'holiday' | 'workday';
  nameZh: string;
  nameEn: string;
}

export function officialHolidayEntries(): HolidayEntry[] {
  const entries: HolidayEntry[] = [];
  for (const f of officialFestivals) {
    for (let d = f.off[0]; d <= f.off[1]; d = addDays(d, 1)) entries.push({ date: d, kind: 'holiday', nameZh: f.zh, nameEn: f.en });
    for (const d of f.workdays)
      entries.push({ date: d, kind: 'workday', nameZh: `${f.zh}调休上班`, nameEn: `${f.en} (adjusted working day)` });
  }
  return entries;
}
