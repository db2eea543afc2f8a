/**
 * The domain's shared types: what a posting asks for (PostingAnalysis and its parts) and what a
 * résumé shows (ResumeProfile and its parts, in resume/model.ts), in one place for every module to
 * import. Types only: no behaviour lives here.
 */
import type { Education } from './extract/education.js';
import type { Intensity, Level } from './extract/cues.js';
import type { SkillCategory, SkillKind } from './taxonomy/types.js';
import type { SectionKind } from './text/headings.js';

export type { Intensity, Level } from './extract/cues.js';
export type { DegreeLevel } from './extract/education.js';
export type * from './resume/model.js';

export interface SkillRef {
  id: string;
  name: string;
  kind: SkillKind;
  category: SkillCategory;
  /** The ESCO concept URI, where the catalogue has one. */
  esco?: string;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  section: SectionKind;
  level: Level;
}

export interface Requirement {
  skill: SkillRef;
  level: Level;
  weight: number;
  intensity: Intensity;
  /** The alternatives group this requirement belongs to at its strongest level, if any. */
  group?: string;
  /** Every alternatives group it belongs to. */
  groups: string[];
  mentions: Mention[];
  cues: string[];
}

export interface AlternativesGroup {
  id: string;
  mode: 'anyOf';
  level: Level;
  skills: string[];
  start: number;
  end: number;
  text: string;
}

export interface SectionInfo {
  kind: SectionKind;
  heading: string;
  start: number;
  end: number;
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/** A personality trait the posting names ("self-starter", "curious"): shown, never scored — a résumé cannot evidence it. */
export interface PostingTrait {
  skill: SkillRef;
  level: Level;
  mentions: Mention[];
}

export interface PostingAnalysis {
  requirements: Requirement[];
  /** Traits the posting names, kept out of `requirements` and the score. */
  traits: PostingTrait[];
  groups: AlternativesGroup[];
  sections: SectionInfo[];
  education: Omit<Education, 'evidence'> & { evidence: Evidence[] };
  experience: {
    minYears?: number;
    perSkill: { skill: { id: string; name: string }; years: number; evidence: Evidence }[];
    evidence: Evidence[];
  };
  taxonomyVersion: string;
  warnings: string[];
}
