/**
 * Degree levels, fields of study, enrolment, graduation windows and years of experience. These are
 * requirements of a posting, but not skills: they go to their own block.
 */
export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'doctorate';

export interface Education {
  degreeLevels: DegreeLevel[];
  fieldsOfStudy: string[];
  enrolment?: 'currently-enrolled';
  graduationWindow?: { text: string; from?: string; to?: string };
  /** The posting also accepts a path without a degree ("a high school diploma and six years of experience"). */
  degreeOptional?: boolean;
  evidence: { start: number; end: number; text: string }[];
}

export interface Experience {
  minYears?: number;
  /** Years scoped to the skills of one sentence ("3+ years with SQL"), by skill id. */
  perSkill: { skillId: string; years: number; start: number; end: number; text: string }[];
  evidence: { start: number; end: number; text: string }[];
}

/**
 * Professional degrees by their letters: "BSN", "MSW", "DDS or DMD". Only letters no other word spells:
 * "MD" is also Maryland, "MS" Microsoft, "LLM" a language model, "MFA" multi-factor authentication, "MPH"
 * miles per hour, "MPa" a pressure, "MPP" parallel processing — those need the dotted or spelled-out form.
 */
const BACHELOR_LETTERS = 'bsn|bba|bfa|beng|b\\.?eng|llb|bcom|b\\.?com|bsw|bpharm';
const MASTER_LETTERS = 'msn|msw|m\\.?eng|ll\\.m\\.?|m\\.ed\\.?|macc|mfin|msc|mres|mphil';
const DOCTOR_LETTERS = 'dds|dmd|dvm|pharmd|dpt|dnp|psyd|edd|drph|d\\.?phil|m\\.d\\.|j\\.d\\.';

