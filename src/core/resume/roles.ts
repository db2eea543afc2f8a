import {
  durationMonths,
  findDateRanges,
  intervalOf,
  isLoneSeason,
  mergedYears,
  parseIsoDate,
  type DateRange,
  type Interval,
} from './dates.js';
import type { Role } from './model.js';
import { hasTitleWord } from './personal.js';
import type { Line } from './sections.js';

/**
 * Roles in an experience section. A role starts at a line with a date range ("Jan 2019 – Present",
 * "2016 – till date"); the short lines right around it (no sentence, a few words) are its title and
 * employer, in any order and layout ("Title | Employer | dates", "Employer\nTitle\ndates",
 * "dates: Title at Employer"); the lines after it, to the next role, are its bullets.
 */
export interface TextRole {
  role: Role;
  /** Range in normalised text the role covers (header and bullets), for assigning skills to it. */
  from: number;
  to: number;
  interval?: Interval;
  months?: number;
  /** Where the employer's name is written: the candidate's own companies ("Oracle", "Acme Consulting") name no skill. */
  employerSpan?: { start: number; end: number };
}

const ORG_WORDS =
  /\b(?:inc|llc|ltd|limited|corp|corporation|co|company|pvt|private|gmbh|ag|sa|s\.a|srl|plc|bv|group|technologies|technology|solutions|systems|services|software|labs?|consulting|consultancy|bank|university|college|institute|hospital|agency|partners|associates|enterprises|industries|international|global|digital|studios?|foundation|ministry|department|council|government)\b\.?/i;
const MAX_HEADER_WORDS = 12;
const DURATION_ONLY = /\(\s*\d{1,2}(?:\.\d)?\s*\+?\s*(?:years?|yrs?|months?|mos?)[^)]*\)/i;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const isBullet = (line: Line): boolean => line.text.startsWith('\u2022') || /^[*-]\s/.test(line.text);
const isSentence = (text: string): boolean => /[.!?;]$/.test(text) && words(text) > 6;

function datedRange(line: Line, asOfYear: number): DateRange | undefined {
  if (words(line.text) > (isBullet(line) ? 14 : 20)) return undefined;
  const ranges = findDateRanges(line.text, asOfYear);
  // A lone season ("In Fall 2019 I led …") dates a role only where a lone year would: at the end of a short line.
  const range = ranges.find(
    (r) => !isLoneSeason(r, asOfYear) && (r.current || (r.end && r.start && r.end.ym !== r.start.ym) || r.end?.monthKnown),
  );
  if (range) return range;
  // A lone year or month ends a short header line ("Data Analyst, Acme 2019").
  const lone = ranges[ranges.length - 1];
  if (lone && words(line.text) <= 10 && lone.index + lone.text.length >= line.text.length - 2) return lone;
  // Only a duration: "Analyst, Acme Inc (3 years)".
  const duration = ranges.length === 0 && !isBullet(line) && words(line.text) <= 10 ? DURATION_ONLY.exec(line.text) : null;
  const months = duration ? durationMonths(duration[0]) : undefined;
  return duration && months !== undefined ? { current: false, months, index: duration.index, text: duration[0] } : undefined;
}

function isHeaderLine(line: Line): boolean {
  return !isBullet(line) && words(line.text) <= MAX_HEADER_WORDS && !isSentence(line.text);
}

function cleanPiece(piece: string): string {
  return piece.replace(/^[\s\u2022*:,|@()-]+|[\s:,|@()-]+$/g, '').trim();
}

/** Title and employer from a role's header text with the dates removed. */
export function titleAndEmployer(header: string): { title?: string; employer?: string } {
  const pieces = header
    .split(/\s*(?:\||\u2022|\s[-–—]\s|,|\bat\b|@|\(|\)|\t|\n|:\s)\s*/)
    .map(cleanPiece)
    .filter(
      (p) =>
        p &&
        /\p{L}{2}/u.test(p) &&
        !/^(?:present|current|till date|to date|now|full[- ]time|part[- ]time|remote|hybrid|contract|internship)$/i.test(p),
    );
  let title = pieces.find((p) => hasTitleWord(p) && !ORG_WORDS.test(p)) ?? pieces.find((p) => hasTitleWord(p));
  let employer = pieces.find((p) => p !== title && ORG_WORDS.test(p));
  if (!title) title = pieces.find((p) => p !== employer);
  if (!employer) employer = pieces.find((p) => p !== title);
  return { ...(title ? { title } : {}), ...(employer ? { employer } : {}) };
}

