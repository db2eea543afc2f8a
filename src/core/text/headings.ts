/**
 * The heading vocabulary of job postings and résumés: which words open which kind of section.
 */
export type SectionKind =
  | 'intro'
  | 'responsibilities'
  | 'required'
  | 'preferred'
  | 'education'
  | 'skills'
  | 'experience'
  | 'projects'
  | 'languages'
  | 'certifications'
  | 'summary'
  | 'qualifications'
  | 'boilerplate';

/**
 * Headings of a job board's one-value fields ("Salary: €60k", "Location:\nBerlin"), all boilerplate:
 * their section is the value's line only, and what follows continues the section before them.
 */
const FIELD_PHRASES = [
  'salary',
  'pay',
  'compensation',
  'pay range',
  'salary range',
  'location',
  'locations',
  'work location',
  'location options',
  'job type',
  'employment type',
  'contract type',
  'company size',
  'company type',
  'start date',
  'application deadline',
  'deadline',
  'contact',
  'experience level',
  'place of employment',
  'role',
  // Where the job sits, not what it asks: "Department: Finance", "Job category: Sales".
  'department',
  'division',
  'business unit',
  'job function',
  'job category',
  'category',
  'job family',
];
const FIELD_HEADINGS = new Set(FIELD_PHRASES);

