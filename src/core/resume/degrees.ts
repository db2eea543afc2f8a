import type { DegreeLevel } from '../extract/education.js';

/**
 * Degrees as résumés write them in several countries, and their level. Decisions:
 * - A diploma, HND or HNC (a polytechnic diploma in India, a UK Higher National Diploma) reads as
 *   `associate`: a post-secondary qualification below a bachelor's. A high-school diploma is no degree.
 * - PGDM and PGDBA (Indian two-year management programmes recognised as MBA-equivalent) read as
 *   `master`; another postgraduate diploma has no level.
 * - Diplom-Ingenieur and the German Diplom, Laurea Magistrale/Specialistica and Magister read as
 *   `master`; Licence, Licenciatura and Laurea (triennale) as `bachelor`.
 * - MD and JD are doctorates (professional doctorates), and EdD and DPhil are.
 * - Two-letter capitals that are also words or places (BE, BS, BA, ME, MS, MA, MD, AA, AS) count only
 *   in an education entry, and not after a city ("Boston, MA") or before a product ("MS Office").
 * - 10th, 12th, SSC, HSC, high school, A-levels, Abitur and the like are no degree.
 */
interface DegreePattern {
  level: DegreeLevel;
  pattern: RegExp;
  /** Only in an education entry (a word or a US state otherwise). */
  educationOnly?: boolean;
}

const OF_WHAT = String.raw`(?:\s+(?:degree|of\s+(?:arts|science|sciences|engineering|technology|commerce|business\s+administration|applied\s+science|computer\s+applications|fine\s+arts|education|laws|medicine|pharmacy|architecture|design|philosophy|music|social\s+work|public\s+health|management|surgery)(?:\s+\(honou?rs\))?))?`;
const END = String.raw`(?![\p{L}])`;
const START = String.raw`(?<![\p{L}.])`;

const p = (source: string, flags = 'iu'): RegExp => new RegExp(START + source + END, flags);

const PATTERNS: DegreePattern[] = [
  {
    level: 'doctorate',
    pattern: p(
      String.raw`(?:ph\.?\s?d\.?|d\.?\s?phil\.?|doctor\s+of\s+(?:philosophy|medicine|education|business\s+administration|science|sciences|laws|engineering|jurisprudence|pharmacy|psychology|nursing\s+practice|dental\s+surgery)|doctorate|doctoral\s+degree|dr\.\s?(?:rer|phil|ing)\.?[\p{L}. ]{0,12}|juris\s+doctor|j\.d\.|ed\.d\.|m\.d\.|d\.?sc\.)`,
    ),
  },
  { level: 'doctorate', pattern: p(String.raw`(?:EdD|MD|JD|DBA)`, 'u'), educationOnly: true },
  {
    level: 'master',
    pattern: p(
      String.raw`(?:m\.?\s?tech\.?|m\.\s?e\.?|m\.?\s?eng\.?|m\.?\s?sc\.?|m\.\s?s\.?|m\.\s?a\.?|m\.\s?com\.?|mcom|mca|mba|pgdm|pgdba|ll\.?\s?m\.?|m\.?\s?phil\.?|mfa|mph|mpa|msw|m\.\s?ed\.?|m\.?\s?pharm\.?|m\.?\s?arch\.?|master(?:'?s)?${OF_WHAT}|diplom-ingenieur(?:in)?|dipl\.?\s?-\s?ing\.?|diplom|laurea\s+(?:magistrale|specialistica)|magister|mestrado|m[aá]ster\s+(?:en|in|of|degree))`,
    ),
  },
  { level: 'master', pattern: p(String.raw`(?:ME|MS|MA|MEd|MSc|MEng)`, 'u'), educationOnly: true },
  {
    level: 'bachelor',
    pattern: p(
      String.raw`(?:b\.?\s?tech\.?|b\.\s?e\.?|b\.?\s?sc\.?|b\.\s?s\.?|b\.\s?a\.?|b\.?\s?com\.?|bca|bba|bbm|ll\.?\s?b\.?|mbbs|b\.?\s?pharm(?:a|acy)?\.?|b\.?\s?arch\.?|b\.?\s?eng\.?|bfa|bsn|b\.\s?ed\.?|bds|b\.?\s?voc\.?|bachelor(?:'?s)?${OF_WHAT}|baccalaureate\s+degree|undergraduate\s+degree|licenciatura|laurea(?:\s+triennale)?)`,
    ),
  },
  { level: 'bachelor', pattern: p(String.raw`(?:BE|BS|BA|BEd|Licence)`, 'u'), educationOnly: true },
  {
    level: 'associate',
    pattern: p(
      String.raw`(?:associate(?:'?s)?\s+(?:degree|of\s+(?:applied\s+)?(?:arts|science|sciences))|associate\s+in\s+(?:applied\s+)?(?:arts|science)|a\.a\.s?\.|a\.s\.|higher\s+national\s+(?:diploma|certificate)|hnd|hnc|(?:advanced\s+)?diploma)`,
    ),
  },
  { level: 'associate', pattern: p(String.raw`(?:AA|AS|AAS)`, 'u'), educationOnly: true },
];

