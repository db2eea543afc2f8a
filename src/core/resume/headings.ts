import type { ResumeSectionKind } from './model.js';

/**
 * Résumé section headings, recognised by their words rather than by a fixed list of phrases: a
 * heading is a short line made only of heading words ("PROFESSIONAL EXPERIENCE", "Education and
 * training", "ACADEMIC QUALIFICATION", "Key Skills", "Mother tongue(s)"), and its kind is decided by
 * the words that name a section. "Skills Development Officer" is not a heading: "officer" is no
 * heading word.
 */

/** Words that name a section, and the kind they name. */
const KIND_WORDS: Record<string, ResumeSectionKind> = {
  contact: 'contact',
  contacts: 'contact',
  personal: 'personal',
  particulars: 'personal',
  dossier: 'personal',
  'personal data': 'personal',
  summary: 'summary',
  objective: 'summary',
  objectives: 'summary',
  profile: 'summary',
  about: 'summary',
  overview: 'summary',
  synopsis: 'summary',
  introduction: 'summary',
  snapshot: 'summary',
  highlights: 'summary',
  statement: 'summary',
  experience: 'experience',
  experiences: 'experience',
  employment: 'experience',
  work: 'experience',
  internship: 'experience',
  internships: 'experience',
  positions: 'experience',
  jobs: 'experience',
  assignments: 'experience',
  education: 'education',
  academic: 'education',
  academics: 'education',
  qualification: 'education',
  qualifications: 'education',
  schooling: 'education',
  coursework: 'education',
  scholastic: 'education',
  educational: 'education',
  studies: 'education',
  skills: 'skills',
  skill: 'skills',
  competencies: 'skills',
  competences: 'skills',
  competency: 'skills',
  expertise: 'skills',
  proficiencies: 'skills',
  technologies: 'skills',
  tools: 'skills',
  strengths: 'skills',
  toolbox: 'skills',
  stack: 'skills',
  abilities: 'skills',
  capabilities: 'skills',
  knowledge: 'skills',
  software: 'skills',
  projects: 'projects',
  project: 'projects',
  portfolio: 'projects',
  certifications: 'certifications',
  certification: 'certifications',
  certificates: 'certifications',
  certificate: 'certifications',
  licenses: 'certifications',
  licences: 'certifications',
  license: 'certifications',
  licence: 'certifications',
  courses: 'certifications',
  trainings: 'certifications',
  training: 'certifications',
  accreditations: 'certifications',
  languages: 'languages',
  language: 'languages',
  tongue: 'languages',
  tongues: 'languages',
  awards: 'awards',
  award: 'awards',
  honors: 'awards',
  honours: 'awards',
  achievements: 'awards',
  accomplishments: 'awards',
  recognition: 'awards',
  recognitions: 'awards',
  scholarships: 'awards',
  publications: 'publications',
  papers: 'publications',
  patents: 'publications',
  presentations: 'publications',
  conferences: 'publications',
  talks: 'publications',
  volunteer: 'volunteer',
  volunteering: 'volunteer',
  'extra-curricular': 'volunteer',
  extracurricular: 'volunteer',
  activities: 'volunteer',
  community: 'volunteer',
  leadership: 'volunteer',
  memberships: 'volunteer',
  affiliations: 'volunteer',
  interests: 'interests',
  hobbies: 'interests',
  interest: 'interests',
  hobby: 'interests',
  pastimes: 'interests',
  references: 'references',
  referees: 'references',
  reference: 'references',
  declaration: 'other',
  additional: 'other',
  miscellaneous: 'other',
  misc: 'other',
};

/** Words that may stand beside the kind words in a heading. */
const MODIFIERS = new Set([
  'and',
  'of',
  'the',
  '&',
  'my',
  'a',
  'in',
  'for',
  'other',
  'key',
  'core',
  'technical',
  'professional',
  'relevant',
  'selected',
  'recent',
  'previous',
  'history',
  'details',
  'detail',
  'information',
  'info',
  'data',
  'record',
  'background',
  'areas',
  'area',
  'me',
  'it',
  'computer',
  'programming',
  'soft',
  'hard',
  'functional',
  'domain',
  'industry',
  'academic',
  'educational',
  'organizational',
  'organisational',
  'communication',
  'social',
  'digital',
  'job-related',
  'related',
  'management',
  'managerial',
  'interpersonal',
  'personal',
  'skills',
  'summary',
  'list',
  'key',
  'major',
  'significant',
  'notable',
  'scripting',
  'coding',
  'specialized',
  'specialised',
  'special',
  'additional',
  'further',
  'continuing',
  'work',
  'working',
  'academic',
  'projects',
  'trainings',
  'training',
  'courses',
  'seminars',
  'workshops',
  'awards',
  'honors',
  'honours',
  'publications',
  'certifications',
  'licenses',
  'licences',
  'languages',
  'spoken',
  'known',
  'experience',
  'employment',
  'career',
  'volunteer',
  'activities',
  'hobbies',
  'interests',
  'qualification',
  'qualifications',
  'position',
  'positions',
  'held',
  'responsibility',
  'responsibilities',
  'achievements',
  'co-curricular',
  'tools',
  'technologies',
  'skill',
  'set',
  'skillset',
  'expertise',
  'at',
  'glance',
  'a',
  'mother',
  'tongue(s)',
  'language(s)',
  'extra',
  'curricular',
  'leadership',
  'strengths',
  'software',
  'proficiency',
  'knowledge',
  'it',
  'internships',
  'internship',
  'objective',
  'profile',
  'contact',
  'education',
  'academics',
  'research',
  'community',
  'service',
  'services',
  'engagement',
  'involvement',
  'clinical',
  'teaching',
  'industrial',
  'summer',
  'tech',
  'coursework',
  'freelance',
  'consulting',
  'military',
  'international',
  'overseas',
  'national',
  'certificates',
  'certificate',
]);

