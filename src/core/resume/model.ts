import type { Interval } from './dates.js';
/**
 * The résumé as read: what every résumé form (skills list, plain text, JSON Resume, a file's text)
 * becomes. The fit report's eligibility, experience and occupation parts read from here.
 * Dates are 'YYYY-MM' (month 01 when only a year is known) so they compare as strings.
 */
import type { DegreeLevel } from '../extract/education.js';

export type Proficiency = 'beginner' | 'intermediate' | 'advanced' | 'expert';
export const PROFICIENCY_RANK: Record<Proficiency, number> = { beginner: 1, intermediate: 2, advanced: 3, expert: 4 };

export type ResumeSectionKind =
  | 'contact'
  | 'personal'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'languages'
  | 'awards'
  | 'publications'
  | 'volunteer'
  | 'interests'
  | 'references'
  | 'other';

/** Sections whose evidence shows a skill used (a role, a project, the summary), not only listed. */
export const WORK_SECTIONS: ReadonlySet<ResumeSectionKind> = new Set(['experience', 'projects', 'summary', 'volunteer']);

export interface ResumeSection {
  kind: ResumeSectionKind;
  heading: string;
  start: number;
  end: number;
}

export interface ResumeEvidence {
  source: 'skills' | 'text' | 'jsonResume';
  /** Where in the input: "skills[2]", "work[0].highlights[1]", or a text offset range. */
  field?: string;
  text: string;
  start?: number;
  end?: number;
  /** The résumé section the evidence sits in (text and JSON Resume), e.g. 'experience', 'skills'. */
  section?: ResumeSectionKind;
}

export interface CandidateSkill {
  id: string;
  name: string;
  /** Proficiency mapped from what the person wrote, when it means something. */
  level?: Proficiency;
  /** The level exactly as written ("native", "B2", "5 years"), when one was given. */
  levelText?: string;
  years?: number;
  lastUsed?: string;
  /** True when some evidence sits in a role, a project or the summary (not only in a skills list). */
  shownInWork: boolean;
  evidence: ResumeEvidence[];
}

export interface Role {
  title?: string;
  employer?: string;
  /** 'YYYY-MM' */
  start?: string;
  /** 'YYYY-MM'; absent with current=true for "Present". */
  end?: string;
  current: boolean;
  bullets: string[];
  /** Skill ids named in this role's title and bullets. */
  skills: string[];
  evidence: { start?: number; end?: number; field?: string; text: string };
  /**
   * The months its dates cover, counted as `experience.totalYears` counts them ("2019–2023" closes at its
   * January), so years with a skill agree with the total. Read in process only; the API does not return it.
   */
  interval?: Interval;
}

export interface EducationEntry {
  /** As written: "B.Tech", "Master of Science", "MBA". */
  degree?: string;
  degreeLevel?: DegreeLevel;
  field?: string;
  institution?: string;
  start?: string;
  end?: string;
  /** "expected May 2027", "(anticipated)", an end date in the future, "pursuing". */
  expected: boolean;
  evidence: { start?: number; end?: number; field?: string; text: string };
}

export interface Certification {
  name: string;
  evidence: ResumeEvidence;
  /** The résumé says it is still being worked towards ("CFA Level II candidate", "PMP – expected 2027"): not held. */
  inProgress?: boolean;
  /** For one in progress, the credentials it names, which the score does not count. */
  skills?: { id: string; name: string }[];
}

export interface ResumeProfile {
  skills: CandidateSkill[];
  unrecognized: string[];
  languages: { language: string; fluency?: string; skillId?: string }[];
  /** degreeLevels and fieldsOfStudy stay for compatibility; entries are the education read one by one. */
  education: { degreeLevels: DegreeLevel[]; fieldsOfStudy: string[]; entries: EducationEntry[] };
  /** Dated roles, most recent first; totalYears merges overlapping roles (undefined when no role is dated). */
  experience: { roles: Role[]; totalYears?: number };
  /** Job titles the person has held or states (work[].position, basics.label, titles in text), most recent first. */
  titles: string[];
  certifications: Certification[];
  sections: ResumeSection[];
  taxonomyVersion: string;
  /**
   * Short phrases the résumé writes, by phrase key (see `collectPhrases`), for requirements the catalogue
   * lacks. Internal to matching: no answer carries it.
   */
  phrases?: ReadonlyMap<string, ResumeEvidence>;
}