const NOT_A_DEGREE_DIPLOMA =
  /\b(?:high\s+school|secondary|post[\s-]?graduate|pg|ssc|hsc)\s+diploma\b|\bdiploma\s+(?:of|in)\s+(?:high\s+school|secondary)/i;
const SCHOOL_LEVEL =
  /(?<![\p{L}\d])(?:10th|12th|x\s*th|xii\s*th|class\s+(?:x|xii|10|12)|std\.?\s*(?:x|xii|10|12)|s\.?s\.?c\.?|h\.?s\.?c\.?|s\.?s\.?l\.?c\.?|hssc|matriculation|matric|high\s+school|higher\s+secondary|senior\s+secondary|secondary\s+school|a[\s-]levels?|o[\s-]levels?|gcses?|abitur|baccalaur[ée]at|ged|intermediate\s*\(?(?:12|xii|mpc|bipc|cec|mec))(?![\p{L}])/iu;

/** After a city ("Boston, MA") or before a product ("MS Office"), capitals are no degree. */
const PLACE_BEFORE = /\p{Lu}[\p{L}.]+,\s*$/u;
const PRODUCT_AFTER =
  /^\s*-?\s*(?:office|excel|word|powerpoint|access|project|outlook|teams|sql|visio|dynamics|azure|windows|paint|dos|exchange|sharepoint)\b/i;

export interface DegreeMention {
  degree: string;
  level: DegreeLevel;
  start: number;
  end: number;
}

export function isSchoolLevel(line: string): boolean {
  return SCHOOL_LEVEL.test(line);
}

/** Every degree named in a line. `inEducation`: the line is in an education entry, where ambiguous capitals count. */
const GLOBAL_PATTERNS = PATTERNS.map((p) => ({ ...p, pattern: new RegExp(p.pattern.source, p.pattern.flags + 'g') }));
/** No real line names more degrees; the cap keeps a pathological line linear. */
const MAX_DEGREES_PER_LINE = 8;

export function findDegrees(line: string, inEducation: boolean): DegreeMention[] {
  const found: DegreeMention[] = [];
  for (const { level, pattern, educationOnly } of GLOBAL_PATTERNS) {
    if (educationOnly && !inEducation) continue;
    for (const m of line.matchAll(pattern)) {
      if (found.length >= MAX_DEGREES_PER_LINE) break;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      if (educationOnly && (PLACE_BEFORE.test(line.slice(0, start)) || PRODUCT_AFTER.test(line.slice(end)))) continue;
      if (!educationOnly && /^m\.?\s?s\.?$/i.test(m[0]) && PRODUCT_AFTER.test(line.slice(end))) continue;
      if (
        /^master$/i.test(m[0]) &&
        (!inEducation || /\b(?:scrum|web|quiz|chess|data|ring|certified|product)\s*$/i.test(line.slice(0, start)))
      )
        continue;
      if (level === 'associate' && /diploma/i.test(m[0]) && NOT_A_DEGREE_DIPLOMA.test(line)) continue;
      // "Licence" outside an education entry is a driving or software licence; "Diploma" in a skills line is a course.
      found.push({ degree: m[0].trim(), level, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const INSTITUTION =
  /(?<![\p{L}])(?:universit(?:y|ies|ät|at|é|e|à|a|eit)|college|institute|institution|school|academy|polytechnic|hochschule|fachhochschule|école|ecole|politecnico|iit|nit|iiit|bits|iim|vidyalaya|vidyapeeth|campus)(?![\p{L}])/iu;

export function isInstitution(text: string): boolean {
  return INSTITUTION.test(text);
}

const FIELD_STOP =
  /\s*(?:[,|;(]|\s[-–]\s|\bfrom\b|\bat\b|\bwith\b|\b(?:c?gpa|cpi|percentage|grade|marks|score)\b|\b(?:19|20)\d\d\b|\b(?:expected|anticipated|pursuing)\b)/i;

/** The field of study written after a degree ("in Computer Science", "(CSE)", "- Finance", "Computer Science"). */
export function fieldAfter(rest: string): string | undefined {
  const paren = /^\s*\.?\s*\(([^)]{2,60})\)/.exec(rest);
  if (paren && !/\b(?:19|20)\d\d\b|hons|honours|honors/i.test(paren[1] as string)) return (paren[1] as string).trim();
  const m = /^\s*\.?\s*(?:\(hons?\.?\)|\(honou?rs\))?\s*(?:,|:|-|–|in\b|of\b|majoring in\b|major in\b)?\s*(.*)$/i.exec(rest);
  let text = (m?.[1] ?? '').trim();
  const stop = FIELD_STOP.exec(text);
  if (stop) text = text.slice(0, stop.index);
  text = text
    .replace(/^(?:in|of)\s+/i, '')
    .replace(/[\s.:-]+$/, '')
    .trim();
  if (!text || text.length < 2 || text.split(/\s+/).length > 7 || isInstitution(text) || !/^\p{Lu}/u.test(text)) return undefined;
  return text;
}
