import type { Line } from './sections.js';

/**
 * Job titles a résumé states outside its dated roles. Résumés pasted from job boards and résumés
 * without a clear experience heading carry their titles as a line of their own ("Java Developer"),
 * a title before its employer ("Java Developer - Infosys Limited", "Staff Accountant at Deloitte")
 * or a phrase in a sentence ("Worked as Software Engineer on a banking application"). The occupation
 * part of the fit reads these titles; dated roles still come from the experience section.
 */

/** The words a job title ends with: the role itself, never a field ("Data", "Sales") or a level. */
const ROLE_NOUN =
  /^(?:engineers?|developers?|analysts?|scientists?|managers?|consultants?|architects?|designers?|administrators?|specialists?|directors?|officers?|interns?|associates?|assistants?|executives?|coordinators?|accountants?|teachers?|nurses?|technicians?|programmers?|researchers?|strategists?|writers?|editors?|marketers?|recruiters?|advisors?|advisers?|representatives?|supervisors?|operators?|clerks?|agents?|auditors?|economists?|statisticians?|physicians?|lawyers?|attorneys?|counsel|paralegals?|advocates?|chefs?|cooks?|tellers?|cashiers?|bookkeepers?|controllers?|planners?|buyers?|therapists?|pharmacists?|mechanics?|electricians?|welders?|drivers?|pilots?|instructors?|trainers?|tutors?|lecturers?|professors?|principals?|producers?|photographers?|journalists?|reporters?|testers?|generalists?|partners?|leads?|heads?|founders?|owners?|presidents?|vp)$/i;