const HEADINGS: Record<Exclude<SectionKind, 'intro'>, string[]> = {
  qualifications: [
    'qualifications',
    'job qualifications',
    'evaluations',
    'how you will be evaluated',
    'qualifications and skills',
    'skills and qualifications',
    'skills & qualifications',
    'qualifications and experience',
    'experience and qualifications',
    'your qualifications',
    'candidate requirements',
    'qualification guidelines',
    'general qualification guidelines',
    'general qualifications',
  ],
  required: [
    // What makes an applicant eligible at all (enrolment, degree, work authorisation), as public employers head it.
    'eligibility',
    'eligibility criteria',
    'prerequisites',
    'minimum qualifications',
    'basic qualifications',
    'required qualifications',
    'requirements',
    'job requirements',
    'minimum requirements',
    'key requirements',
    'the requirements',
    'essential requirements',
    'requirements for applicants',
    'requirements for applicant',
    'requirements for candidates',
    'requirements for the role',
    'requirements for this role',
    'essential qualifications',
    'essential skills',
    'required skills',
    'required experience',
    'requirements and qualifications',
    "what you'll need",
    'what you will need',
    'what you need',
    "what we're looking for",
    'what we are looking for',
    'who you are',
    'you might be a fit if',
    'you may be a good fit if',
    'you could be a great fit if',
    'what we need from you',
    'what we need',
    'essential',
    'about you',
    'the person',
    'about the person',
    'the candidate',
    'about the candidate',
    'you have',
    'you are',
    'you bring',
    'what you bring',
    "what you'll bring",
    'must have',
    'must haves',
    'must-have',
    'your profile',
    'profile',
    'your skills',
    'what we need',
    'we are looking for',
    "we're looking for",
    'your background',
    'technical qualifications',
    'technical requirements',
    'minimum requirement',
    'mandatory skills',
    'who we are looking for',
    'knowledge and skills',
    'skills and experience',
    'experience required',
    'our requirements',
    'you need',
    'you should have',
    'what we expect',
    'what we expect from you',
    'what do we expect from you',
    "what we're looking for from you",
    'who are you',
    'who are we looking for',
    'mandatory qualifications',
    'role qualifications',
    'your key skills',
    'skills and requirements',
    'requirements and skills',
    'technical skills and requirements',
    'do you have what it takes',
    "who we're looking for",
    'required',
    "you'll thrive if",
    'you will thrive if',
    "you'll thrive if you have",
    "you'll be successful if",
    'you will be successful if',
    'job specifications',
    'job specification',
    'credentials',
    'required credentials',
    'necessary skills',
    'successful candidate',
    'the successful candidate',
    'the successful applicant',
  ],
  preferred: [
    'would be great',
    'would be great to have',
    'not required but nice',
    'not required but nice to have',
    'not required but a plus',
    'preferred qualifications',
    'preferred skills',
    'preferred experience',
    'nice to have',
    'nice to haves',
    'nice-to-have',
    'nice-to-haves',
    'great to have',
    'great to haves',
    'great-to-have',
    'great-to-haves',
    'good to haves',
    'good-to-have',
    'good-to-haves',
    'bonus',
    'bonus points',
    'what will make you stand out',
    'what makes you stand out',
    'you will stand out if',
    'stand out if you have',
    'bonus points if',
    'pluses',
    'plus',
    'extra credit',
    'desired qualifications',
    'desired skills',
    'desirable',
    'desirable skills',
    'desirable qualifications',
    'additional qualifications',
    'preferred requirements',
    'good to have',
    'it would be great if',
    "it's a plus if",
    'ideally you have',
    // The profile hoped for, as "ideally" is (README "Levels"); a "must" inside it still asks.
    'ideal candidate',
    'the ideal candidate',
    'our ideal candidate',
    'ideal profile',
    'preferred',
    'even better if',
    'what would make you stand out',
    'standout qualifications',
    'additional skills',
    'advantageous skills',
    'advantageous',
    'advantageous skills to have',
    'desired',
    "what we'd love to see",
    'what we would love to see',
    "we'd love to see",
    "it'd be great if you have",
    'it would be great if you have',
    'what sets you apart',
    'what will set you apart',
    'what would set you apart',
    'helpful skills',
    'would be nice',
    'would be nice to have',
    'you might also have',
    'you may also have',
    "it's a plus",
    'it is a plus',
    'a plus',
    'assets',
    'optional',
    'preferred but not required',
    'not required but preferred',
  ],
  responsibilities: [
    'responsibilities',
    'key responsibilities',
    'job responsibilities',
    'key job responsibilities',
    'main responsibilities',
    'your responsibilities',
    'duties',
    'key duties',
    'duties and responsibilities',
    'roles and responsibilities',
    'role and responsibilities',
    "what you'll do",
    'what you will do',
    "what you'll be doing",
    'what you will be doing',
    'the role',
    'about the role',
    'role description',
    'job description',
    'description',
    'your role',
    'the job',
    'about the job',
    'position summary',
    'job summary',
    'role overview',
    'overview',
    'position overview',
    'day to day',
    'a day in the life',
    'your impact',
    'what you will achieve',
    'team introduction',
    'about the team',
    'the team',
    'the opportunity',
    'the position',
    'about the position',
    'in this role',
    'in this role you will',
    'your mission',
    'the challenge',
    'job details',
    'what the job involves',
    'tasks',
    'your tasks',
    'main tasks',
    'you will',
    'your tasks will be',
    'day to day you will',
    'your main activities will be to',
    'what are my responsibilities',
    'what would your role look like',
    'your job',
    'you will focus on',
    'you will work on',
    'key responsibilities and skills',
  ],
  education: ['education', 'education requirements', 'educational requirements', 'academic background', 'degree'],
  skills: [
    'skills',
    'skill set',
    'skill sets',
    'technical skills',
    'core skills',
    'key skills',
    'core competencies',
    'competencies',
    'tools',
    'technologies',
    'tech stack',
    'our stack',
    'stack',
    'skills summary',
    'tools and technologies',
  ],
  experience: ['experience', 'work experience', 'professional experience', 'employment history', 'work history', 'employment'],
  projects: ['projects', 'selected projects', 'personal projects', 'academic projects'],
  languages: ['languages', 'language skills'],
  certifications: ['certifications', 'certificates', 'licenses and certifications', 'certifications and licenses'],
  summary: ['summary', 'professional summary', 'profile summary', 'objective', 'career objective', 'about me'],
  boilerplate: [
    'physical demands',
    'physical requirements',
    'mental physical environmental demands',
    'physical and mental demands',
    'working conditions',
    'work environment',
    'about us',
    'about the company',
    'who we are',
    'our company',
    'company description',
    'company overview',
    'why join us',
    'why join',
    'why us',
    'why work with us',
    'why you will love it here',
    'benefits',
    'our benefits',
    'perks',
    'perks and benefits',
    'benefits and perks',
    'what we offer',
    'we offer',
    'compensation and benefits',
    'pay transparency',
    'diversity and inclusion',
    'diversity & inclusion',
    'diversity, equity and inclusion',
    'diversity equity and inclusion',
    'equal opportunity',
    'equal opportunity employer',
    'equal employment opportunity',
    'eeo statement',
    'eeo',
    'job information',
    'additional information',
    'privacy',
    'privacy notice',
    'privacy policy',
    'data privacy notice',
    'how to apply',
    'application process',
    'accommodations',
    'reasonable accommodations',
    'accessibility',
    'our values',
    'our mission',
    'our culture',
    'culture',
    'life at',
    'disclaimer',
    'legal',
    'notice',
    'recruitment process',
    'hiring process',
    'interview process',
    'next steps',
    'apply',
    'references',
    'interests',
    'hobbies',
    'job benefits',
    'our offer',
    'what we offer you',
    "what's in it for you",
    'our promise',
    'why you should join',
    'equal opportunities',
    ...FIELD_PHRASES,
  ],
};

