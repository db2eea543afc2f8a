/**
 * What a résumé arrives as: a skills list (what a skills picker sends), plain text (typed, pasted
 * or read from a file), a JSON Resume document (jsonresume.org), or several at once.
 */
export interface ListedSkill {
  name: string;
  /** Free text as the person wrote it: "advanced", "native", "B2", "5+ yrs", "4/5", "80%". */
  level?: string;
  years?: number;
  lastUsed?: string;
}

type Loose = Record<string, unknown>;

export interface JsonResume {
  basics?: { summary?: string; label?: string } & Loose;
  work?: ({
    name?: string;
    company?: string;
    position?: string;
    startDate?: string;
    endDate?: string;
    summary?: string;
    description?: string;
    highlights?: string[];
  } & Loose)[];
  volunteer?: ({
    organization?: string;
    position?: string;
    startDate?: string;
    endDate?: string;
    summary?: string;
    highlights?: string[];
  } & Loose)[];
  projects?: ({ name?: string; description?: string; highlights?: string[]; keywords?: string[] } & Loose)[];
  skills?: ({ name?: string; level?: string; keywords?: string[] } & Loose)[];
  education?: ({
    institution?: string;
    area?: string;
    studyType?: string;
    startDate?: string;
    endDate?: string;
    courses?: string[];
  } & Loose)[];
  languages?: ({ language?: string; fluency?: string } & Loose)[];
  certificates?: ({ name?: string; issuer?: string } & Loose)[];
  [k: string]: unknown;
}

export interface ResumeInput {
  skills?: ListedSkill[];
  text?: string;
  jsonResume?: JsonResume;
}

export interface ReadResumeOptions {
  /** The date durations and "expected" are judged against ('YYYY-MM' or 'YYYY-MM-DD'); defaults to today. */
  asOf?: string;
}