const DEGREE_PATTERNS: [DegreeLevel, RegExp][] = [
  ['associate', /\bassociate(?:'?s)? degree\b|\bassociate (?:of|in) (?:applied )?(?:arts|science)\b/],
  [
    'bachelor',
    new RegExp(
      String.raw`\b(?:bachelor(?:'s|s)?|baccalaureate|b\.?sc?\.?|b\.a(?!\.?[a-z])\.?|ba\/bs|bs\/ba|b\.e\b|b\.?tech|undergraduate|college degree|4-year degree|four-year degree|${BACHELOR_LETTERS})\b|\bbachelor`,
    ),
  ],
  [
    'master',
    new RegExp(
      // "BS/MS", "BA/MA": after a bachelor's letters and a slash, "MS" is the master's.
      String.raw`\b(?:(?<!scrum )master(?:'s|s)|master ?(?:degree|of|in)|m\.?sc\.?|m\.[as](?!\.?[a-z])\.?|mba|m\.e\b|m\.?tech|graduate degree|postgraduate|${MASTER_LETTERS})\b|(?<=\b(?:bs|ba|b\.s\.?|b\.a\.?)\s*\/\s*)m[sa]\b`,
    ),
  ],
  ['doctorate', new RegExp(String.raw`\b(?:ph\.?d\.?|doctorate|doctoral|doctor of [a-z]+|${DOCTOR_LETTERS})(?![a-z])`)],
];

/** A sentence that states a degree or study requirement. */
// "Master" alone is a verb or a title ("master the English language", "Scrum Master"); the degree is "master's", "masters", "master of/in".
export const EDUCATION_SENTENCE = new RegExp(
  String.raw`\b(?:degree|bachelor|(?<!scrum )master(?:'s|s)|master (?:degree|of|in)|ph\.?d|mba|b\.?sc?|b\.a(?!\.?[a-z])|m\.[as](?!\.?[a-z])|m\.?sc|b\.e|b\.?tech|m\.?tech|undergraduate|graduate student|postgraduate|doctorate|doctor of [a-z]+|diploma|majoring|major in|currently pursuing|currently enrolled|enrolled in|field of study|fields of study|graduate of|student of|${BACHELOR_LETTERS}|${MASTER_LETTERS}|${DOCTOR_LETTERS})(?![a-z])|bachelor|^[\s*\u2022-]*education in\b`,
);

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WHEN = `(?:${MONTH}\\s*)?\\d{4}`;
const GRADUATION = new RegExp(
  `\\bgraduat(?:e|ing|ion)(?: date)?\\s+(?:between|from|in|by|before|after)?\\s*(${WHEN})(?:\\s*(?:-|to|and|through)\\s*(${WHEN}))?`,
  'i',
);
/** A count of years in digits or words: "3", "three", "Five (5)". */
const COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s*\(\d{1,2}\))?`;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const YEAR_WORD = String.raw`(?:years?|yrs?)\b'?`;
const YEARS = new RegExp(
  String.raw`\b${COUNT}\s*\+?\s*(?:(?:-|to)\s*(?:\d{1,2}|[a-z]+)\s*)?(?:\+\s*)?${YEAR_WORD}(?:\s+of)?(?:[^.;]{0,60}?)\bexperience\b|\bexperience\b[^.;]{0,40}?\b(\d{1,2})\s*\+?\s*years?\b|\b(?:at least|minimum of|min\.?)\s+${COUNT}\s+${YEAR_WORD}|\b(\d{1,2})\s*\+?\s*${YEAR_WORD}\s+(?:of\s+)?(?:hands-on\s+|professional\s+|working\s+|industry\s+)?(?:with|in|using|of)\b`,
  'i',
);
/** Every reading of YEARS has "year" or "yr" in it: most items, without either, skip its long scan. */
const YEAR_WORD_IN = /year|yr/i;
/** The years a YEARS match says, in whichever of its alternatives matched. */
const yearsIn = (m: RegExpExecArray): number => {
  const said = m[1] ?? m[2] ?? m[3] ?? m[4];
  return said === undefined ? NaN : (NUMBER_WORDS[said.toLowerCase()] ?? Number(said));
};

// "BachelorMasterdegree in …": a scraper glues the degree word to the one before it.
const FIELD_LIST =
  /(?:(?<=[a-z])degree|\b(?:degree|diploma(?=\s+in\b)|graduate(?=\s+of\b)|education(?=\s+in\b)|student(?=\s+(?:of|in)\b)|studies|major(?:ing)?(?=\s+in\b)|background|field|b\.?[as]|m\.?[as]|b\.?sc|m\.?sc|b\.e|m\.e|b\.?tech|m\.?tech|ph\.?d))\b\.?[^.;]*?\b(?:in|of)\b\s+(?:an?\s+)?(?:relevant\s+|related\s+|quantitative\s+|technical\s+)?(?:field\s+)?(?:such as\s+|like\s+|e\.g\.,?\s+|\(e\.g\.,?\s+)?((?:\b[ei]\.[ge]\.|[^.;])+)/di;
/** "BA/BS degree Fluent in German and English": the "in" after a fluency word names languages spoken, not fields. */
const LANGUAGE_ASK_BEFORE_FIELDS = /\b(?:fluent|fluency|fluently|proficient|proficiency|native|speak\w*|spoken|written|verbal)\b/i;
const FIELD_STOP =
  /^(?:relevant|related|similar|equivalent|etc|a|an|the|other|field|fields|study|quantitative field|technical field|related field|relevant field|discipline|area)$/i;

/**
 * A degree or diploma in a field ("a degree in journalism", "diploma in nursing", "majoring in finance", "Graduate of
 * Radiography or similar discipline", "Education in economics or public policy", "Student of computer science"): an
 * education item, whatever its level.
 */
const DEGREE_IN_FIELD =
  /\b(?:degree|diploma|major|majoring|majored|graduate|qualification|education|student)\s+(?:\([^)]{0,40}\)\s+)?in\s+(?!(?:hand|progress|order|time|place|addition|line|charge)\b)[a-z]|\b(?:graduate|student) of\s+(?!(?:an?|the|our)\b)[a-z]/;

/** A credential named after the field ("Master of Social Work and NY State LMSW license"): the field list ended before its phrase. */
export const CREDENTIAL_WORD = /\b(?:licen[cs]es?|licensure|certifications?|certificates?|certified|registration|credentials?)\b/i;

const DEGREE_LETTERS_ONLY = new RegExp(
  String.raw`^(?:${BACHELOR_LETTERS}|${MASTER_LETTERS}|${DOCTOR_LETTERS}|bs|ba|ms|ma|mba|phd|md|jd|rn|bsc|msc)$`,
  'i',
);

/** "… related field (e.g. Mathematics, Physics or other STEM degrees)": the examples in brackets end the list. */
const EXAMPLES_IN_BRACKETS = /\((?:e\.g\.|i\.e\.|such as|including|like)[^()]*\)/i;

function fieldListEnd(named: string): number {
  const examples = EXAMPLES_IN_BRACKETS.exec(named);
  const end = Math.min(FIELD_LIST_END.exec(named)?.index ?? named.length, examples ? examples.index + examples[0].length : named.length);
  const credential = CREDENTIAL_WORD.exec(named);
  if (!credential || credential.index >= end) return end;
  const before = named.slice(0, credential.index);
  const joint = Math.max(before.lastIndexOf(' and '), before.lastIndexOf(','), before.lastIndexOf(' plus '), before.lastIndexOf(';'));
  return joint > 0 ? joint : credential.index;
}

/** Where a field list gives way to what else the sentence asks: "… in Finance and 3+ years of experience with …". */
const FIELD_LIST_END =
  /\b(?:from|at an?|accredited|including|supplemented|required|preferred|desired|desirable|a plus|graduat\w*|is|are|you|we|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+years?|\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs)|(?:relevant |professional |work |hands-on |proven )?experience|knowledge|proficien\w*|familiar\w*|understanding|skills?|with)\b/i;