export interface HeadingEntry {
  kind: Exclude<SectionKind, 'intro'>;
  words: string[];
  /** A one-value field: the section ends with the value's line. */
  field: boolean;
}

/** Lower-cased heading phrases as word lists ("&" as "and", apostrophes kept). */
export function headingWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

const QUESTION_WORDS = new Set(['what', 'who', 'how', 'why', 'where']);
const AUXILIARIES = new Set(['are', 'will', 'do', 'can', 'should', 'would', 'have']);
const FIRST_PERSON: Readonly<Record<string, string>> = { you: 'i', "you'll": "i'll", your: 'my', yourself: 'myself' };

/**
 * A heading asked as a question or from the applicant's side says the same: "What we are looking for"
 * is also "What are we looking for?", and "What you will be doing" also "What will I be doing?".
 */
function questionForms(words: readonly string[]): string[][] {
  const forms: string[][] = [[...words]];
  const [wh, subject, auxiliary, ...rest] = words;
  if (wh && subject && auxiliary && QUESTION_WORDS.has(wh) && (subject === 'we' || subject === 'you') && AUXILIARIES.has(auxiliary))
    forms.push([wh, auxiliary, subject, ...rest]);
  for (const form of [...forms]) if (form.some((w) => FIRST_PERSON[w])) forms.push(form.map((w) => FIRST_PERSON[w] ?? w));
  return forms;
}

export const HEADING_ENTRIES: HeadingEntry[] = Object.entries(HEADINGS).flatMap(([kind, phrases]) =>
  phrases.flatMap((p) =>
    questionForms(headingWords(p)).map((words) => ({ kind: kind as HeadingEntry['kind'], words, field: FIELD_HEADINGS.has(p) })),
  ),
);

/** Sections whose words never make requirements. */
export const NON_REQUIREMENT_SECTIONS: ReadonlySet<SectionKind> = new Set(['boilerplate']);

