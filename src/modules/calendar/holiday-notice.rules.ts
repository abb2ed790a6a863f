import { addDays, dayOfWeek, isIsoDate, type IsoDate } from '../../lib/dates.js';

/**
 * Reads the State Council's yearly notice (国务院办公厅关于 20XX 年部分节假日安排的通知) into
 * days off and adjusted working weekends, for a person to review before they are saved. Each
 * festival line reads "二、春节：2月15日（…周日）至23日（…周一）放假调休，共9天。2月14日（周六）、
 * 2月28日（周六）上班。": the sentence with 放假 or 补休 gives the days off, the one with 上班 the
 * weekend days worked. Whatever the reader cannot vouch for is reported as a problem, never guessed.
 */

export interface NoticeRange {
  from: IsoDate;
  to: IsoDate;
  kind: 'holiday' | 'workday';
  nameZh: string;
  nameEn: string;
}

export interface NoticeProblem {
  line: number; // 1-based line of the pasted text; 0 for the text as a whole
  message: { zh: string; en: string };
}

export interface ParsedNotice {
  year: number;
  ranges: NoticeRange[];
  problems: NoticeProblem[];
}

const festivalNames: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
};

const weekdayChars = '日一二三四五六';
const chineseNumerals = '一二三四五六七八九十';

// "二、春节：…" (the numbering is optional: a line pasted on its own has none)
const FESTIVAL_LINE = new RegExp(`^\\s*(?:[${chineseNumerals}]+\\s*[、.]\\s*)?([\\u4e00-\\u9fff、]{2,12})\\s*:\\s*(.+)$`);
// one date: an optional year, a month unless it follows 至 in the same month, a day, and the
// weekday the notice gives in brackets
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/g;
const NOTICE_YEAR = /(\d{4})年(?:部分节假日|元旦)/;

/** Half-width digits, brackets, colons and commas: the notice is often pasted in full-width. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[（]/g, '(').replace(/[）]/g, ')');
}

function isoOf(year: number, month: number, day: number): IsoDate | null {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

interface DateToken {
  date: IsoDate | null;
  text: string;
  weekday: number | null; // as the notice states it
  afterTo: boolean; // the end of an "A至B" range
}

/**
 * The dates of one sentence. A date without a year is in the notice year, except a December
 * date in a line that also holds January dates: that is the New Year holiday starting in the
 * year before (12月31日至1月2日). The end of a range without a year follows its start, into the
 * next year when it would fall before it.
 */