type Layout = 'inline' | 'before' | 'after';

function pieceCount(line: Line, range: DateRange): number {
  const rest = line.text.slice(0, range.index) + ' | ' + line.text.slice(range.index + range.text.length);
  const { title, employer } = titleAndEmployer(rest);
  return (title ? 1 : 0) + (employer ? 1 : 0);
}

/** What may follow a header's dates before its duties run on: "(Jan 2020 – Dec 2023): built …", "2019–2023 – led …". */
const RUN_ON_AFTER_DATES = /^\)?\s*(?::|\s[-\u2013\u2014])\s+(?=\S)/;

/**
 * "Backend Developer, Acme (Jan 2020 – Dec 2023): built REST APIs in Python …": a header whose duties run on
 * after its dates on the same line is two lines, the header and its first bullet.
 */
function splitRunOnHeader(line: Line, asOfYear: number): Line[] {
  if (words(line.text) <= 14) return [line];
  for (const range of findDateRanges(line.text, asOfYear)) {
    const afterDates = range.index + range.text.length;
    const separator = RUN_ON_AFTER_DATES.exec(line.text.slice(afterDates));
    // "Jan 2020 – Dec 2023: Backend Developer at Acme …" puts the title after the dates: not this layout.
    if (!separator || !/\p{L}{2}/u.test(line.text.slice(0, range.index))) continue;
    const headerEnd = afterDates + (line.text[afterDates] === ')' ? 1 : 0);
    const header = line.text.slice(0, headerEnd);
    if (words(header) > MAX_HEADER_WORDS || isBullet(line)) return [line];
    const bodyStart = afterDates + separator[0].length;
    return [
      { start: line.start, end: line.start + headerEnd, text: header },
      { start: line.start + bodyStart, end: line.end, text: line.text.slice(bodyStart) },
    ];
  }
  return [line];
}

export function readRoles(
  sectionLines: Line[],
  source: (start: number, end: number) => { start: number; end: number; text: string },
  asOf: string,
): TextRole[] {
  const asOfYear = Number(asOf.slice(0, 4));
  const lines = sectionLines.flatMap((line) => splitRunOnHeader(line, asOfYear));
  const anchors: { index: number; range: DateRange }[] = [];
  lines.forEach((line, index) => {
    const range = datedRange(line, asOfYear);
    if (range) anchors.push({ index, range });
  });
  const firstAnchor = anchors[0];
  if (!firstAnchor) return [];
  // The layout is the résumé's, so the first role decides it for all.
  const layoutOf = (anchor: { index: number; range: DateRange }, previousEnd: number): Layout => {
    if (pieceCount(lines[anchor.index] as Line, anchor.range) >= 2) return 'inline';
    const before = lines[anchor.index - 1];
    return anchor.index - 1 > previousEnd && before && isHeaderLine(before) ? 'before' : 'after';
  };
  const sectionLayout = layoutOf(firstAnchor, -1);
  const roles: TextRole[] = [];
  let claimedUpTo = -1;
  anchors.forEach((anchor, k) => {
    const nextAnchor = anchors[k + 1]?.index ?? lines.length;
    const layout =
      pieceCount(lines[anchor.index] as Line, anchor.range) >= 2
        ? 'inline'
        : sectionLayout === 'inline'
          ? layoutOf(anchor, claimedUpTo)
          : sectionLayout;
    let first = anchor.index;
    if (layout === 'before')
      while (first - 1 > claimedUpTo && anchor.index - (first - 1) <= 2 && isHeaderLine(lines[first - 1] as Line)) first--;
    let last = anchor.index;
    if (layout === 'after')
      while (
        last + 1 < nextAnchor &&
        last + 1 - anchor.index <= 2 &&
        isHeaderLine(lines[last + 1] as Line) &&
        !/^\p{Ll}/u.test((lines[last + 1] as Line).text)
      )
        last++;
    // In the 'before' layout, the header lines of the next role are not this role's bullets.
    let bulletsEnd = nextAnchor;
    if (sectionLayout === 'before' && k + 1 < anchors.length) {
      while (bulletsEnd - 1 > last && nextAnchor - (bulletsEnd - 1) <= 2 && isHeaderLine(lines[bulletsEnd - 1] as Line)) bulletsEnd--;
    }
    claimedUpTo = bulletsEnd - 1;
    const anchorLine = lines[anchor.index] as Line;
    const headerText = lines
      .slice(first, last + 1)
      .map((l) =>
        l === anchorLine
          ? l.text.slice(0, anchor.range.index) + ' | ' + l.text.slice(anchor.range.index + anchor.range.text.length)
          : l.text,
      )
      .join('\n')
      .replace(/\(?\b\d{1,2}(?:\.\d)?\s*\+?\s*(?:years?|yrs?|months?|mos?)\b[^|\n)]*\)?/gi, ' ');
    const bullets = lines
      .slice(last + 1, bulletsEnd)
      .map((l) => l.text.replace(/^[\u2022*\-\s]+/, ''))
      .filter(Boolean);
    const from = (lines[first] as Line).start;
    const to = (lines[Math.max(last, bulletsEnd - 1)] as Line).end;
    const { start, end, current, months } = anchor.range;
    const role: Role = { ...titleAndEmployer(headerText), current, bullets, skills: [], evidence: source(from, (lines[last] as Line).end) };
    if (start) role.start = start.ym;
    if (end && !current) role.end = end.ym;
    // A lone month ("Sep 2013") dates an event or one end of a range the line lost, not a month-long job.
    const pointInTime = !current && start !== undefined && end?.ym === start.ym && end.monthKnown;
    const interval = pointInTime ? undefined : intervalOf(start, end, current, asOf);
    if (interval) role.interval = interval;
    const employerSpan = role.employer ? spanOf(role.employer, lines.slice(first, last + 1)) : undefined;
    roles.push({
      role,
      from,
      to,
      ...(interval ? { interval } : {}),
      ...(months !== undefined ? { months } : {}),
      ...(employerSpan ? { employerSpan } : {}),
    });
  });
  return roles;
}

