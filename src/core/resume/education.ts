import type { DegreeLevel } from '../extract/education.js';
import { findDateRanges, isLoneSeason, parseIsoDate, type MonthDate } from './dates.js';
import { fieldAfter, findDegrees, isInstitution, isSchoolLevel } from './degrees.js';
import type { EducationEntry } from './model.js';
import type { Line } from './sections.js';

/**
 * Education entries: one per degree named, with the lines after it (institution, dates, grades)
 * until the next degree. A school-leaving line (10th, HSC, high school) closes the entry before it
 * and starts none.
 */
const EXPECTED =
  /\b(?:expected|anticipated|pursuing|currently\s+(?:enrolled|pursuing|studying)|in\s+progress|ongoing|to\s+graduate|will\s+graduate|candidate)\b/i;

interface Draft {
  entry: EducationEntry;
  dated: boolean;
}

function institutionIn(line: string): string | undefined {
  // "University of Texas at Austin" keeps its "at"; "MBA at IIM Bangalore" loses it.
  const parts = line
    .split(/\s*(?:[,|;]|\s[-–]\s|\bfrom\b)\s*/i)
    .map((part) => part.replace(/^.*?\bat\s+(?=\S*\s*(?:\p{Lu}))/u, (m) => (isInstitution(m) ? m : '')));
  return parts.find((part) => isInstitution(part))?.trim();
}

const isDateOnly = (text: string): boolean =>
  /\d{4}/.test(text) &&
  !/\p{L}{3,}/u.test(
    text.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|present|current|till|date|to|now|expected/gi, ''),
  );

function applyDates(draft: Draft, line: string, asOfYear: number): void {
  if (draft.dated) return;
  const ranges = findDateRanges(line, asOfYear);
  const range = ranges[ranges.length - 1];
  if (!range?.start) return;
  draft.dated = true;
  if (range.current) {
    draft.entry.start = range.start.ym;
    draft.entry.expected = true;
    return;
  }
  const end = range.end as MonthDate;
  // "Expected Spring 2027" is when the degree ends, not a span of study.
  if (!isLoneSeason(range, asOfYear) && (end.ym !== range.start.ym || range.start.monthKnown !== end.monthKnown))
    draft.entry.start = range.start.ym;
  draft.entry.end = end.ym;
}

/** Education entries in the lines of an education section (or, with `strict`, degree lines elsewhere that name an institution or a year). */
export function readEducationLines(
  lines: Line[],
  source: (start: number, end: number) => { start: number; end: number; text: string },
  asOf: string,
  strict = false,
): EducationEntry[] {
  const asOfYear = Number(asOf.slice(0, 4));
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let pending: { institution?: string; line?: string } = {};
  lines.forEach((line, index) => {
    const text = line.text.replace(/^[\u2022*\-\s]+/, '');
    const degrees = findDegrees(text, !strict);
    if (degrees.length === 0) {
      if (strict) return;
      // A date on a line of its own before a degree line is that degree's (Europass: dates first).
      const next = lines[index + 1];
      if (isDateOnly(text) && next && findDegrees(next.text, true).length > 0) {
        pending = { ...pending, line: text };
        return;
      }
      if (isSchoolLevel(text)) {
        current = undefined;
        pending = {};
        return;
      }
      if (!current) {
        const institution = institutionIn(text);
        if (institution) pending = { ...pending, institution };
        else if (isDateOnly(text)) pending = { ...pending, line: text };
        return;
      }
      const institution = institutionIn(text);
      if (institution && !current.entry.institution) current.entry.institution = institution;
      else if (institution) {
        // The entry has its institution: this one opens the next entry ("Institute\nDegree, dates").
        pending = { institution };
        return;
      }
      applyDates(current, text, asOfYear);
      if (EXPECTED.test(text)) current.entry.expected = true;
      return;
    }
    if (strict && !isInstitution(text) && !/\b(?:19|20)\d\d\b/.test(text)) return;
    // "Bachelor of Science in Nursing (BSN)": one degree written twice.
    const distinct = degrees.filter((d, k) => !degrees.slice(0, k).some((e) => e.level === d.level));
    distinct.forEach((d, k) => {
      const next = distinct[k + 1];
      const rest = text.slice(d.end, next ? next.start : text.length);
      const field = fieldAfter(rest);
      const span = source(line.start, line.end);
      const entry: EducationEntry = { degree: d.degree, degreeLevel: d.level, expected: false, evidence: span };
      if (field) entry.field = field;
      const institution = institutionIn(rest) ?? institutionIn(text.slice(0, d.start)) ?? pending.institution;
      if (institution) entry.institution = institution;
      current = { entry, dated: false };
      applyDates(current, rest, asOfYear);
      if (!current.dated && pending.line) applyDates(current, pending.line, asOfYear);
      if (EXPECTED.test(text)) entry.expected = true;
      drafts.push(current);
    });
    pending = {};
  });
  for (const d of drafts) if (d.entry.end && d.entry.end > asOf) d.entry.expected = true;
  return drafts.map((d) => d.entry);
}

/** JSON Resume education[]: studyType is the degree, area the field. */
export function readJsonEducation(
  education: { institution?: string; area?: string; studyType?: string; startDate?: string; endDate?: string }[],
  asOf: string,
): EducationEntry[] {
  return education.map((e, i) => {
    const degreeText = [e.studyType, e.area].filter(Boolean).join(' ');
    const mention = e.studyType ? findDegrees(e.studyType, true)[0] : undefined;
    const fallback = !mention && degreeText ? findDegrees(degreeText, true)[0] : undefined;
    const level: DegreeLevel | undefined = (mention ?? fallback)?.level;
    const start = parseIsoDate(e.startDate);
    const end = parseIsoDate(e.endDate);
    const entry: EducationEntry = {
      expected: end !== undefined && end.ym > asOf,
      evidence: { field: `education[${i}]`, text: degreeText || e.institution || '' },
    };
    if (e.studyType) entry.degree = e.studyType;
    if (level && !(e.studyType && isSchoolLevel(e.studyType))) entry.degreeLevel = level;
    if (e.area) entry.field = e.area;
    if (e.institution) entry.institution = e.institution;
    if (start) entry.start = start.ym;
    if (end) entry.end = end.ym;
    return entry;
  });
}
