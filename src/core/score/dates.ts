/** Month arithmetic on 'YYYY-MM' strings, and reading the dates postings write ("May 2027", "2026"). */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function monthIndex(yearMonth: string): number | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(yearMonth);
  if (!m) return undefined;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function currentYearMonth(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "May 2027", "2027", "05/2027", "2027-05" → '2027-05'; a bare year reads as its first month, or its last when `end`. */
export function readYearMonth(text: string, end = false): string | undefined {
  const iso = /\b(\d{4})-(\d{1,2})\b/.exec(text);
  if (iso) return `${iso[1]}-${String(iso[2]).padStart(2, '0')}`;
  const slash = /\b(\d{1,2})\/(\d{4})\b/.exec(text);
  if (slash) return `${slash[2]}-${String(slash[1]).padStart(2, '0')}`;
  const named = /\b([a-z]{3})[a-z]*\.?\s*,?\s*(\d{4})\b/i.exec(text);
  const month = named ? MONTHS.indexOf((named[1] as string).toLowerCase()) : -1;
  if (named && month >= 0) return `${named[2]}-${String(month + 1).padStart(2, '0')}`;
  const year = /\b(19|20)\d{2}\b/.exec(text);
  return year ? `${year[0]}-${end ? '12' : '01'}` : undefined;
}

/** Total years covered by date ranges, overlapping ranges counted once; undefined when no range is dated. */
export function mergedYears(ranges: readonly { start?: string; end?: string; current: boolean }[], asOf: string): number | undefined {
  const now = monthIndex(asOf) as number;
  const spans: [number, number][] = [];
  for (const r of ranges) {
    const from = r.start ? monthIndex(r.start) : undefined;
    const to = r.current || !r.end ? (r.current ? now : undefined) : monthIndex(r.end);
    if (from === undefined || to === undefined || to < from) continue;
    spans.push([from, Math.min(to, now) + 1]);
  }
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let [curFrom, curTo] = spans[0] as [number, number];
  for (const [from, to] of spans.slice(1)) {
    if (from <= curTo) curTo = Math.max(curTo, to);
    else {
      months += curTo - curFrom;
      [curFrom, curTo] = [from, to];
    }
  }
  months += curTo - curFrom;
  return Math.round((months / 12) * 10) / 10;
}
