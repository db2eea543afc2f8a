/**
 * Dates and date ranges as résumés write them: "Jan 2019 – Present", "01/2019 - 03/2021", "14.08.2006 to 05.08.2013",
 * "2019-2021", "March 2018 to June 2020", "Jun'18 – Dec'20", "2016 – till date", "Since 2020",
 * "(3 years)". Months are 'YYYY-MM' (month 01 when only a year is given) so they compare as strings.
 */
export interface MonthDate {
  ym: string;
  /** False when only the year was written. */
  monthKnown: boolean;
}

export interface DateRange {
  start?: MonthDate;
  end?: MonthDate;
  current: boolean;
  /** A written duration ("(3 years)", "2 yrs 4 months") in months, when there is one. */
  months?: number;
  index: number;
  text: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const YEAR4 = String.raw`(?:19[5-9]\d|20\d\d)`;
/** A season of a year ("Summer 2021", "Fall '19"): an internship's or a term's months, not the whole year. */
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)`;
const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  winter: [1, 3],
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
};
const SEASON_DATE = new RegExp(String.raw`^(${SEASON})\s*,?\s*(?:(\d{4})|'(\d{2}))$`);
const DATE = String.raw`(?:${SEASON}\s*,?\s*(?:${YEAR4}|'\d{2})(?!\d)|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*${YEAR4}|${MONTH}\.?(?:\s*,?\s*|\s*['-]\s*)(?:${YEAR4}|\d{2})(?!\d)|\d{1,2}\s*[/.]\s*${YEAR4}|${YEAR4}\s*[/-]\s*(?:0?[1-9]|1[0-2])(?![\d/])|${YEAR4})`;
const NOW = String.raw`(?:present|current(?:ly)?|now|today|ongoing|till\s+(?:date|now|today)|to\s+date|until\s+now|date)`;
const LINK = String.raw`\s*(?:-|to|until|till|through|thru|~|\u2192)\s*`;
const RANGE = new RegExp(String.raw`(?<![\w/.])(${DATE})(?:${LINK}(${DATE}|${NOW})\b)?|\b(?:since|from)\s+(${DATE})`, 'gi');
const DURATION =
  /\(?\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)(?:\s*(?:and\s*)?(\d{1,2})\s*(?:months?|mos?))?\b\)?|\(?\b(\d{1,2})\s*(?:months?|mos?)\b\)?/i;

function fullYear(two: number, asOfYear: number): number {
  const century = two + 2000 <= asOfYear + 1 ? 2000 : 1900;
  return century + two;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A season's year and its first and last months, when the date is a season ("Summer 2021"). */
function seasonOf(raw: string, asOfYear: number): { year: number; months: readonly [number, number] } | undefined {
  const m = SEASON_DATE.exec(raw.trim().toLowerCase());
  const months = m ? SEASON_MONTHS[m[1] as string] : undefined;
  if (!m || !months) return undefined;
  return { year: m[2] ? Number(m[2]) : fullYear(Number(m[3]), asOfYear), months };
}

/** The last month of a season written as a date ("Summer 2021" ends in 2021-08); undefined for any other date. */
function seasonEnd(raw: string, asOfYear: number): MonthDate | undefined {
  const season = seasonOf(raw, asOfYear);
  return season ? { ym: `${season.year}-${pad(season.months[1])}`, monthKnown: true } : undefined;
}

/** A range that is one season alone ("Summer 2021"), not a span between two dates. */
export const isLoneSeason = (range: DateRange, asOfYear: number): boolean => seasonOf(range.text, asOfYear) !== undefined;

/** One date ("Jan 2019", "01/2019", "2019-01", "Jun'18", "2019", "Summer 2021" as its first month). */
export function parseDate(raw: string, asOfYear: number): MonthDate | undefined {
  const text = raw.trim().toLowerCase();
  const season = seasonOf(text, asOfYear);
  if (season) return { ym: `${season.year}-${pad(season.months[0])}`, monthKnown: true };
  let m = new RegExp(String.raw`^(${MONTH})\.?\s*[,'-]?\s*(\d{4}|\d{2})$`).exec(text);
  if (m) {
    const month = MONTHS.indexOf((m[1] as string).slice(0, 3)) + 1;
    const y = (m[2] as string).length === 2 ? fullYear(Number(m[2]), asOfYear) : Number(m[2]);
    return { ym: `${y}-${pad(month)}`, monthKnown: true };
  }
  // "14.08.2006", "14/08/2006": day first, as most of the world writes it; month first when the second number is no month.
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const month = second >= 1 && second <= 12 ? second : first;
    return month >= 1 && month <= 12 ? { ym: `${m[3]}-${pad(month)}`, monthKnown: true } : undefined;
  }
  m = /^(\d{1,2})\s*[/.]\s*(\d{4})$/.exec(text);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? { ym: `${m[2]}-${pad(month)}`, monthKnown: true } : undefined;
  }
  m = /^(\d{4})\s*[/-]\s*(\d{1,2})$/.exec(text);
  if (m) return { ym: `${m[1]}-${pad(Number(m[2]))}`, monthKnown: true };
  m = /^(\d{4})$/.exec(text);
  if (m) return { ym: `${m[1]}-01`, monthKnown: false };
  return undefined;
}