/** "Head of Sales", "Director of Operations": the role first, its field after "of". */
const ROLE_OF = /^(?:head|director|manager|vp|vice president|lead|chief)\s+of\s+\S/i;
/** Where a title meets its employer, place or dates on one line. */
const AFTER_TITLE = /\s+(?:[-–—|@•]|at|with)\s+|\s*[,(]\s*/i;
/** Lines about schooling name courses and schools, not jobs held ("Teacher Education, University of …"). */
const SCHOOLING =
  /\b(?:universit|college|school|institute|academy|degree|bachelor|master|diploma|b\.?\s?[a-z]{1,4}\b\.?\s|gpa|coursework)/i;
/** What follows "as": an optional article, then up to six capitalised words ("of" and "and" between them). */
const AS_TITLE = String.raw`as\s+(?:an?\s+|the\s+)?((?:(?:[A-Z][\w.+#&/-]*|of|and)\s+){0,5}[A-Z][\w.+#&/-]*)`;
/** "Worked as a Software Engineer", "joined as Business Analyst": a capitalised title after "as". */
const WORKED_AS = new RegExp(
  String.raw`\b(?:[Ww]ork(?:ed|ing)?|[Ss]erv(?:ed|ing)|[Ee]mployed|[Hh]ired|[Jj]oined|[Pp]romoted|[Aa]ppointed|[Ee]ngaged)\s+(?:here\s+)?${AS_TITLE}`,
  'g',
);

/** "Over 3 years of experience in SAP SD as Associate SAP SD Consultant": the role after "experience … as". */
const EXPERIENCE_AS = new RegExp(String.raw`\b[Ee]xperience\b[^.;:\n]{0,60}?\b${AS_TITLE}`, 'g');

/**
 * "Designation : Network Engineer", "Job Appointment: Audit Associate", "1. Current Designation – Accountant": a
 * title after the label résumé templates give it (common in Indian and Gulf CVs, where it is often the only place
 * the title is written). Bullets, numbering and private-use glyphs from Word symbol fonts may come first.
 */
const LABELLED_TITLE =
  /^[\s\d.)(*\u2022\u25AA\u25CF\u27A2\u2713\uF000-\uF8FF·-]*(?:(?:current|present|last|latest)\s+)?(?:designation|job\s+title|job\s+appointment|position(?:\s+held)?|job\s+role|title|role)\s*[:：–—-]\s*(\S.*)$/i;

/** "Manager Purchase", "Officer HR", "Executive – Accounts": the role first and its department after, as Indian CVs write it. */
const ROLE_FIRST = /^(?:manager|executive|officer|engineer|accountant|supervisor|specialist|consultant)$/i;
const MAX_ROLE_FIRST_WORDS = 3;

/** "A dedicated Mechanical Engineer with 3 years in HVAC design": a profile sentence that names the role. */
const PROFILE_ROLE =
  /\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,3}((?:[A-Z][\w.+#&/-]*\s+){0,4}[A-Z][\w.+#&/-]*)\s+(?:with|having)\s+(?:\d+|over|more|around|nearly|about|almost)\b/g;

/**
 * "SAP ABAP consultant with 4 years…", "Senior .Net developer building web applications": a sentence that opens
 * with the role, its field capitalised and the role noun not. Not after a verb ("Managed Java developers").
 */
const ROLE_OPENS_SENTENCE =
  /(?:^|[.;:]\s+|\s[-–]\s+)((?:(?!\w+(?:ed|ing)\s)[A-Z.][\w.+#&/-]*\s+){1,4})([a-z]+)(?=\s+(?:with|having|at|in|for|building|working|responsible)\b|\s*[,.;]|\s*$)/g;

/** "Resume of Tim Cook", "CV – Jane Baker": the document and its owner, not a job. */
const DOCUMENT_WORDS = /\b(?:r[eé]sum[eé]|cv|curriculum vitae|biodata)\b/i;

const MAX_TITLE_WORDS = 6;

/**
 * The candidate when it reads as a job title: short, capitalised (any case when a label says it is a title) and
 * ending with a role noun — or, when `roleFirst`, opening with one ("Manager Purchase").
 */
function asTitle(candidate: string, { labelled = false, roleFirst = false } = {}): string | undefined {
  const title = candidate
    .replace(/^[\s\u2022\u25AA\u25CF*·-]+/, '')
    .replace(/[\s\u2013\u2014-]+$/, '')
    .trim();
  if (title.length < 3 || title.length > 60 || /[.!?:;]$/.test(title) || /\d{3,}/.test(title)) return undefined;
  const words = title.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) return undefined;
  if (SCHOOLING.test(`${title} `) || DOCUMENT_WORDS.test(title)) return undefined;
  // Titles are written capitalised ("Staff Accountant", "STAFF ACCOUNTANT"); "works with project managers" is a sentence.
  const capitalised = (w: string): boolean => /^(?:\.?\p{Lu}|[\d(&/-])/u.test(w) || /^(?:of|and|for|in|to|the|de)$/i.test(w);
  if (!labelled && !words.every(capitalised)) return undefined;
  const last = (words[words.length - 1] ?? '').replace(/[^\p{L}]/gu, '');
  if (ROLE_NOUN.test(last) || ROLE_OF.test(title)) return title;
  const first = (words[0] ?? '').replace(/[^\p{L}]/gu, '');
  if (roleFirst && words.length > 1 && words.length <= MAX_ROLE_FIRST_WORDS && ROLE_FIRST.test(first)) return title;
  return undefined;
}

/** A line that is a title, or a title followed by its employer, or a labelled title ("Designation : Accountant"). */
export function titleOfLine(line: string): string | undefined {
  const text = line.trim();
  if (!text || text.split(/\s+/).length > 14) return undefined;
  const labelled = LABELLED_TITLE.exec(text)?.[1];
  if (labelled !== undefined) {
    const options = { labelled: true, roleFirst: true };
    const first = labelled.split(AFTER_TITLE)[0];
    return asTitle(labelled, options) ?? (first && first !== labelled ? asTitle(first, options) : undefined);
  }
  const whole = asTitle(text);
  if (whole) return whole;
  const first = text.split(AFTER_TITLE)[0];
  return first && first !== text ? asTitle(first) : undefined;
}

/**
 * Titles named in running text: "worked as Software Engineer", "joined as Business Analyst", "a dedicated Accountant
 * with 5 years…", "SAP ABAP consultant with 4 years…".
 */
export function titlesInSentence(line: string): string[] {
  const out: string[] = [];
  for (const pattern of [WORKED_AS, EXPERIENCE_AS, PROFILE_ROLE]) {
    for (const m of line.matchAll(pattern)) {
      const phrase = (m[1] ?? '').replace(/[.,;:]+$/, '').replace(/\s+(?:of|and)$/i, '');
      const title = asTitle(phrase, { roleFirst: pattern !== PROFILE_ROLE });
      if (title) out.push(title);
    }
  }
  for (const m of line.matchAll(ROLE_OPENS_SENTENCE)) {
    // asTitle keeps it only when the capitalised last word is a role noun.
    const noun = m[2] as string;
    const title = asTitle(`${m[1] as string}${noun.charAt(0).toUpperCase()}${noun.slice(1)}`);
    if (title) out.push(title);
  }
  return out;
}

/** Every title stated in these lines, in text order. */
export function statedTitles(lines: readonly Line[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const own = titleOfLine(line.text);
    if (own) out.push(own);
    else out.push(...titlesInSentence(line.text));
  }
  return out;
}
