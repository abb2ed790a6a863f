import { getHolidaysInRange, isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, type IsoDate } from '../../lib/dates.js';
import { expandRanges, parseHolidayNotice } from './holiday-notice.rules.js';
import { officialHolidayEntries, officialYears } from './holiday.seed.js';

// The festival lines of the State Council's notices as published (full-width punctuation):
// 2024 国办发明电〔2023〕7号 (2023-10-25), 2025 国办发明电〔2024〕12号 (2024-11-12), 2026 (2025-11-04).
const notice2024 = `国务院办公厅关于2024年部分节假日安排的通知
国办发明电〔2023〕7号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2024年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日放假，与周末连休。
二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。
三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。
四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。
五、端午节：6月10日放假，与周末连休。
六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。
七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。
国务院办公厅
2023年10月25日`;

const notice2025 = `按照上述原则，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。`;

const notice2026 = `一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

type Day = { date: IsoDate; kind: 'holiday' | 'workday' };
const byDate = (a: Day, b: Day) => a.date.localeCompare(b.date);

/**
 * A year's days off and weekend days worked as an independent source has them: the chinese-days
 * package, whose tables are kept apart from ours from the same State Council notices. Its days
 * off are the notice's (plain weekends excluded); a weekend day it calls a working day is 调休上班.
 */
function independentTable(year: number): Day[] {
  const off = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).map((date) => ({
    date: date as IsoDate,
    kind: 'holiday' as const,
  }));
  const worked: Day[] = [];
  for (let d: IsoDate = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
    if ((dayOfWeek(d) === 0 || dayOfWeek(d) === 6) && isWorkday(d)) worked.push({ date: d, kind: 'workday' });
  }
  return [...off, ...worked].sort(byDate);
}
const seeded = (year: number): Day[] =>
  officialHolidayEntries()
    .filter((e) => e.date.startsWith(String(year)))
    .map((e) => ({ date: e.date, kind: e.kind }))
    .sort(byDate);
const parsedDays = (text: string, year: number) => {
  const parsed = parseHolidayNotice(text, year);
  expect(parsed.problems).toEqual([]);
  return expandRanges(parsed.ranges).map((d) => ({ date: d.date, kind: d.kind }));
};

describe('reading the State Council holiday notice', () => {
  it.each([
    { text: notice2024, year: 2024 },
    { text: notice2025, year: 2025 },
    { text: notice2026, year: 2026 },
  ])('reads the real $year notice into exactly the days an independent table has (chinese-days)', ({ text, year }) => {
    const table = independentTable(year);
    expect(table.length).toBeGreaterThan(20); // the package knows the year
    expect(parsedDays(text, year).sort(byDate)).toEqual(table);
  });

  it('seeds every official year as the independent table has it', () => {
    for (const year of officialYears) expect(seeded(year)).toEqual(independentTable(year));
  });

  it('names the days as the notice does, joined festivals included', () => {
    const { ranges } = parseHolidayNotice(notice2025, 2025);
    expect(ranges.find((r) => r.from === '2025-10-01')).toEqual({
      from: '2025-10-01',
      to: '2025-10-08',
      kind: 'holiday',
      nameZh: '国庆节、中秋节',
      nameEn: 'National Day and Mid-Autumn Festival',
    });
    expect(ranges.find((r) => r.from === '2025-09-28')).toMatchObject({ kind: 'workday', nameZh: '国庆节、中秋节调休上班' });
  });

  it('reads a range across months (5月31日至6月2日) and ends given without a month (2月10日至17日)', () => {
    const { ranges } = parseHolidayNotice(notice2025, 2025);
    expect(ranges.find((r) => r.nameZh === '端午节')).toMatchObject({ from: '2025-05-31', to: '2025-06-02' });
    expect(parseHolidayNotice(notice2024, 2024).ranges.find((r) => r.nameZh === '春节')).toMatchObject({
      from: '2024-02-10',
      to: '2024-02-17',
    });
  });

  it('puts a New Year range starting on 31 December in the year before the notice year', () => {
    const implicit = parseHolidayNotice('一、元旦：12月31日（周六）至1月2日（周一）放假调休，共3天。', 2023);
    expect(implicit.problems).toEqual([]);
    expect(implicit.ranges).toEqual([{ from: '2022-12-31', to: '2023-01-02', kind: 'holiday', nameZh: '元旦', nameEn: "New Year's Day" }]);
    const explicit = parseHolidayNotice('一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。', 2023);
    expect(explicit.ranges).toEqual(implicit.ranges);
    // a December line with no January in it stays in the notice year
    expect(parseHolidayNotice('国庆节：12月1日至2日放假。', 2023).ranges[0]).toMatchObject({ from: '2023-12-01', to: '2023-12-02' });
  });

  it('takes 补休 as a day off, and a line without 上班 gives no working day', () => {
    const { ranges, problems } = parseHolidayNotice(
      '一、元旦：1月1日放假，1月2日（星期一）补休。\n四、劳动节：5月1日放假，与周末连休。',
      2017,
    );
    expect(problems).toEqual([]);
    expect(ranges.map((r) => [r.from, r.to, r.kind])).toEqual([
      ['2017-01-01', '2017-01-01', 'holiday'],
      ['2017-01-02', '2017-01-02', 'holiday'],
      ['2017-05-01', '2017-05-01', 'holiday'],
    ]);
  });

  it('reads full-width digits and half-width punctuation alike', () => {
    const fullWidth = '二、春节：２月１５日（周日）至２３日（周一）放假调休，共９天。２月１４日（周六）、２月２８日（周六）上班。';
    const halfWidth = '二、春节:2月15日(周日)至23日(周一)放假调休,共9天。2月14日(周六)、2月28日(周六)上班。';
    expect(parseHolidayNotice(fullWidth, 2026)).toEqual(parseHolidayNotice(halfWidth, 2026));
    expect(expandRanges(parseHolidayNotice(fullWidth, 2026).ranges)).toHaveLength(11);
  });

  it('reports a notice read against the wrong year instead of saving shifted dates', () => {
    // 2026's lines read as 2027: the weekdays the notice states no longer match
    const parsed = parseHolidayNotice(notice2026, 2027);
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems[0]!.message.en).toMatch(/weekday/);
    // the zh message quotes the notice with full-width brackets, as the notice prints them
    expect(parsed.problems[0]!.message.zh).toMatch(/^\d+月\d+日（[^()]*）：/);
    const titled = parseHolidayNotice(notice2024, 2025);
    expect(titled.problems[0]).toMatchObject({ line: 0, message: { en: 'The notice is for 2024; the year chosen is 2025' } });
  });

  it('reports a working day that is not a weekend, a count that does not match and an impossible date', () => {
    expect(parseHolidayNotice('春节：2月15日至23日放假调休，共9天。2月16日上班。', 2026).problems[0]!.message.en).toMatch(
      /weekday, not a weekend/,
    );
    expect(parseHolidayNotice('春节：2月15日至22日放假调休，共9天。', 2026).problems[0]!.message.en).toMatch(
      /is 8 days; the notice says 9/,
    );
    expect(parseHolidayNotice('春节：2月30日放假。', 2026).problems[0]!.message.en).toMatch(/not a calendar date/);
    expect(parseHolidayNotice('春节：放假调休，共9天。', 2026).problems[0]!.message.en).toMatch(/No dates read/);
    expect(parseHolidayNotice('随便一段文字', 2026).problems[0]!.line).toBe(0);
  });

  it('ignores lines that are not festival lines', () => {
    const parsed = parseHolidayNotice(
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n节假日期间，各地区要妥善安排好值班。\n三、清明节：4月4日（周六）至6日（周一）放假，共3天。',
      2026,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.ranges).toHaveLength(1);
  });
});