function spanOf(needle: string, lines: Line[]): { start: number; end: number } | undefined {
  for (const line of lines) {
    const at = line.text.indexOf(needle);
    if (at !== -1) return { start: line.start + at, end: line.start + at + needle.length };
  }
  return undefined;
}

/** JSON Resume work[] as roles. */
export function readJsonRoles(
  work: {
    name?: string;
    company?: string;
    position?: string;
    startDate?: string;
    endDate?: string;
    highlights?: string[];
    summary?: string;
  }[],
  asOf: string,
): { role: Role; interval?: Interval }[] {
  return work.map((w, i) => {
    const start = parseIsoDate(w.startDate);
    const end = parseIsoDate(w.endDate);
    const current = start !== undefined && end === undefined;
    const employer = typeof w.name === 'string' ? w.name : typeof w.company === 'string' ? w.company : undefined;
    const role: Role = {
      ...(w.position ? { title: w.position } : {}),
      ...(employer ? { employer } : {}),
      current,
      bullets: [...(w.summary ? [w.summary] : []), ...(w.highlights ?? [])],
      skills: [],
      evidence: { field: `work[${i}]`, text: [w.position, employer].filter(Boolean).join(', ') },
    };
    if (start) role.start = start.ym;
    if (end) role.end = end.ym;
    const interval = intervalOf(start, end, current, asOf);
    if (interval) role.interval = interval;
    return { role, ...(interval ? { interval } : {}) };
  });
}

/** Years of experience: dated roles merged where they overlap; roles with only a written duration add it. */
export function totalYears(roles: { interval?: Interval; months?: number }[]): number | undefined {
  const intervals = roles.flatMap((r) => (r.interval ? [r.interval] : []));
  const extra = roles.reduce((sum, r) => sum + (!r.interval && r.months ? r.months : 0), 0);
  return mergedYears(intervals, extra);
}

/** Most recent first: current roles, then by end, then by start. */
export function byRecency(a: Role, b: Role): number {
  const endOf = (r: Role): string => (r.current ? '9999-99' : (r.end ?? r.start ?? ''));
  return endOf(b).localeCompare(endOf(a)) || (b.start ?? '').localeCompare(a.start ?? '');
}