function datesOf(sentence: string, year: number, lineHasJanuary: boolean): DateToken[] {
  const tokens: DateToken[] = [];
  let month: number | null = null;
  for (const m of sentence.matchAll(DATE)) {
    const afterTo = sentence.slice(0, m.index).trimEnd().endsWith('至');
    if (m[2]) month = Number(m[2]);
    if (month === null) continue; // "6日" with no month before it is not a date we can place
    const previous = afterTo ? tokens.at(-1)?.date : null;
    let y = m[1] ? Number(m[1]) : previous ? Number(previous.slice(0, 4)) : month === 12 && lineHasJanuary ? year - 1 : year;
    let date = isoOf(y, month, Number(m[3]));
    if (!m[1] && previous && date && date < previous) date = isoOf(++y, month, Number(m[3]));
    const stated = m[4]?.match(/(?:周|星期)([日天一二三四五六])/)?.[1];
    tokens.push({
      date,
      text: m[0],
      weekday: stated === undefined ? null : weekdayChars.indexOf(stated === '天' ? '日' : stated),
      afterTo,
    });
  }
  return tokens;
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

// the notice's text was read with half-width brackets (normalise); Chinese prose shows them full-width
const problem = (line: number, zh: string, en: string): NoticeProblem => ({
  line,
  message: { zh: zh.replace(/\(/g, '（').replace(/\)/g, '）'), en },
});

export function parseHolidayNotice(text: string, year: number): ParsedNotice {
  const ranges: NoticeRange[] = [];
  const problems: NoticeProblem[] = [];
  const lines = normalise(text).split(/\r?\n/);
  const stated = NOTICE_YEAR.exec(normalise(text));
  if (stated && Number(stated[1]) !== year) {
    problems.push(
      problem(0, `通知写的是 ${stated[1]} 年，所选年份是 ${year} 年`, `The notice is for ${stated[1]}; the year chosen is ${year}`),
    );
  }
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const m = FESTIVAL_LINE.exec(raw);
    if (!m) return;
    const names = m[1]!.split('、');
    if (!names.every((n) => n in festivalNames)) return; // not a festival line (a heading, "节假日期间…")
    const nameZh = names.join('、');
    const nameEn = names.map((n) => festivalNames[n]).join(' and ');
    const body = m[2]!;
    const lineHasJanuary = /(?:^|[^\d])1月/.test(body);
    let found = false;
    for (const sentence of body.split(/[。;]/)) {
      const works = sentence.includes('上班');
      const off = /放假|补休/.test(sentence);
      if (!works && !off) continue; // "鼓励…休息" and the like
      const tokens = datesOf(sentence, year, lineHasJanuary);
      for (const t of tokens) {
        if (!t.date) {
          problems.push(problem(lineNo, `${t.text} 不是有效日期`, `${t.text} is not a calendar date`));
          return;
        }
        if (t.weekday !== null && dayOfWeek(t.date) !== t.weekday) {
          problems.push(
            problem(
              lineNo,
              `${t.text}：${t.date} 不是通知所写的星期${weekdayChars[t.weekday]}，请核对年份`,
              `${t.text}: ${t.date} is not the weekday the notice states; check the year`,
            ),
          );
          return;
        }
      }
      if (works) {
        for (const t of tokens) {
          const dow = dayOfWeek(t.date!);
          if (dow !== 0 && dow !== 6) {
            problems.push(problem(lineNo, `${t.text} 是工作日，不是调休上班的周末`, `${t.text} is a weekday, not a weekend worked`));
            return;
          }
          ranges.push({
            from: t.date!,
            to: t.date!,
            kind: 'workday',
            nameZh: `${nameZh}调休上班`,
            nameEn: `${nameEn} (adjusted working day)`,
          });
        }
      } else {
        for (let k = 0; k < tokens.length; k++) {
          const from = tokens[k]!.date!;
          const next = tokens[k + 1];
          const to = next?.afterTo ? next.date! : from;
          if (next?.afterTo) k++;
          if (to < from) {
            problems.push(problem(lineNo, `${from} 至 ${to} 的结束早于开始`, `${from} to ${to} ends before it starts`));
            return;
          }
          ranges.push({ from, to, kind: 'holiday', nameZh, nameEn });
        }
        // "共8天" counts the range the notice gives: a different count means a misread line
        const total = /共(\d+)天/.exec(sentence);
        const range = ranges.at(-1);
        if (total && range && range.kind === 'holiday' && daysBetween(range.from, range.to) !== Number(total[1])) {
          problems.push(
            problem(
              lineNo,
              `${nameZh}：${range.from} 至 ${range.to} 共 ${daysBetween(range.from, range.to)} 天，通知写的是共 ${total[1]} 天`,
              `${nameEn}: ${range.from} to ${range.to} is ${daysBetween(range.from, range.to)} days; the notice says ${total[1]}`,
            ),
          );
        }
      }
      found ||= tokens.length > 0;
    }
    if (!found) problems.push(problem(lineNo, `${nameZh} 这一行没有读到日期`, `No dates read on the ${nameEn} line`));
  });
  if (ranges.length === 0 && problems.length === 0) {
    problems.push(
      problem(0, '没有读到节日安排（形如“春节：2月15日至23日放假调休”）', 'No festival lines found (like "春节：2月15日至23日放假调休")'),
    );
  }
  return { year, ranges, problems };
}

/** Each day of the ranges, in order. */
export function expandRanges(
  ranges: readonly NoticeRange[],
): { date: IsoDate; kind: NoticeRange['kind']; nameZh: string; nameEn: string }[] {
  const days: { date: IsoDate; kind: NoticeRange['kind']; nameZh: string; nameEn: string }[] = [];
  for (const r of ranges) {
    for (let d = r.from; d <= r.to; d = addDays(d, 1)) days.push({ date: d, kind: r.kind, nameZh: r.nameZh, nameEn: r.nameEn });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