/** "… or related field": the list names fields of study. */
const A_FIELD_OF_STUDY = /\b(?:related|relevant|similar|equivalent|quantitative|technical)\s+(?:fields?|disciplines?|areas?|subjects?)\b/i;
/**
 * "A background in computer science, statistics, or a related technical field": fields of study, with no degree named.
 * "Background in e-commerce, trust and safety, or related fields" names domains known, not studies. (Bounded: a page
 * of one line stays linear.)
 */
const STUDY_BACKGROUND =
  /\bbackground in\b[^.;]{0,200}?\b(?:or|and)\s+(?:in\s+)?(?:an?\s+|other\s+)?(?:(?:related|relevant|similar|equivalent)\s+)?(?:technical|quantitative|scientific|stem|academic)\s+(?:fields?|disciplines?)\b/;
const STUDY_BACKGROUND_BEFORE = /\b(?:academic|educational|education|scholastic|degree)\s+$/i;

/**
 * "Strong technical background in environmental science and marine biology, masters degree preferred": a background
 * named before any degree, and not called academic, is knowledge asked; "Degree or background in Finance" stays a field.
 */
function namesAKnowledgeBackground(item: string, listed: RegExpExecArray): boolean {
  if (!/^background\b/i.test(listed[0])) return false;
  const before = item.slice(0, listed.index);
  return !STUDY_BACKGROUND_BEFORE.test(before) && !EDUCATION_SENTENCE.test(before) && !A_FIELD_OF_STUDY.test(listed[1] ?? '');
}

/** What an item says about education: whether it is an education item, and where its fields of study are named. */
export interface EducationRead {
  found: boolean;
  /** Offsets (in the text) of the words that name the fields of study, when the item lists them. */
  fields?: { start: number; end: number };
  /** Where (in the text) the item first names a degree. */
  degreeAt?: number;
  /** The item names only a school-leaving credential ("a high school diploma or GED"), which has no field of study. */
  schoolLeavingOnly?: boolean;
}

/** "A degree in any other engineering area … is not acceptable": the fields it names are turned away. */
const DECLINED = /\b(?:(?:is|are) not (?:acceptable|accepted|considered|qualifying)|will not be (?:accepted|considered))\b/;

/** Words before a degree that make it the people the job works with, not the candidate's. */
const HOLDERS_BEFORE =
  /\b(?:(?:given|directed|supervised|led|reviewed|signed) by|under (?:the )?(?:direction|supervision|guidance) of|assist(?:s|ing)?|support(?:s|ing)?|alongside|report(?:s|ing)? to|work(?:s|ing)? (?:closely )?with)(?: the| a| an| our| other| licensed| staff| attending)*\s*$/;

/** A school-leaving credential: a posting naming one accepts candidates without a degree. */
const SECONDARY_CREDENTIAL =
  /\b(?:high[- ]school (?:diploma|education|graduate|degree)|secondary school (?:diploma|certificate|education)|ged\b|general educational? development|(?:its|an) educational equivalent)/;
