import type { DegreeLevel } from '../extract/education.js';
import type { CandidateSkill, ResumeProfile, Role } from '../resume/model.js';
import { asOfMonth, intervalOf, mergedYears, monthIndex, parseDate, type Interval } from '../resume/dates.js';
import { DEALBREAKER_FACTOR } from './policy.js';

export type CheckKind = 'degree-level' | 'field-of-study' | 'enrolment' | 'graduation-window' | 'years-of-experience';
export type CheckStatus = 'meets' | 'unmet' | 'unknown';

export interface PostingEvidence {
  start: number;
  end: number;
  text: string;
}

/** What a posting asks beyond skills, as extracted (PostingAnalysis.education and .experience). */
export interface PostingEligibility {
  education?: {
    degreeLevels: readonly DegreeLevel[];
    fieldsOfStudy: readonly string[];
    enrolment?: 'currently-enrolled';
    graduationWindow?: { text: string; from?: string; to?: string };
    degreeOptional?: boolean;
    evidence: readonly PostingEvidence[];
  };
  experience?: {
    minYears?: number;
    perSkill?: readonly { skill: { id: string; name: string }; years: number; evidence: PostingEvidence }[];
    evidence: readonly PostingEvidence[];
  };
}

export interface EligibilityCheck {
  kind: CheckKind;
  skill?: { id: string; name: string };
  required: string;
  found?: string;
  status: CheckStatus;
  /** An unmet dealbreaker is shown first and scales the score (DEALBREAKER_FACTOR). */
  dealbreaker: boolean;
  evidence: { posting?: PostingEvidence; resume?: { text: string; field?: string; start?: number; end?: number } };
}

export interface Eligibility {
  status: CheckStatus;
  checks: EligibilityCheck[];
}

const DEGREE_RANK: Record<DegreeLevel, number> = { associate: 1, bachelor: 2, master: 3, doctorate: 4 };
const DEGREE_NAME: Record<DegreeLevel, string> = {
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctorate: 'doctorate',
};
const SOFT_DEGREE =
  /\b(?:prefer|preferred|preferably|plus|ideally|desir(?:ed|able)|nice to have|or equivalent(?: practical| work| professional)? experience|or equivalent)\b/i;
const FIELD_STOPWORDS = new Set([
  'and',
  'or',
  'of',
  'in',
  'the',
  'a',
  'an',
  'related',
  'relevant',
  'field',
  'fields',
  'studies',
  'study',
  'degree',
  'science',
  'sciences',
  'engineering',
]);

const contentWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !FIELD_STOPWORDS.has(w));
const evidenceAbout = (evidence: readonly PostingEvidence[] | undefined, pattern: RegExp): PostingEvidence | undefined =>
  evidence?.find((e) => pattern.test(e.text));

function resumeEducationEvidence(entry: ResumeProfile['education']['entries'][number] | undefined): EligibilityCheck['evidence']['resume'] {
  if (!entry) return undefined;
  const { text, field, start, end } = entry.evidence;
  return {
    text,
    ...(field !== undefined ? { field } : {}),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
  };
}