/** ISO dates from JSON Resume: "2019", "2019-03", "2019-03-01". */
export function parseIsoDate(raw: string | undefined): MonthDate | undefined {
  const m = raw ? /^\s*(\d{4})(?:-(\d{1,2}))?/.exec(raw) : null;
  if (!m) return undefined;
  return m[2] ? { ym: `${m[1]}-${pad(Number(m[2]))}`, monthKnown: true } : { ym: `${m[1]}-01`, monthKnown: false };
}

export function durationMonths(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  if (m[3]) return Number(m[3]);
  return Math.round(Number(m[1]) * 12) + (m[2] ? Number(m[2]) : 0);
}

/** Every date or date range in a line, in order. A lone year counts as a one-year range. */
export function findDateRanges(line: string, asOfYear: number): DateRange[] {
  const ranges: DateRange[] = [];
  for (const m of line.matchAll(RANGE)) {
    const since = m[3];
    if (since) {
      const start = parseDate(since, asOfYear);
      if (start) ranges.push({ start, current: true, index: m.index, text: m[0] });
      continue;
    }
    const start = parseDate(m[1] as string, asOfYear);
    if (!start) continue;
    const endText = m[2];
    if (endText === undefined) {
      ranges.push({ start, end: seasonEnd(m[1] as string, asOfYear) ?? start, current: false, index: m.index, text: m[0] });
      continue;
    }
    if (new RegExp(`^${NOW}$`, 'i').test(endText.trim())) {
      ranges.push({ start, current: true, index: m.index, text: m[0] });
      continue;
    }
    const end = seasonEnd(endText, asOfYear) ?? parseDate(endText, asOfYear);
    if (end && end.ym >= start.ym) ranges.push({ start, end, current: false, index: m.index, text: m[0] });
  }
  const months = durationMonths(line);
  const first = ranges[0];
  if (months !== undefined && first) first.months = months;
  return ranges;
}

/** Months between two 'YYYY-MM' values, counting both ends' months when the month is known. */
export function monthIndex(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}

export function asOfMonth(asOf: string | undefined): string {
  const m = asOf ? /^(\d{4})-(\d{2})/.exec(asOf) : null;
  if (m) return `${m[1]}-${m[2]}`;
  const now = new Date();
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}`;
}

export interface Interval {
  from: number;
  /** Exclusive month index. */
  to: number;
}

/** A range as months [from, to): a known end month counts whole; a year-only end closes at its January ("2019-2021" = 24 months). */
export function intervalOf(start: MonthDate | undefined, end: MonthDate | undefined, current: boolean, asOf: string): Interval | undefined {
  if (!start) return undefined;
  const from = monthIndex(start.ym);
  let to: number;
  if (current || !end) to = monthIndex(asOf) + 1;
  else if (end.ym === start.ym && !end.monthKnown) to = from + 12;
  else to = monthIndex(end.ym) + (end.monthKnown ? 1 : 0);
  return to > from ? { from, to: Math.min(to, monthIndex(asOf) + 1) } : undefined;
}

/** Total years of overlapping intervals merged, rounded to 0.1. */
export function mergedYears(intervals: Interval[], extraMonths = 0): number | undefined {
  if (intervals.length === 0 && extraMonths === 0) return undefined;
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  let months = extraMonths;
  let current: Interval | undefined;
  for (const iv of sorted) {
    if (current && iv.from <= current.to) current.to = Math.max(current.to, iv.to);
    else {
      if (current) months += current.to - current.from;
      current = { ...iv };
    }
  }
  if (current) months += current.to - current.from;
  return Math.round((months / 12) * 10) / 10;
}