/** "A master's degree … may be substituted for one year of the experience": a degree that replaces experience, not a minimum. */
const SUBSTITUTES_FOR =
  /\b(?:(?:may|can|could)(?: only)? be (?:used (?:to|as a) )?substitut\w*|substitut\w* for|in lieu of|counts? (?:as|toward)|(?:may|can) replace)\b/;

const GLUED_WORDS_ALL = /(\p{Ll}{2})(\p{Lu}\p{Ll})/gu;
const GLUED_WORDS = new RegExp(GLUED_WORDS_ALL.source, 'u');
export function readEducation(lowerText: string, item: string, offset: number, into: Education): EducationRead {
  // Degree names glued together by a scraper ("BachelorMasterdegree") are read apart.
  // Only between words of two or more letters: "PhD", "MSc" and "PhDs" stay whole.
  const lowerItem = GLUED_WORDS.test(item) ? item.replace(GLUED_WORDS_ALL, '$1 $2').toLowerCase() : lowerText;
  const studyBackground = STUDY_BACKGROUND.test(lowerItem);
  if (!EDUCATION_SENTENCE.test(lowerItem) && !GRADUATION.test(lowerItem) && !studyBackground) return { found: false };
  let found = false;
  const substitutes = SUBSTITUTES_FOR.test(lowerItem);
  let degreeAt: number | undefined;
  for (const [level, pattern] of DEGREE_PATTERNS) {
    const named = pattern.exec(lowerItem);
    // "directions given by Doctor of Veterinary Medicine (DVM)", "work alongside PhDs": the degree names the people around the job.
    if (named && HOLDERS_BEFORE.test(lowerItem.slice(Math.max(0, named.index - 40), named.index))) continue;
    if (named) {
      degreeAt = Math.min(degreeAt ?? Infinity, offset + named.index);
      found = true;
      if (!substitutes && !into.degreeLevels.includes(level)) into.degreeLevels.push(level);
    }
  }
  const schoolLeaving = SECONDARY_CREDENTIAL.test(lowerItem);
  const degreeNamed = found;
  if (schoolLeaving) {
    into.degreeOptional = true;
    found = true;
  }
  const enrolled = /\b(?:currently (?:pursuing|enrolled)|pursuing an? |enrolled (?:in|at)|current(?:ly)? (?:a )?student)/i.test(lowerItem);
  if (enrolled) {
    into.enrolment = 'currently-enrolled';
    found = true;
  }
  // "Degree in English, journalism or media": a field of study asked for without naming the degree's level.
  const fieldAsked = DEGREE_IN_FIELD.test(lowerItem) || studyBackground;
  if (fieldAsked) found = true;
  const grad = GRADUATION.exec(item);
  if (grad) {
    into.graduationWindow = { text: grad[0], ...(grad[1] ? { from: grad[1] } : {}), ...(grad[2] ? { to: grad[2] } : {}) };
    found = true;
  }
  const listed = DECLINED.test(lowerItem) ? null : FIELD_LIST.exec(item);
  const fields = listed && namesAKnowledgeBackground(item, listed) ? null : listed;
  let fieldSpan: EducationRead['fields'];
  if (fields && found && !LANGUAGE_ASK_BEFORE_FIELDS.test(fields[0].slice(0, (fields.indices?.[1]?.[0] ?? fields.index) - fields.index))) {
    const named = fields[1] as string;
    const end = fieldListEnd(named);
    const start = fields.indices?.[1]?.[0] ?? fields.index;
    fieldSpan = { start: offset + start, end: offset + start + end };
    addFields(named.slice(0, end), into);
  }
  if (found) into.evidence.push({ start: offset, end: offset + item.length, text: item });
  const schoolLeavingOnly = schoolLeaving && !degreeNamed && !fieldAsked && !fieldSpan && !enrolled;
  return {
    found,
    ...(fieldSpan ? { fields: fieldSpan } : {}),
    ...(degreeAt !== undefined ? { degreeAt } : {}),
    ...(schoolLeavingOnly ? { schoolLeavingOnly } : {}),
  };
}