function degreeCheck(posting: NonNullable<PostingEligibility['education']>, resume: ResumeProfile): EligibilityCheck | undefined {
  if (posting.degreeLevels.length === 0) return undefined;
  const minimum = [...posting.degreeLevels].sort((a, b) => DEGREE_RANK[a] - DEGREE_RANK[b])[0] as DegreeLevel;
  const postingEvidence =
    evidenceAbout(
      posting.evidence,
      /degree|bachelor|master|ph\.?d|doctor|b\.?sc|m\.?sc|mba|b\.?a\b|b\.?s\b|m\.?s\b|undergraduate|graduate/i,
    ) ?? posting.evidence[0];
  // A posting that also takes a school-leaving certificate with experience asks for the degree without requiring it.
  const dealbreaker = !posting.degreeOptional && !(postingEvidence && SOFT_DEGREE.test(postingEvidence.text));
  // A student counts the degree they are studying for when the posting asks for current students.
  const countsExpected = posting.enrolment === 'currently-enrolled';
  const entries = resume.education.entries.filter((e) => e.degreeLevel && (countsExpected || !e.expected));
  const levels: { level: DegreeLevel; entry?: (typeof entries)[number] }[] = entries.map((e) => ({
    level: e.degreeLevel as DegreeLevel,
    entry: e,
  }));
  if (resume.education.entries.length === 0) for (const level of resume.education.degreeLevels) levels.push({ level });
  const required = posting.degreeLevels.length > 1 ? posting.degreeLevels.map((l) => DEGREE_NAME[l]).join(' or ') : DEGREE_NAME[minimum];
  const base = {
    kind: 'degree-level' as const,
    required: posting.degreeLevels.length > 1 ? `${required} (at least ${DEGREE_NAME[minimum]})` : required,
    dealbreaker,
    evidence: { ...(postingEvidence ? { posting: postingEvidence } : {}) },
  };
  if (levels.length === 0) {
    const studying = resume.education.entries.find((e) => e.degreeLevel && e.expected);
    return studying
      ? {
          ...base,
          found: `${DEGREE_NAME[studying.degreeLevel as DegreeLevel]} (expected)`,
          status: DEGREE_RANK[studying.degreeLevel as DegreeLevel] >= DEGREE_RANK[minimum] ? 'meets' : 'unmet',
          evidence: { ...base.evidence, resume: resumeEducationEvidence(studying) },
        }
      : { ...base, status: 'unknown' };
  }
  const highest = levels.reduce((a, b) => (DEGREE_RANK[b.level] > DEGREE_RANK[a.level] ? b : a));
  const resumeEvidence = resumeEducationEvidence(highest.entry);
  return {
    ...base,
    found: DEGREE_NAME[highest.level],
    status: DEGREE_RANK[highest.level] >= DEGREE_RANK[minimum] ? 'meets' : 'unmet',
    evidence: { ...base.evidence, ...(resumeEvidence ? { resume: resumeEvidence } : {}) },
  };
}

function fieldCheck(posting: NonNullable<PostingEligibility['education']>, resume: ResumeProfile): EligibilityCheck | undefined {
  if (posting.fieldsOfStudy.length === 0) return undefined;
  const postingEvidence = evidenceAbout(
    posting.evidence,
    new RegExp(posting.fieldsOfStudy[0]?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ?? '', 'i'),
  );
  const base = {
    kind: 'field-of-study' as const,
    required: posting.fieldsOfStudy.join(', '),
    dealbreaker: false,
    evidence: { ...(postingEvidence ? { posting: postingEvidence } : {}) },
  };
  const fields = [
    ...resume.education.entries.map((e) => ({ field: e.field, entry: e })),
    ...resume.education.fieldsOfStudy.map((field) => ({ field, entry: undefined })),
  ].filter((f): f is { field: string; entry: (typeof resume.education.entries)[number] | undefined } => !!f.field);
  if (fields.length === 0) return { ...base, status: 'unknown' };
  const wanted = new Set(posting.fieldsOfStudy.flatMap(contentWords));
  const match = fields.find((f) => contentWords(f.field).some((w) => wanted.has(w)));
  const shown = match ?? fields[0];
  const resumeEvidence = resumeEducationEvidence(shown?.entry);
  return {
    ...base,
    found: shown?.field,
    status: match ? 'meets' : 'unmet',
    evidence: { ...base.evidence, ...(resumeEvidence ? { resume: resumeEvidence } : {}) },
  };
}

/** The graduation the résumé states: an expected one first, else the latest end date. */
function graduationOf(resume: ResumeProfile): { when: string; entry: ResumeProfile['education']['entries'][number] } | undefined {
  const dated = resume.education.entries.filter((e) => e.end);
  const expected = dated.filter((e) => e.expected);
  const pool = expected.length > 0 ? expected : dated;
  const latest = pool.reduce<(typeof pool)[number] | undefined>((a, b) => (!a || (b.end as string) > (a.end as string) ? b : a), undefined);
  return latest ? { when: latest.end as string, entry: latest } : undefined;
}

function enrolmentCheck(
  posting: NonNullable<PostingEligibility['education']>,
  resume: ResumeProfile,
  asOf: string,
): EligibilityCheck | undefined {
  if (posting.enrolment !== 'currently-enrolled') return undefined;
  const postingEvidence = evidenceAbout(posting.evidence, /enrol|pursuing|student/i);
  const base = {
    kind: 'enrolment' as const,
    required: 'currently enrolled in a degree programme',
    dealbreaker: true,
    evidence: { ...(postingEvidence ? { posting: postingEvidence } : {}) },
  };
  const studying = resume.education.entries.find((e) => e.expected || (e.end !== undefined && e.end >= asOf));
  if (studying)
    return {
      ...base,
      found: `enrolled${studying.end ? `, graduating ${studying.end}` : ''}`,
      status: 'meets',
      evidence: { ...base.evidence, resume: resumeEducationEvidence(studying) },
    };
  const graduation = graduationOf(resume);
  if (graduation)
    return {
      ...base,
      found: `graduated ${graduation.when}`,
      status: 'unmet',
      evidence: { ...base.evidence, resume: resumeEducationEvidence(graduation.entry) },
    };
  return { ...base, status: 'unknown' };
}