/** The last word of a heading names what it holds; the vocabulary above misses many employers' own phrasings. */
const HEAD_NOUNS: Record<string, Exclude<SectionKind, 'intro'>> = {
  qualifications: 'qualifications',
  qualification: 'qualifications',
  requirements: 'required',
  requirement: 'required',
  skills: 'skills',
  skillset: 'skills',
  skillsets: 'skills',
  abilities: 'skills',
  competencies: 'skills',
  knowledge: 'skills',
  proficiencies: 'skills',
  responsibilities: 'responsibilities',
  duties: 'responsibilities',
  functions: 'responsibilities',
  tasks: 'responsibilities',
  accountabilities: 'responsibilities',
  activities: 'responsibilities',
  contributions: 'responsibilities',
  experience: 'experience',
  education: 'education',
  certifications: 'certifications',
  certification: 'certifications',
  licenses: 'certifications',
  license: 'certifications',
  licences: 'certifications',
  licence: 'certifications',
  licensure: 'certifications',
  certificates: 'certifications',
  registrations: 'certifications',
  // Knowledge, skills and abilities, as US public employers abbreviate them.
  ksas: 'skills',
  prerequisites: 'required',
  assets: 'preferred',
  criteria: 'qualifications',
  profile: 'qualifications',
  // "The Ideal Person:", "The Right Candidate": the person the job asks for.
  person: 'qualifications',
  candidate: 'qualifications',
  specification: 'qualifications',
  behaviors: 'skills',
  behaviours: 'skills',
  attributes: 'skills',
  objectives: 'responsibilities',
  benefits: 'boilerplate',
  perks: 'boilerplate',
  demands: 'boilerplate',
  compensation: 'boilerplate',
  salary: 'boilerplate',
  grade: 'boilerplate',
  grades: 'boilerplate',
  // "Our Hiring Process", "Values-Driven Hiring": how the employer hires, not what it asks.
  hiring: 'boilerplate',
  conditions: 'boilerplate',
  environment: 'boilerplate',
  effort: 'boilerplate',
};
/** Words before the head noun that set the level: "Preferred Experience", "Minimum Education". */
const PREFERRED_MODIFIERS = new Set(['preferred', 'desired', 'desirable', 'nice', 'bonus', 'optional', 'plus', 'advantageous', 'ideal']);
const REQUIRED_MODIFIERS = new Set(['required', 'minimum', 'basic', 'essential', 'mandatory', 'must', 'needed']);
/**
 * Words that may stand before the head noun. A label such as "Communication Skills:" names a skill,
 * not a section, so only words that describe a section itself are allowed.
 */
const SECTION_MODIFIERS = new Set([
  'right',
  'successful',
  'perfect',
  'other',
  'typical',
  'daily',
  'working',
  'needed',
  'additional',
  'key',
  'core',
  'general',
  'specific',
  'special',
  'technical',
  'professional',
  'personal',
  'job',
  'position',
  'role',
  'work',
  'physical',
  'supervisory',
  'primary',
  'main',
  'principal',
  'major',
  'your',
  'our',
  'the',
  'and',
  'of',
  'for',
  'or',
  'training',
  'language',
  'candidate',
  'applicant',
  'person',
  'selection',
  'relevant',
  'related',
  'specialized',
  'specialised',
  // "Minimum Qual Requirements" (NYC Jobs), "Strongly Preferred Qualifications".
  'qual',
  'quals',
  'strongly',
  'highly',
  // "Employee Benefits:", "Staff Benefits": whose section it is.
  'employee',
  'employees',
  'staff',
  ...PREFERRED_MODIFIERS,
  ...REQUIRED_MODIFIERS,
  ...Object.keys(HEAD_NOUNS),
]);