/** The fields of study a list names ("Computer Science, Statistics, or related field"), added once each. */
function addFields(named: string, into: Education): void {
  const list = named.replace(/[()]/g, ',').split(/\s*(?:,|\/|\bor\b|\band\b|&)\s*/i);
  for (const raw of list) {
    const field = raw
      .replace(/^(?:in|a|an|the|with|e\.g\.|i\.e\.|such as|including|like)\s+/i, '')
      .replace(/(?:\s+(?:etc|degree|field|fields|related))+$/i, '')
      .replace(/[.;:]+$/, '')
      .trim();
    if (!field || field.split(/\s+/).length > 5 || FIELD_STOP.test(field)) continue;
    // "a related technical field", "equivalent practical experience": a way around the field, not a field.
    if (/^(?:related|relevant|similar|equivalent|other|comparable)\b|\bexperience\b/i.test(field)) continue;
    // "with|who|…": a clause, not a field; "one of these disciplines:" points at the list under it.
    if (/\b(?:with|who|that|which|strong|focus|these|following|below)\b/i.test(field)) continue;
    // "Nursing (BSN)": the degree's letters in brackets, not another field.
    if (DEGREE_LETTERS_ONLY.test(field)) continue;
    if (!into.fieldsOfStudy.some((f) => f.toLowerCase() === field.toLowerCase())) into.fieldsOfStudy.push(field);
  }
}

/**
 * "Applicants must have at least a Bachelor's degree in one of these disciplines:" over a list: the lead-in names a
 * degree and says its list is of fields.
 */
const FIELDS_LEAD_IN =
  /\b(?:in|of) (?:one of |any of |a )?(?:these|the following|the below|following) (?:disciplines|fields|areas|subjects|majors|programs|programmes)(?: of study)?\b[^:]{0,30}:\s*$/;
export const leadsInFieldsOfStudy = (lowerLine: string): boolean => EDUCATION_SENTENCE.test(lowerLine) && FIELDS_LEAD_IN.test(lowerLine);

/** An item under such a lead-in: its fields, and the item as evidence. */
export function readFieldListItem(item: string, offset: number, into: Education): void {
  addFields(item, into);
  into.evidence.push({ start: offset, end: offset + item.length, text: item });
}

/** Years a sentence asks for, and where it says them. */
export interface YearsSaid {
  years: number;
  start: number;
  end: number;
  text: string;
  /** "3+ years with SQL" (no word "experience"): years with the sentence's skills, overall only when it names none. */
  scoped: boolean;
}

/** Reads "3+ years of experience" into `into`; returns the years and where they were said, for scoping them to the sentence's skills. */
export function readExperience(item: string, offset: number, into: Experience): YearsSaid | undefined {
  if (!YEAR_WORD_IN.test(item)) return undefined;
  const m = YEARS.exec(item);
  if (!m) return undefined;
  const years = yearsIn(m);
  if (!Number.isFinite(years) || years <= 0 || years > 40) return undefined;
  // "one year of the required experience must have been supervisory": a share of years asked elsewhere.
  if (SHARE_OF_YEARS.test(m[0]) || SHARE_AFTER.test(item.slice(m.index + m[0].length, m.index + m[0].length + 20))) return undefined;
  const said = { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], years, scoped: m[4] !== undefined };
  if (!said.scoped) addOverallYears(into, said);
  return said;
}

/** A share of the years asked elsewhere: "of the required experience", "of which", "of this experience". */
const SHARE_OF_YEARS = /\bof (?:the|this|that|such) (?:required |above |qualifying )?experience\b/i;
const SHARE_AFTER = /^\s*(?:of which|of these|of this)\b/i;

/**
 * A posting that offers paths to the job ("a bachelor's degree and two years of experience; or a high school
 * diploma and six years") asks the least of them of a graduate: the years of its shortest path, not its longest.
 */
export function yearsOfShortestPath(experience: Experience): void {
  const said = experience.evidence.map((e) => {
    const m = YEARS.exec(e.text);
    return m ? yearsIn(m) : NaN;
  });
  const least = Math.min(...said.filter((y) => Number.isFinite(y)));
  if (Number.isFinite(least)) experience.minYears = least;
}

export function addOverallYears(into: Experience, said: Omit<YearsSaid, 'scoped'>): void {
  into.minYears = into.minYears === undefined ? said.years : Math.max(into.minYears, said.years);
  into.evidence.push({ start: said.start, end: said.end, text: said.text });
}