function windowOf(window: { text: string; from?: string; to?: string }): [number, number] | undefined {
  // A bare year reads as its first month at the start of a window, its last at the end.
  const month = (text: string | undefined, end: boolean): number | undefined => {
    const date = text === undefined ? undefined : parseDate(text, Number(asOfMonth(undefined).slice(0, 4)));
    return date ? monthIndex(date.ym) + (end && !date.monthKnown ? 11 : 0) : undefined;
  };
  const bareFrom = window.from !== undefined && /^\d{4}$/.test(window.from.trim());
  const fromIndex = month(window.from, false);
  const toIndex = month(window.to, true);
  if (fromIndex === undefined) return undefined;
  if (toIndex !== undefined) return [fromIndex, toIndex];
  if (/\b(?:by|before)\b/i.test(window.text)) return [0, fromIndex + (bareFrom ? 11 : 0)];
  if (/\bafter\b/i.test(window.text)) return [fromIndex, Number.MAX_SAFE_INTEGER];
  // "graduating in May 2027" or "in 2027": that month, or that year.
  return bareFrom ? [fromIndex, fromIndex + 11] : [fromIndex, fromIndex];
}

function graduationWindowCheck(posting: NonNullable<PostingEligibility['education']>, resume: ResumeProfile): EligibilityCheck | undefined {
  const window = posting.graduationWindow;
  if (!window) return undefined;
  const range = windowOf(window);
  if (!range) return undefined;
  const postingEvidence = evidenceAbout(posting.evidence, /graduat/i);
  const base = {
    kind: 'graduation-window' as const,
    required: window.text,
    dealbreaker: true,
    evidence: { ...(postingEvidence ? { posting: postingEvidence } : {}) },
  };
  const graduation = graduationOf(resume);
  if (!graduation) return { ...base, status: 'unknown' };
  const when = monthIndex(graduation.when);
  return {
    ...base,
    found: `graduation ${graduation.when}${graduation.entry.expected ? ' (expected)' : ''}`,
    status: when >= range[0] && when <= range[1] ? 'meets' : 'unmet',
    evidence: { ...base.evidence, resume: resumeEducationEvidence(graduation.entry) },
  };
}

/** The broader skills of a skill, to count a role that names a narrower one ("Medical-Surgical Nursing" is nursing). */
export type AncestorsOf = (skillId: string) => readonly string[];

/** The roles naming a skill or one narrower than it. */
function rolesWith(resume: ResumeProfile, skillId: string, ancestorsOf: AncestorsOf | undefined): Role[] {
  return resume.experience.roles.filter((r) => r.skills.some((id) => id === skillId || (ancestorsOf?.(id).includes(skillId) ?? false)));
}

/** Years the résumé shows with a skill: the years typed beside it, else the dated roles naming it or a narrower skill. */
export function skillYears(
  resume: ResumeProfile,
  skill: CandidateSkill | undefined,
  skillId: string,
  asOf: string,
  ancestorsOf?: AncestorsOf,
): number | undefined {
  if (skill?.years !== undefined) return skill.years;
  // "4 years in a medical-surgical unit" are years of acute care: the years typed beside a narrower skill.
  const narrowerTyped = resume.skills.flatMap((s) =>
    s.years !== undefined && (ancestorsOf?.(s.id).includes(skillId) ?? false) ? [s.years] : [],
  );
  const fromRoles = yearsOfRoles(resume, skillId, asOf, ancestorsOf);
  return narrowerTyped.length > 0 ? Math.max(...narrowerTyped, fromRoles ?? 0) : fromRoles;
}