const MAX_HEADING_WORDS = 6;
const MAX_HEADING_CHARS = 60;

export interface HeadingReading {
  kind: ResumeSectionKind;
  /** Length of the label when the heading is followed by content on the same line ("Skills: SQL, R"). */
  labelLength?: number;
}

const has0 = (words: string[], w: string): boolean => words.includes(w);

function wordsOf(label: string): string[] {
  return label
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/[/|,]+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}&]+|[^\p{L}&]+$/gu, ''))
    .filter(Boolean);
}

/** The section kind a label names, or undefined when it is not a heading. */
export function headingKind(label: string): ResumeSectionKind | undefined {
  const words = wordsOf(label);
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return undefined;
  const kinds: ResumeSectionKind[] = [];
  for (const w of words) {
    const kind = Object.hasOwn(KIND_WORDS, w) ? KIND_WORDS[w] : undefined;
    if (kind) kinds.push(kind);
    else if (!MODIFIERS.has(w)) return undefined;
  }
  if (kinds.length === 0) {
    // "Research", "Career History": words that are headings only on their own.
    if (has0(words, 'research')) return 'publications';
    if (has0(words, 'career') && (has0(words, 'history') || words.length === 1)) return 'experience';
    return undefined;
  }
  const has = (w: string): boolean => words.includes(w);
  // Phrases whose kind is not decided by priority alone.
  if (has('personal') && (has('skills') || has('competences') || has('competencies'))) return 'skills';
  if (has('personal') && (has('profile') || has('statement') || has('summary'))) return 'summary';
  if (has('personal')) return 'personal';
  const programming = has('programming') || has('computer') || has('scripting');
  if ((has('languages') || has('language')) && programming) return 'skills';
  if (
    (has('languages') || has('language') || has('tongues') || has('tongue')) &&
    !has('programming') &&
    !has('computer') &&
    !has('scripting')
  )
    return 'languages';
  if (has('summary') && (has('qualifications') || has('qualification'))) return 'summary';
  if ((has('education') || has('educational')) && !kinds.includes('projects')) return 'education';
  for (const kind of KIND_PRIORITY) if (kinds.includes(kind)) return kind;
  return kinds[0];
}

/** When a heading names several kinds ("Academic Projects", "Skills & Interests"), the first of these wins. */
const KIND_PRIORITY: ResumeSectionKind[] = [
  'contact',
  'volunteer',
  'projects',
  'skills',
  'certifications',
  'awards',
  'publications',
  'experience',
  'education',
  'interests',
  'references',
  'summary',
  'other',
];

const UNDERLINE = /^[\s=_~*#-]+$/;

/**
 * Reads one line as a heading. A standalone line is a heading when it is short and only heading
 * words; "Label: content" is a heading when its label is (the content then belongs to the section).
 */
export function readHeadingLine(line: string): HeadingReading | undefined {
  const trimmed = line.trim();
  if (!trimmed || UNDERLINE.test(trimmed) || trimmed.length > 200) return undefined;
  const stripped = trimmed.replace(/^(?:[\u2022*#=>\-\s]|\d{1,2}[.)]\s)+/, '');
  const colon = stripped.search(/[:\-\u2013]\s|:$/);
  if (colon > 0) {
    const label = stripped.slice(0, colon);
    const rest = stripped.slice(colon + 1).trim();
    if (label.length <= MAX_HEADING_CHARS) {
      const kind = headingKind(label);
      if (kind && !rest) return { kind };
      if (kind && stripped[colon] === ':') return { kind, labelLength: trimmed.length - stripped.length + colon + 1 };
    }
  }
  if (stripped.length > MAX_HEADING_CHARS || /[.!?]$/.test(stripped) || /\d/.test(stripped)) return undefined;
  const label = stripped.replace(/[:\s]+$/, '');
  // Bilingual headings: "Berufserfahrung / Work experience".
  const kind = headingKind(label) ?? (label.includes(' / ') ? label.split(' / ').map(headingKind).find(Boolean) : undefined);
  return kind ? { kind } : undefined;
}