/** A heading's kind with the level its closing aside gives ("(Nice to Have)", "(Required)"); other asides change nothing. */
export function levelledByAside(kind: Exclude<SectionKind, 'intro'>, aside: string): Exclude<SectionKind, 'intro'> {
  if (kind === 'preferred' || kind === 'required') return kind;
  return levelled(kind, aside.split(/[^\p{L}']+/u).filter(Boolean));
}

/** Kinds a level modifier can turn into required or preferred. */
const LEVELLED_KINDS: ReadonlySet<SectionKind> = new Set(['qualifications', 'required', 'skills', 'experience', 'certifications']);

/**
 * The kind of a heading the source marked ("### Data Engineer (Junior) Requirements"), from its head noun
 * alone: the mark says it is a heading, so the words before the head may name the role or the team.
 */
export function kindFromMarkedHeading(words: readonly string[]): Exclude<SectionKind, 'intro'> | undefined {
  const head = HEAD_NOUNS[words[words.length - 1] ?? ''];
  return head && levelled(head, words.slice(0, -1));
}

/** A head noun's kind, turned into required or preferred by a level among its modifiers when its kind takes one. */
function levelled(head: Exclude<SectionKind, 'intro'>, modifiers: readonly string[]): Exclude<SectionKind, 'intro'> {
  if (!LEVELLED_KINDS.has(head)) return head;
  if (modifiers.some((w) => PREFERRED_MODIFIERS.has(w))) return 'preferred';
  if (modifiers.some((w) => REQUIRED_MODIFIERS.has(w))) return 'required';
  return head;
}

const MAX_BOILERPLATE_LABEL_WORDS = 4;
/** Head nouns that name boilerplate whatever words describe them; "conditions" or "grade" need a known modifier. */
const DESCRIBED_BOILERPLATE = new Set(['benefits', 'perks', 'hiring', 'compensation', 'salary', 'demands']);

/** Words after a head noun that open what describes it: "Skills that will make you successful", "Requirements for this role". */
const HEAD_FIRST_FOLLOWERS = new Set(['that', 'which', 'you', "you'll", 'we', "we're", "we'd", 'i', 'needed', 'required', 'for', 'to']);

/**
 * The kind of a label that opens with its head noun and goes on to describe it ("Skills that will make
 * you successful in this role", "Qualifications we look for", "Experience you'll need"); a level among
 * its words ("Skills that would be nice to have") sets the level.
 */
export function kindFromHeadFirstLabel(words: readonly string[]): Exclude<SectionKind, 'intro'> | undefined {
  const head = HEAD_NOUNS[words[0] ?? ''];
  if (!head || head === 'boilerplate' || !HEAD_FIRST_FOLLOWERS.has(words[1] ?? '')) return undefined;
  return levelled(head, words.slice(1));
}

/** "Knowledge/Skills/Abilities", "Education/Certification/Experience": a label made only of section nouns, a form's field. */
export function isSectionNounList(words: readonly string[]): boolean {
  return words.length >= 2 && words.every((w) => HEAD_NOUNS[w] !== undefined && HEAD_NOUNS[w] !== 'boilerplate');
}

/** The kind of a heading outside the vocabulary, from its lower-cased words; undefined when its last word names no section. */
export function kindFromLabelWords(words: readonly string[]): Exclude<SectionKind, 'intro'> | undefined {
  // A level may follow the head noun: "Knowledge, Skills and Abilities Required", "Experience Preferred".
  const last = words[words.length - 1] ?? '';
  const trailingLevel = words.length >= 2 && (PREFERRED_MODIFIERS.has(last) || REQUIRED_MODIFIERS.has(last));
  const headAt = trailingLevel ? words.length - 2 : words.length - 1;
  const head = HEAD_NOUNS[words[headAt] ?? ''];
  const modifiers = words.filter((_, k) => k !== headAt);
  if (!head) return undefined;
  // "Values-Driven Hiring", "Our Amazing Perks": a boilerplate head noun names its section whatever describes it.
  const describedBoilerplate = DESCRIBED_BOILERPLATE.has(words[headAt] as string) && words.length <= MAX_BOILERPLATE_LABEL_WORDS;
  if (!describedBoilerplate && !modifiers.every((w) => SECTION_MODIFIERS.has(w))) return undefined;
  return levelled(head, modifiers);
}

/** Words that say who fits before the "if": "for you if", "a great fit if", "you'll thrive here if". */
const FIT_WORDS = new Set(['fit', 'for', 'thrive', 'succeed', 'excel', 'love', 'apply', 'right', 'perfect', 'match', 'interested', 'want']);
/** What follows the "if": the candidate's having or being. */
const FIT_CONDITION = /^(?:you )?(?:have|are|bring|can|know|possess|hold)\b|^you(?:'re| are)?$/;
const MAX_FIT_LABEL_WORDS = 12;

/**
 * A heading that says who fits ("This job is for you if you have", "You'll be a great fit if you",
 * "Bonus points if you have"): required, or preferred when a level word says so.
 */
export function kindFromFitLabel(words: readonly string[]): 'required' | 'preferred' | undefined {
  const at = words.indexOf('if');
  if (at < 1 || words.length > MAX_FIT_LABEL_WORDS || !FIT_CONDITION.test(words.slice(at + 1).join(' '))) return undefined;
  const before = words.slice(0, at);
  if (before.some((w) => PREFERRED_MODIFIERS.has(w))) return 'preferred';
  return before.some((w) => FIT_WORDS.has(w)) ? 'required' : undefined;
}