function yearsOfRoles(resume: ResumeProfile, skillId: string, asOf: string, ancestorsOf: AncestorsOf | undefined): number | undefined {
  const roles = rolesWith(resume, skillId, ancestorsOf);
  const dated = resume.experience.roles.some((r) => r.start);
  if (roles.length === 0) return dated ? 0 : undefined;
  const known = (ym: string | undefined) => (ym ? { ym, monthKnown: true } : undefined);
  // A role with neither an end nor "Present" has no length to count.
  const intervals = roles
    .filter((r) => r.end !== undefined || r.current)
    .map((r) => r.interval ?? intervalOf(known(r.start), known(r.end), r.current, asOf))
    .filter((i): i is Interval => i !== undefined);
  return intervals.length > 0 ? mergedYears(intervals) : dated ? 0 : undefined;
}

const yearsText = (n: number): string => `${n} year${n === 1 ? '' : 's'}`;

function yearsChecks(
  posting: NonNullable<PostingEligibility['experience']>,
  resume: ResumeProfile,
  asOf: string,
  ancestorsOf: AncestorsOf | undefined,
): EligibilityCheck[] {
  const checks: EligibilityCheck[] = [];
  if (posting.minYears !== undefined) {
    const postingEvidence = posting.evidence[0];
    const years = resume.experience.totalYears;
    const latest = resume.experience.roles[0];
    checks.push({
      kind: 'years-of-experience',
      required: `${yearsText(posting.minYears)} of experience`,
      ...(years !== undefined ? { found: `${yearsText(years)} in dated roles` } : {}),
      status: years === undefined ? 'unknown' : years >= posting.minYears ? 'meets' : 'unmet',
      dealbreaker: false,
      evidence: {
        ...(postingEvidence ? { posting: postingEvidence } : {}),
        ...(latest && years !== undefined
          ? {
              resume: {
                text: latest.evidence.text,
                ...(latest.evidence.field ? { field: latest.evidence.field } : {}),
                ...(latest.evidence.start !== undefined ? { start: latest.evidence.start, end: latest.evidence.end } : {}),
              },
            }
          : {}),
      },
    });
  }
  const have = new Map(resume.skills.map((s) => [s.id, s]));
  for (const scoped of posting.perSkill ?? []) {
    const held = have.get(scoped.skill.id);
    const years = skillYears(resume, held, scoped.skill.id, asOf, ancestorsOf);
    const role = held?.evidence[0] ? undefined : rolesWith(resume, scoped.skill.id, ancestorsOf)[0];
    checks.push({
      kind: 'years-of-experience',
      skill: scoped.skill,
      required: `${yearsText(scoped.years)} with ${scoped.skill.name}`,
      ...(years !== undefined ? { found: `${yearsText(years)} with ${scoped.skill.name}` } : {}),
      status: years === undefined ? 'unknown' : years >= scoped.years ? 'meets' : 'unmet',
      dealbreaker: false,
      evidence: {
        posting: scoped.evidence,
        ...(held?.evidence[0]
          ? { resume: { text: held.evidence[0].text, ...(held.evidence[0].field ? { field: held.evidence[0].field } : {}) } }
          : role
            ? { resume: { text: role.evidence.text, ...(role.evidence.field ? { field: role.evidence.field } : {}) } }
            : {}),
      },
    });
  }
  return checks;
}

/** Compares what the posting asks beyond skills with what the résumé states; never guesses what it does not state. */
export function checkEligibility(
  posting: PostingEligibility,
  resume: ResumeProfile,
  asOf = asOfMonth(undefined),
  ancestorsOf?: AncestorsOf,
): { eligibility: Eligibility; factor: number } {
  const checks: EligibilityCheck[] = [];
  if (posting.education) {
    for (const check of [
      degreeCheck(posting.education, resume),
      fieldCheck(posting.education, resume),
      enrolmentCheck(posting.education, resume, asOf),
      graduationWindowCheck(posting.education, resume),
    ]) {
      if (check) checks.push(check);
    }
  }
  if (posting.experience) checks.push(...yearsChecks(posting.experience, resume, asOf, ancestorsOf));
  // Dealbreakers first, then the other unmet checks, then unknown, then met.
  const order = (c: EligibilityCheck): number => (c.status === 'unmet' ? (c.dealbreaker ? 0 : 1) : c.status === 'unknown' ? 2 : 3);
  checks.sort((a, b) => order(a) - order(b));
  const status: CheckStatus = checks.some((c) => c.status === 'unmet')
    ? 'unmet'
    : checks.some((c) => c.status === 'unknown')
      ? 'unknown'
      : 'meets';
  const factor = checks.some((c) => c.dealbreaker && c.status === 'unmet') ? DEALBREAKER_FACTOR : 1;
  return { eligibility: { status, checks }, factor };
}
