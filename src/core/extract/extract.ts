import { isCatalogueName, type Skill, type Taxonomy } from '../taxonomy/compile.js';
import type { SkillCategory } from '../taxonomy/types.js';
import type { SectionKind } from '../text/headings.js';
import { normalizeText, toSourceSpan, type Span } from '../text/normalize.js';
import { ANONYMISED_NAME } from '../text/anonymised-names.js';
import { detectSections, LABEL_CONNECTORS, onAJoinedPage } from '../text/sections.js';
import { splitItems } from '../text/sentences.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { INTENSITY_FACTOR, reportKindOf, requirementWeight } from '../score/policy.js';
import {
  asksYearsOfExperience,
  atLeast,
  CANDIDATE_DESCRIBED,
  CANDIDATE_WILL_HAVE,
  cuesOutside,
  describesIdealProfile,
  hedgeScopes,
  isAsteriskMarked,
  marksWishesWithAnAsterisk,
  mixedClauseCues,
  type HedgeScope,
  labelledLevelOf,
  LEAD_IN_END,
  leadInOf,
  profileIsTheOnlyLeadIn,
  LEVEL_RANK,
  type LeadIn,
  readCues,
  wishLabelInside,
  wordsIn,
  type Intensity,
  type ItemCues,
  type Level,
} from './cues.js';
import {
  addOverallYears,
  CREDENTIAL_WORD,
  EDUCATION_SENTENCE,
  leadsInFieldsOfStudy,
  readEducation,
  readFieldListItem,
  type EducationRead,
  readExperience,
  yearsOfShortestPath,
  type Education,
  type Experience,
  type YearsSaid,
} from './education.js';
import { shareAFamily, type SkillHit } from './match.js';
import { levelledTableCells, tableLevelAt } from './tables.js';
import {
  askedUnlistedPhrases,
  mayAskForAName,
  mayEndInAnAsk,
  itemAsUnlistedName,
  leadsInNames,
  type TokenRange,
  unlistedBeforeAskingTails,
  opensWithImperativeDuty,
  opensWithDutyVerb,
  unlistedIdOf,
  unlistedListMates,
  type ListMate,
} from './list-mates.js';
import { unlistedDuty } from './duty-phrases.js';
import { namedCredentials } from './named-credentials.js';
import { namedLaws } from './named-laws.js';
import { hiredRole, rolesWithExperience } from './hired-role.js';
import { practiceOfRole } from './roles.js';
import { namesAPlace, namesWhereWorkWasDone } from './places.js';
import { foundByItem, type AnalysedText, type BackReference, type Found, type Item } from './analysed-text.js';
import { buildGroups, withoutTraits } from './alternatives.js';
import { PRODUCT_KIND_WORDS, related, STACK_CATEGORIES } from './categories.js';
import {
  aNameBuilds,
  ASK_IN_PASSING,
  ASK_IN_PASSING_PHRASES,
  CANDIDATE_VOICE,
  COMPANY_DESCRIPTION,
  COMPANY_DESCRIPTION_LONG,
  COMPANY_VOICE,
  COMPANY_VOICE_START,
  describesWhatTheCompanyDoes,
  employerNames,
  endsTheEmployersName,
  namesTheEmployer,
} from './employer-voice.js';
import { isListItem } from './list-items.js';
import { namesNothing } from './names-nothing.js';
import { skillHitsIn } from './skill-hits.js';
import { COORDINATORS, NOT_IN_A_TEAM_NAME } from './team-names.js';

export type { Level, Intensity } from './cues.js';
export type { AlternativesGroup, Evidence, Mention, PostingAnalysis, Requirement, SectionInfo, SkillRef } from '../model.js';

import type { Evidence, Mention, PostingAnalysis, PostingTrait, Requirement, SkillRef } from '../model.js';

/** What an unlisted name right after an ask is taken to be: a hard skill of the business domain. */
const ASKED_NAME: Skill = {
  id: 'asked',
  name: 'asked',
  kind: 'hard',
  category: 'business-domain',
  aliases: [],
  broader: [],
  narrower: [],
  related: [],
  usedWith: [],
};

/** Sections that ask for what they name. */
const ASKING_SECTIONS: ReadonlySet<SectionKind> = new Set(['required', 'preferred', 'qualifications', 'skills', 'experience']);

/** What a section says about the skills named in it, before cues inside the sentence. */
const SECTION_LEVEL: Partial<Record<SectionKind, Level>> = {
  required: 'required',
  qualifications: 'required',
  skills: 'required',
  education: 'required',
  languages: 'required',
  certifications: 'required',
  preferred: 'preferred',
  responsibilities: 'mentioned',
  intro: 'mentioned',
  summary: 'mentioned',
  experience: 'mentioned',
  projects: 'mentioned',
};

/**
 * An item lower-cased for its cues, with the country's "US" kept in capitals: "US Government contracting" is no
 * company's "us". Not in a line of capitals ("ABOUT US", "JOIN US").
 */
const COUNTRY_US = /(?<![A-Z]{2}[\s'’]*)\bUS\b(?![\s'’]*[A-Z]{2})/g;
function lowerCasedItem(raw: string): string {
  const lower = raw.toLowerCase();
  if (!raw.includes('US') || lower.length !== raw.length) return lower;
  const pieces: string[] = [];
  let from = 0;
  for (const m of raw.matchAll(COUNTRY_US)) {
    pieces.push(lower.slice(from, m.index), 'US');
    from = m.index + 2;
  }
  pieces.push(lower.slice(from));
  return pieces.join('');
}

/** "cloud-native architectures", "data management": words in lower case, more than one, name a practice, not a product. */
const namesAPracticeInLowerCase = (phrase: string): boolean => !/\p{Lu}/u.test(phrase) && /\p{L}[\s-]+\p{L}/u.test(phrase);

const LISTED_AFTER_A_NAME = /\p{Lu}[\p{L}\p{N}.+#]*,\s*(?:and\s+|or\s+)?$/u;
const LISTED_AFTER_REACH = 40;

/** "tools like …", "software such as …": the names after it are tools the job uses. */
const TOOLS_LIKE_BEFORE = /\b(?:tools?|software|apps|applications|platforms?|programs)\s+(?:like|such as|including|e\.g\.)\s[^.;:]*$/;
const TOOLS_LIKE_REACH = 80;

/**
 * A name that is part of a role ("Java Developer", "Backend Java Engineer", "React/Node developers",
 * "the Recruitment Manager", "our HR consultants"):
 * up to two more names or joiners, then a role noun. The posting names the job there, not a requirement.
 * Within the line only: a role on the next line ("… like GitHub⏎Research assistant projects") is a heading.
 */
const ROLE_AFTER =
  /^(?:(?:[ \t]*[/,&+-][ \t]*|[ \t]+and[ \t]+|[ \t]+)[\p{L}\p{N}.#+-]{1,20}){0,2}?[ \t]*(?:developers?|devs?|engineers?|architects?|programmers?|designers?|analysts?|scientists?|researchers?|testers?|managers?|consultants?|directors?|officers?|specialists?|representatives?|coordinators?|advisers?|advisors?|assistants?)\b/iu;
const ENDS_IN_PREPOSITION = /\b(?:with|to|for|from|alongside|among)$/i;
/** Before a role, words that make it other people: the ones the candidate works with, supports or reports to. */
const COLLEAGUES_BEFORE =
  /\b(?:with|alongside|among|between|across|to|from|by|for|other|fellow|our|support(?:s|ing)?|mentor(?:s|ing)?|coach(?:es|ing)?|lead(?:s|ing)?|manag(?:e|es|ing))\s+(?:(?:the|a|an|our|your|other|fellow|internal|external|senior|junior|experienced|talented|skilled|and)\s+){0,3}$/i;
function roleOf(text: string, start: number, end: number): Found['inRole'] {
  // "interact effectively with managers": a name ending in a preposition takes the role as its object.
  if (ENDS_IN_PREPOSITION.test(text.slice(Math.max(start, end - 12), end))) return undefined;
  if (!ROLE_AFTER.test(text.slice(end, end + 60))) return undefined;
  return COLLEAGUES_BEFORE.test(text.slice(Math.max(0, start - 50), start)) ? 'colleagues' : 'own';
}

/** Sections whose items list skills, where a bare ambiguous name ("R", "Go") is the skill. */
const SKILL_LIST_SECTIONS: ReadonlySet<SectionKind> = new Set(['skills', 'required', 'preferred', 'qualifications']);

/** In a posting, an "Experience" section holds the experience asked for; in a résumé, the experience had. */
const POSTING_SECTION_LEVEL: Partial<Record<SectionKind, Level>> = { ...SECTION_LEVEL, experience: 'required' };

export interface ExtractOptions {
  /** Section kind for text before the first heading (a résumé's "skills" list has no heading). */
  introKind?: SectionKind;
  /** The first line may be the job title ("Senior Java Developer"): the role's name, not a requirement. */
  skipTitleLine?: boolean;
  /** The text is a job posting: its sections ask (an "Experience:" heading lists experience required). */
  posting?: boolean;
}

/** Where the first line with any text on it ends, or -1 when the text is one line. */
function endOfFirstLine(text: string): number {
  const start = text.search(/\S/);
  return start === -1 ? -1 : text.indexOf('\n', start);
}

/** The posting's opening line when it reads as a title: short, one line, no sentence end, more text after it. */
function isTitleLine(text: string, span: Span, titleLineEnd: number): boolean {
  if (titleLineEnd === -1 || span.end > titleLineEnd) return false;
  // "Frontend Engineer - React / Node": a title the item split cuts in pieces is judged whole, from its first word.
  const start = text.search(/\S/);
  if (span.start < start) return false;
  // "Frontend Engineer ( React / Node ) <ORGANIZATION>": a template's placeholders and the brackets and slashes between names are no words.
  const line = text.slice(start, titleLineEnd).replace(PLACEHOLDER, ' ').trim();
  return !/[.!?]$/.test(line) && titleSized(line);
}
const titleSized = (line: string): boolean => line.length <= 100 && (line.match(TITLE_WORD)?.length ?? 0) <= 12;

/**
 * Where the title of a run-on page ends ("Backend Engineer ( Python ) <ORGANIZATION> <LOCATION> Date posted: …"): at
 * the employer's placeholder, when the first line goes on past it; else -1. Read once per text.
 */
function runOnTitleEnd(text: string, titleLineEnd: number): number {
  if (titleLineEnd === -1) return -1;
  const start = text.search(/\S/);
  const placeholder = text.slice(start, titleLineEnd).search(ANONYMISED_NAME);
  if (placeholder <= 0) return -1;
  const title = text.slice(start, start + placeholder).trim();
  return !/[.!?]/.test(title) && titleSized(title) ? start + placeholder : -1;
}
/** An anonymised organisation right before a name, looked for within ANONYMISED_REACH characters. */
const AFTER_AN_ANONYMISED_NAME = /<ORGANI[SZ]ATION>[ \t]*$/;
const ANONYMISED_REACH = 30;
/** A run of anonymised names, in an item lower-cased ("<organization> <organization>"). */
const ANONYMISED_RUN = new RegExp(String.raw`${ANONYMISED_NAME.source}(?:\s+${ANONYMISED_NAME.source})*`, 'gi');
const PLACEHOLDER = new RegExp(String.raw`${ANONYMISED_NAME.source}|\[[A-Z][A-Za-z _]*\]|\{\{[^{}]*\}\}`, 'g');
const TITLE_WORD = /[\p{L}\p{N}]+/gu;

/** A bullet that opens on what the candidate has or can do: "Experience in …", "Excellent written … skills", "Able to …". */
const QUALIFICATION_OPENING =
  /^[\s*\u2022-]*(?:\d+\+?\s*(?:years?|yrs)\b|(?:proven |previous |prior |relevant |some |hands-on |demonstrated |professional )?experience (?:in|with|of|using)\b|(?:excellent|strong|solid|good|great|proven|outstanding|exceptional|basic|advanced|working|sound)\s+(?:[a-z/-]+,?\s+){0,3}(?:skills?|knowledge|understanding|command|proficiency|abilities|ability)\b|(?:knowledge|understanding|proficiency|familiarity|fluency) (?:of|in|with)\b|(?:able|ability) to\b|(?:proficient|experienced|skilled) (?:in|with)\b|familiar with\b|fluent in\b)/;

/** Whether more than half of a section's list items open on what the candidate has. */
function mostlyQualifications(text: string, spans: readonly Span[]): boolean {
  let items = 0;
  let qualifications = 0;
  for (const span of spans) {
    if (!isListItem(text, span.start)) continue;
    items++;
    if (QUALIFICATION_OPENING.test(lowerCasedItem(text.slice(span.start, span.end)))) qualifications++;
  }
  return qualifications * 2 > items;
}

/** Words an item may stop on when the items nested under it complete it ("Bonus points for", "You are", "You're comfortable"). */
const OPEN_ITEM_END = /(?:\b(?:for|are|is|am|have|has|with|in|of|to|on|at|including|like|comfortable|familiar|experienced|skilled)|:)\s*$/i;
/** Whether an item stops open and the next item, a list item in lower case, goes on with it. */
function leadsIntoNestedItems(text: string, raw: string, next: Span): boolean {
  return OPEN_ITEM_END.test(raw) && isListItem(text, next.start) && /^[^\p{L}]*\p{Ll}/u.test(text.slice(next.start, next.end));
}

/** A line that opens a list of perks: "… many benefits including:", "What we offer:", "You'll enjoy:". */
const PERKS_LEAD_IN = /\b(?:benefits?|perks|we offer|what we offer|you(?:'ll| will) (?:get|receive|enjoy|have access to))\b[^:]{0,80}:\s*$/;
/** A line that opens the list of documents to send ("The application must include:", "Please attach:"): papers, not skills. */
const APPLICATION_MATERIALS_LEAD_IN =
  /(?:\b(?:(?:the |your )?applications?|application (?:materials?|documents?|package)) (?:must |should |shall |will |needs? to )?(?:include|contain|consist of)|\bplease (?:include|attach|enclose|submit|upload|send)|\b(?:documents|materials) (?:to|you should|you must) (?:submit|send|include))\b[^:]{0,80}:\s*$|\bapplication (?:materials?|documents?|package)\s*:\s*$/;

/** "Their program includes …", "Its clinics offer …": a partner or the organisation spoken of, not the candidate. */
const THIRD_PARTY_START = /^(?:their|its)\b/;
/** "Therapeutic modalities include a linear accelerator": a sentence that lists what something has. */
const INVENTORY_SENTENCE = /^[a-z][a-z -]{0,60}?\b(?:includes?|consists? of|comprises?|features?)\b/;

/**
 * A sentence of the running text that describes another body than the candidate: one that opens with
 * "their" or "its", or one that lists what something has right after a sentence describing the employer.
 */
function describesAnotherBody(lower: string, describingBefore: boolean): boolean {
  if (CANDIDATE_VOICE.test(lower)) return false;
  return THIRD_PARTY_START.test(lower) || (describingBefore && INVENTORY_SENTENCE.test(lower));
}

/** A line that says where to send the application ("… email their applications … to:"): an address follows, not a list. */
const ADDRESS_LEAD_IN =
  /\b(?:send|e-?mail|mail|post|submit|forward|direct)\b[^:]{0,120}\b(?:applications?|cvs?|resumes?|résumés?|letters?|materials|documents|inquiries|enquiries)\b[^:]{0,120}\bto\s*:\s*$/;

/** Items longer than this read as several sentences run together; filters look RUN_ON_WINDOW characters either side of a name. */
/** A line this short with a list under it may open the list without a colon ("Bonus if you have"). */
const BARE_LEAD_IN_CHARS = 80;
/** A list item that states a qualification: years, experience, knowledge, a skill or a credential held. */
const QUALIFICATION_ITEM =
  /^\s*(?:[-*\u2022]\s*)?(?:\d+\s*\+?\s*(?:(?:-|to)\s*\d+\s*)?(?:years?|yrs)\b|(?:(?:a|an|some|previous|prior|proven|demonstrated|strong|solid|good|excellent|working|extensive|basic|advanced|in-depth|thorough|sound)\s+)*(?:experience|knowledge|understanding|proficiency|proficient|expertise|familiarity|familiar|ability|skilled|degree|bachelor'?s?|master'?s?|diploma|certification|certified|license|licence|fluency|fluent)\b)/;
const MIN_QUALIFICATION_ITEMS = 3;
const MIN_QUALIFICATION_SHARE = 0.3;

/** Whether item `j` goes on the line of the item before it: a bullet's later sentences. */
function onTheLineBefore(text: string, spans: readonly Span[], j: number): boolean {
  const previous = spans[j - 1];
  if (!previous) return false;
  const newline = text.indexOf('\n', previous.end);
  return newline === -1 || newline >= (spans[j] as Span).start;
}

/**
 * A list with no heading that reads as qualifications ("• 4+ years design experience • Expertise in
 * Illustrator • Ability to tackle several projects"): its items are asked. Returns the items' indexes
 * in runs of list items where enough of them state a qualification.
 */
function untitledQualificationLists(text: string, spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  let k = 0;
  while (k < spans.length) {
    if (!isListItem(text, (spans[k] as Span).start)) {
      k++;
      continue;
    }
    let end = k;
    let stating = 0;
    // A bullet's later sentences ("4+ years design experience; preferably in an agency") stay in its run.
    const continues = (j: number): boolean => isListItem(text, (spans[j] as Span).start) || onTheLineBefore(text, spans, j);
    while (end < spans.length && (end === k || continues(end))) {
      const span = spans[end] as Span;
      if (QUALIFICATION_ITEM.test(text.slice(span.start, span.end).toLowerCase())) stating++;
      end++;
    }
    if (stating >= MIN_QUALIFICATION_ITEMS && stating >= MIN_QUALIFICATION_SHARE * (end - k)) for (let j = k; j < end; j++) out.add(j);
    k = end;
  }
  return out;
}

/** "Please note that certain requirements must be met to be eligible." before a list: the list is those requirements. */
const REQUIREMENTS_LEAD_IN =
  /\b(?:requirements?|qualifications?|criteria)\b[^.;!?]{0,60}\b(?:must|should|are required|need to)\b[^;!?]*[.:]?\s*$|\bmeet (?:the |these |all |our )?(?:following )?(?:criteri(?:a|on)|requirements?|qualifications?)\b[^;!?]*[.:]?\s*$/;
const REQUIREMENTS_LEAD_IN_CHARS = 200;
/**
 * "We understand that candidates may not meet all of the preferred skills below.": a sentence of the paragraph
 * above a list says the list is a plus, whichever of its sentences comes last.
 */
const PREFERRED_BELOW =
  /\b(?:preferred|desired|desirable|nice[- ]to[- ]have|bonus)\s+(?:skills|qualifications|requirements|experience|criteria|attributes)\b[^.;!?:]{0,30}\b(?:below|that follow|listed)\b|\b(?:skills|qualifications|requirements|criteria)\s+(?:listed\s+)?below\s+are\s+(?:all\s+)?(?:preferred|desired|desirable|nice[- ]to[- ]have|a plus|a bonus)\b/;
/** Said to the candidate and left open, not a sentence ("MBA preferred." ends one). */
const BARE_LEAD_IN = /\b(?:you|you'?ll|if|following|have|had)\b[^.;!]*$/;
const TRAILING_PICTOGRAPHS = /[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u;
/** Most items end in a printable ASCII character, which the pattern cannot strip: its scan of the item is skipped. */
function withoutTrailingPictographs(lower: string): string {
  const last = lower.charCodeAt(lower.length - 1);
  if (last > 32 && last < 128) return lower;
  return lower.replace(TRAILING_PICTOGRAPHS, '');
}
/** Nothing but spaces follows the item on its line. */
const endsLine = (text: string, span: { start: number; end: number }): boolean =>
  /^[ \t]*(?:\n|$)/.test(text.slice(span.end, span.end + 40));
const isWholeLine = (text: string, span: { start: number; end: number }): boolean =>
  /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, span.start - 40), span.start)) && endsLine(text, span);
const RUN_ON_ITEM_CHARS = 300;
const RUN_ON_WINDOW = 120;
const ASK_IN_PASSING_ALL = new RegExp(`${ASK_IN_PASSING_PHRASES.source}|\\bfluen(?:t|cy) in\\b`, 'g');
const COMPANY_VOICE_ALL = new RegExp(COMPANY_VOICE.source, 'g');
const lastMatchAt = (pattern: RegExp, text: string): number => {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
};
/** Whether, in the text before a name, an ask ("experience with", "fluent in") comes after the company's last "we" or "our". */
function askedNearerThanTheCompany(before: string): boolean {
  const asked = lastMatchAt(ASK_IN_PASSING_ALL, before);
  return asked !== -1 && asked > lastMatchAt(COMPANY_VOICE_ALL, before);
}

const EDUCATION_ALL = new RegExp(EDUCATION_SENTENCE.source, 'g');
/** How far after a name its degree may follow in a run-on item ("Computer Science degree", "Physics (BSc)"). */
const DEGREE_AFTER_REACH = 80;
/**
 * In a run-on item, whether a degree near the name makes it a field of study: a degree before it with no
 * ask between them ("High School Diploma … At least 7 years of experience with incident response" asks),
 * or one right after it.
 */
function namesADegreeNear(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - RUN_ON_WINDOW), start);
  const degreeAt = lastMatchAt(EDUCATION_ALL, before);
  if (degreeAt !== -1 && lastMatchAt(ASK_IN_PASSING_ALL, before) < degreeAt) return true;
  return EDUCATION_SENTENCE.test(lower.slice(end, end + DEGREE_AFTER_REACH));
}

/** Two or more words in capitals, a heading run into the text ("WHAT WE OFFER"). */
const RUN_ON_CAPITALS_HEADING = /\b\p{Lu}{2,}\s+\p{Lu}{2,}\b/u;

/** How far back a long paragraph's sentence may start for its subject to be read. */
const SENTENCE_REACH = 400;
const SENTENCE_STOP = /[.!?]\s|\n/g;

/** A sentence of an item (offsets in the item) and where a description of the employer opening it ends, or -1. */
interface SentenceRead {
  start: number;
  end: number;
  describedTo: number;
}

/**
 * In a long paragraph, the sentence a name stands in, read from its start: "Based on the Longwood Campus, the Department
 * of Biomedical Informatics is a vibrant community of scientists … whose goal is to advance … artificial intelligence"
 * describes the employer, however far its subject is from the name. Names in one sentence share its reading (`last`).
 */
function sentenceAround(lower: string, at: number, last: SentenceRead | undefined): SentenceRead {
  if (last && at >= last.start && at < last.end) return last;
  const reach = Math.max(0, at - SENTENCE_REACH);
  let start = reach === 0 ? 0 : -1;
  // Scanned within the reach only: past it, a line with no stop would be read to its end for every name.
  for (const m of lower.slice(reach, at).matchAll(SENTENCE_STOP)) start = reach + m.index + m[0].length;
  const after = lower.slice(at, at + SENTENCE_REACH).search(/[.!?](?:\s|$)|\n/);
  const end = after === -1 ? Math.min(lower.length, at + SENTENCE_REACH) : at + after;
  if (start === -1 || start > at) return { start: at, end: at + 1, describedTo: -1 };
  const sentence = lower.slice(start, end);
  const described = COMPANY_DESCRIPTION_LONG.exec(sentence);
  const describedTo = described !== null && !ADDRESSES_THE_CANDIDATE.test(sentence) ? start + described[0].length : -1;
  return { start, end: Math.max(end, at + 1), describedTo };
}

/** A run-on window (lower case, starting at `from` in the text), cut where a heading in capitals follows the name ending at `nameEnd`. */
function windowBeforeRunOnHeading(text: string, around: string, from: number, nameEnd: number): string {
  const heading = RUN_ON_CAPITALS_HEADING.exec(text.slice(nameEnd, from + around.length));
  return heading ? around.slice(0, nameEnd - from + heading.index) : around;
}
/** Words before a language the candidate speaks ("fluent in", "written and spoken"). */
const SPOKEN_BEFORE =
  /\b(?:fluent|fluency|fluently|proficient|proficiency|native|speak|speaks|speaking|spoken|written)\b(?:(?! degree)[^.;:]){0,30}$/;
/** A list of fields of study is short; in text without punctuation, names further on are no longer part of it. */
const MAX_FIELD_LIST_CHARS = 200;

/** "The following types of experience are not acceptable: …", "… will not be credited": what does not count is not asked. */
const NOT_ACCEPTED =
  /\b(?:(?:is|are) not (?:acceptable|accepted|qualifying|creditable|credited)|(?:will|shall) not be (?:credited|accepted|considered|counted)|(?:does|do) not (?:qualify|count)|no credit (?:will be|is) given)\b/;

/** Where, in the text, the names an item declines to count start: after its colon when it lists them, else its start; -1 for none. */
function notAcceptedStart(lower: string, itemStart: number): number {
  // Each wording says "not " or "no credit": an item with neither is not scanned.
  if (!lower.includes('not ') && !lower.includes('no credit')) return -1;
  const said = NOT_ACCEPTED.exec(lower);
  if (!said) return -1;
  const colon = lower.indexOf(':', said.index);
  return itemStart + (colon !== -1 && colon - said.index < 40 ? colon : 0);
}

/** "Spanish level: Advanced", "English proficiency: C1": a field that sets the level a candidate must have. */
const LEVEL_FIELD =
  /^[\s*\u2022-]*[\p{L} ]{2,30}\b(?:level|proficiency)\s*:\s*(?:advanced|fluent|intermediate|upper[- ]intermediate|native|bilingual|conversational|proficient|basic|beginner|elementary|[abc][12])\b/u;

/**
 * An item's level when no cue in it says one: an ideal profile is a plus; "3+ years of experience"
 * asks outside a requirements section (`plainSentence`: not run-on, not the company's own voice);
 * so does a field that sets a level.
 */
function uncuedLevel(lower: string, base: Level | undefined, plainSentence: boolean): Level {
  if (describesIdealProfile(lower)) return atLeast('preferred', base);
  const unlevelled = base === undefined || base === 'mentioned';
  if (
    unlevelled &&
    ((plainSentence && (asksYearsOfExperience(lower) || CANDIDATE_DESCRIBED.test(lower))) ||
      CANDIDATE_WILL_HAVE.test(lower) ||
      LEVEL_FIELD.test(lower))
  )
    return 'required';
  return base ?? 'mentioned';
}

/** A duty written as an order ("Manage volunteers and engage our community"): said to the candidate, whatever "our" it holds. */
const IMPERATIVE_DUTY =
  /^(?:[-*\u2022]\s*)?(?:work|manage|support|help|lead|build|develop|create|engage|coordinate|maintain|assist|provide|ensure|plan|prepare|conduct|organi[sz]e|facilitate|collaborate|partner|drive|own|design|deliver|write|review|monitor|track|train|serve|represent)\b/;

/** Words that turn a sentence about the company to the candidate even when the company is its subject ("Acme … is seeking"). */
const ADDRESSES_THE_CANDIDATE =
  /\b(?:you|your|you'll|you're|candidate|candidates|applicant|applicants|intern|interns|the successful|incumbent|must|looking for|seeking|seeks? an?|hiring)\b/;

/** A short label opening an item ("Social media strategy: "), past any bullet. */
const OPENING_LABEL = /^[\s*\u2022-]*[a-z][a-z&/' -]{2,40}?:\s+(?=[a-z])/;

/** `raw`, when given, is `lower` as written: its capitals show a name as the subject ("Acme builds…"). */
function isCompanyVoice(kind: SectionKind, lower: string, raw?: string, bulleted = false): boolean {
  // "<ORGANIZATION> <ORGANIZATION> a <ORGANIZATION> in <LOCATION> develops …": in a sentence that opens with an anonymised
  // name, each run of them is one word of the subject.
  const subject = lower.startsWith('<') ? lower.replace(ANONYMISED_RUN, 'name') : lower;
  const described =
    COMPANY_DESCRIPTION.test(subject) || describesWhatTheCompanyDoes(subject) || (raw !== undefined && aNameBuilds(raw, lower));
  // "Acme designs packaging that protects essential goods": the company as the subject; "essential" asks nothing there.
  if (described) return !ADDRESSES_THE_CANDIDATE.test(lower);
  // "Growth hacking: Leverage SEO … to help customers discover our platform": the duty opens after its label.
  const duty = lower.replace(OPENING_LABEL, '');
  const ownVoiceHere = kind === 'intro' || (kind === 'responsibilities' && !IMPERATIVE_DUTY.test(duty) && !opensWithImperativeDuty(duty));
  const aboutTheCompany = (ownVoiceHere && speaksAsTheCompany(kind, lower, bulleted)) || COMPANY_VOICE_START.test(lower);
  return aboutTheCompany && !CANDIDATE_VOICE.test(lower);
}

/**
 * In a bulleted duty, "our" after a preposition is what the duty acts on ("• Benefits Administration including
 * the management of our open enrollment processes"), not the company speaking.
 */
const OUR_AS_AN_OBJECT = /\b([a-z]+)\s+(?:of|for|to|with|across|within|throughout)\s+our\b/g;
/** "Much of our work focuses on…": a part of the company's own, its subject. */
const PART_OF = new Set([
  'much',
  'most',
  'all',
  'some',
  'many',
  'part',
  'one',
  'each',
  'any',
  'none',
  'several',
  'few',
  'both',
  'majority',
  'rest',
]);

function speaksAsTheCompany(kind: SectionKind, lower: string, bulleted: boolean): boolean {
  if (!COMPANY_VOICE.test(lower)) return false;
  if (kind !== 'responsibilities' || !bulleted) return true;
  return COMPANY_VOICE.test(lower.replace(OUR_AS_AN_OBJECT, (phrase: string, before: string) => (PART_OF.has(before) ? phrase : before)));
}

/**
 * What the employer or its team values, fosters or works in ("a team that values curiosity", "we
 * celebrate creativity", "a collaborative environment"): the workplace described, not a requirement.
 * Tested on the item's lower-cased text before the name.
 */
const WORKPLACE_VALUES_BEFORE =
  /(?:\b(?:that|which) (?:values?|prizes?|celebrates?|rewards?|encourages?|fosters?|embraces?|champions?|promotes?|believes? in|thrives? on|is built on|runs on)|\b(?:we|our (?:team|teams|company|culture|people)|the team) (?:(?:truly|deeply|really|strongly) )?(?:value|values|prize|celebrate|celebrates|reward|rewards|encourage|encourages|foster|fosters|embrace|embraces|champion|champions|promote|promotes|believe in|believes in|thrive on|love|loves)|\bculture (?:of|that|where|which)|\bvalues (?:like|such as|of|include)|\bour values|\b(?:centered|centred|based|built|founded|focused) on|\bvalues by (?:embodying|living|demonstrating|modelling|modeling))\b[^.;:]*$/;
/** "…collaboration and communication are our core values": the qualities named, then called values. */
const WORKPLACE_VALUES_AFTER =
  /^[^.;:]{0,60}?\b(?:is|are) (?:(?:one of )?(?:our|the|its|their) )?(?:(?:core|key|shared|guiding|team|company) )*(?:values?|principles)\b/;
/** "Join a team of curious problem solvers": the colleagues the candidate joins, described. */
const TEAM_OF_BEFORE = /\b(?:team|teams|group|community|network|family|crew|bunch|collective) of (?:[a-z-]+,? (?:and )?){0,3}$/;
const PEOPLE_NOUN_END = /(?:ers|ors|ists)$/i;
/** Words after a professional skill or trait that make it describe the workplace ("a collaborative environment"). */
const WORKPLACE_WORDS = new Set([
  'environment',
  'environments',
  'culture',
  'cultures',
  'atmosphere',
  'workplace',
  'workplaces',
  'spirit',
  'setting',
  'company',
  'organization',
  'organisation',
]);

const PREPOSITIONS_BEFORE_AN_OBJECT: ReadonlySet<string> = new Set(['with', 'to', 'for', 'in', 'on', 'across']);
const WORK_VERBS = new Set(['work', 'works', 'working', 'collaborate', 'collaborating', 'thrive', 'thrives', 'thriving']);

/** Adjectives between a quality and the workplace word ("a collaborative, trusting, thought-provoking environment"). */
const MAX_WORKPLACE_ADJECTIVES = 3;

function describesWorkplace(lower: string, itemStart: number, hit: SkillHit, tokens: readonly Token[]): boolean {
  let words = 0;
  // "work in a team environment": the candidate works in it; the environment is where, not what the company offers.
  // "communicate with other agents and company staff": a name ending in its preposition is followed by its object.
  const actsOnWhatFollows =
    WORK_VERBS.has(tokens[hit.first]?.lower ?? '') || PREPOSITIONS_BEFORE_AN_OBJECT.has(tokens[hit.last]?.lower ?? '');
  for (let k = hit.last + 1; k < tokens.length && words <= MAX_WORKPLACE_ADJECTIVES && !actsOnWhatFollows; k++) {
    const tok = tokens[k] as Token;
    // "Strong communication, organization, and problem-solving skills": a word right after the comma is the list's next item, not the noun it qualifies.
    if (WORKPLACE_WORDS.has(tok.lower)) return words > 0 || tokens[k - 1]?.text !== ',';
    // "a collaborative, inclusive and fast-paced environment": "and" joins the adjectives, a hyphen makes one of two words.
    if (tok.lower === 'and' && words > 0) continue;
    if (tok.kind !== 'word' ? tok.text !== ',' && tok.text !== '-' : NOT_IN_A_TEAM_NAME.has(tok.lower) || tok.lower === 'and') break;
    if (tok.kind === 'word' && tokens[k - 1]?.text !== '-') words++;
  }
  if (WORKPLACE_VALUES_AFTER.test(lower.slice(hit.end - itemStart, hit.end - itemStart + RUN_ON_WINDOW))) return true;
  return WORKPLACE_VALUES_BEFORE.test(lower.slice(Math.max(0, hit.start - itemStart - RUN_ON_WINDOW), hit.start - itemStart));
}

/** In an education item, a name among the fields of study is a field, not a skill; the rest of the item ("… and 3+ years with SQL") still asks for skills. */
function namesFieldOfStudy(read: EducationRead, hit: { start: number; end: number }, lower: string, itemStart: number): boolean {
  if (!read.found || read.schoolLeavingOnly) return false;
  // "NY State LMSW license", "current RN license": a credential, never a field of study.
  if (CREDENTIAL_WORD.test(lower.slice(hit.start - itemStart, hit.end - itemStart + CREDENTIAL_REACH))) return false;
  if (read.fields) return hit.start >= read.fields.start && hit.end <= read.fields.end;
  // "1+ years of experience in ML, or a Master's degree with a focus on Machine Learning": experience asked before the degree is no field.
  const askedBefore = read.degreeAt !== undefined && hit.end <= read.degreeAt && EXPERIENCE_IN.test(lower.slice(0, hit.start - itemStart));
  // "a high school diploma or GED and have a clean driving record": a new clause after the degree asks something else.
  const askedAfter =
    read.degreeAt !== undefined &&
    hit.start > read.degreeAt &&
    CLAUSE_AFTER_DEGREE.test(lower.slice(read.degreeAt - itemStart, hit.start - itemStart));
  return !askedBefore && !askedAfter;
}
const CLAUSE_AFTER_DEGREE =
  /;|(?:,|\band)\s+(?:must\s+|should\s+|also\s+)?(?:have|has|hold|holds|possess|possesses|be|maintain|demonstrate|show|pass|obtain)\b/;
/** How far after a name its credential word may come ("LMSW license", "CPR certification card"). */
const CREDENTIAL_REACH = 16;
const EXPERIENCE_IN = /\b(?:experience|knowledge|background|expertise|proficiency)\s+(?:in|with|of|using)\b/;

/**
 * Names of units of an organisation ("the Department of Gynaecology & Obstetrics", "Institute for
 * Protein Research"), and of publications named by subject ("the Journal of Privacy and Confidentiality"):
 * capitalised words after such a word name where the job sits, not a skill.
 */
const UNIT_WORDS = [
  'department',
  'faculty',
  'institute',
  'school',
  'division',
  'center',
  'centre',
  'laboratory',
  'lab',
  'college',
  'unit',
  'clinic',
  'hospital',
  'ministry',
  'office',
  'chair',
  'institution',
  'university',
  'academy',
  'society',
  'association',
  'museum',
  'agency',
  'bureau',
  'council',
  'commission',
  'foundation',
  'journal',
  'annals',
];
const ORGANISATION_UNIT = new RegExp(
  `\\b(?:${UNIT_WORDS.map((w) => `[${w[0]}${(w[0] as string).toUpperCase()}]${w.slice(1)}`).join('|')}) (?:of|for) (?:the )?(?:(?:\\p{Lu}[\\p{L}-]*|&|and|of|for)(?: |$|(?=[.,;:)])))+`,
  'gu',
);

/** Words that end a body's name ("Scripps Institution", "Marine Mammal Center", "the Video Production Unit", "Washington State Patrol"). */
const BODY_NAME_ENDS =
  'Institute|Institution|Centre|Center|Foundation|Society|Association|Hospital|University|College|Museum|Academy|Unit|Division|Bureau|Department|Lab|Laboratory|Laboratories|State Patrol|Highway Patrol|Border Patrol';
/** "BC Cancer Research Institute", "Functional Electrical Stimulation (FES) Center": capitalised words before the word for a body are its name. */
const NAMED_BODY = new RegExp(`(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,5}(?:\\(\\p{Lu}{2,8}\\)\\s+)?(?:${BODY_NAME_ENDS})\\b`, 'gu');
const BODY_WORD = new RegExp(`\\b(?:${BODY_NAME_ENDS})\\b`);
const WORKED_IN_BEFORE = /\b(?:experience|experienced|background|worked|working)\s+(?:\w+\s+)?in\s+(?:an?|the)\s+$/i;
const CREDENTIAL_AFTER_BODY = /^\s*(?:\([^()]{1,12}\)\s*)?(?:certif|credential|accredit|member|licen[cs]|registration|exam)/i;

function organisationUnitSpans(raw: string, itemStart: number): Span[] {
  const spans: Span[] = [];
  // Every unit is "… of …" or "… for …": an item without either is not scanned for them.
  if (raw.includes(' of ') || raw.includes(' for '))
    for (const m of raw.matchAll(ORGANISATION_UNIT)) spans.push({ start: itemStart + m.index, end: itemStart + m.index + m[0].length });
  if (BODY_WORD.test(raw))
    for (const m of raw.matchAll(NAMED_BODY)) {
      // "Project Management Institute (PMI) certification": a body's credential names the practice it certifies.
      if (CREDENTIAL_AFTER_BODY.test(raw.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      // "Experience in a Critical Care Unit": the kind of unit worked in is the practice asked.
      if (m[0].endsWith('Unit') && WORKED_IN_BEFORE.test(raw.slice(Math.max(0, m.index - 40), m.index))) continue;
      spans.push({ start: itemStart + m.index, end: itemStart + m.index + m[0].length });
    }
  return spans;
}

/** "our e-commerce platform", "our advertising products": what the company sells or builds, named by its domain. */
const PRODUCT_WORDS = new Set([
  'platform',
  'platforms',
  'product',
  'products',
  'app',
  'apps',
  'business',
  'businesses',
  'solution',
  'solutions',
  'service',
  'services',
  'offering',
  'offerings',
  'brand',
  'brands',
  'customers',
  'clients',
  'marketplace',
  'store',
  'shop',
  'portfolio',
  'ecosystem',
]);
const OUR_BEFORE = /\b(?:our|its|their)\s+(?:[\p{L}-]+\s+)?$/u;

function namesTheCompanysProduct(lower: string, itemStart: number, hit: SkillHit, tokens: readonly Token[]): boolean {
  const next = tokens[hit.last + 1];
  if (next === undefined || !PRODUCT_WORDS.has(next.lower)) return false;
  return OUR_BEFORE.test(lower.slice(Math.max(0, hit.start - itemStart - 40), hit.start - itemStart));
}

/**
 * A company described by its domain ("one of the largest integrated gaming companies", "a global
 * financial institution", "Europe's leading media and entertainment brand"): what the employer is, unless the sentence
 * asks for experience there ("experience at a fintech company").
 */
const COMPANY_NOUNS = new Set([
  'company',
  'companies',
  'employer',
  'employers',
  'firm',
  'firms',
  'institution',
  'institutions',
  'provider',
  'providers',
  'player',
  'players',
  'leader',
  'leaders',
  'giant',
  'giants',
  'startup',
  'start-up',
  'scale-up',
  'corporation',
  'house',
  'powerhouse',
  'unicorn',
  'brand',
  'brands',
  'retailer',
  'retailers',
  'bank',
  'banks',
  'manufacturer',
  'manufacturers',
  'agency',
  'agencies',
  'consultancy',
  'consultancies',
]);
const ARTICLE_BEFORE =
  /(?:\b(?:one of the|one of|a|an|the|are|is)|\p{L}['\u2019]s)\s+(?:[\p{L}'\u2019`-]+\s+){0,3}(?:[\p{L}-]+\s*(?:,|and|&|or)\s+)?$/u;
const ASKS_FOR_EXPERIENCE = /\b(?:experience|background|worked|working in|knowledge|familiar|understanding)\b/;
/** "leading insurance and financial services companies": domains joined before the company noun describe it together. */
const MAX_COORDINATED_DOMAIN_WORDS = 3;
/** Company nouns that also end a role's title ("Drone Pilot & Field Crew Leader"). */
const ALSO_A_ROLE: ReadonlySet<string> = new Set(['leader', 'leaders', 'player', 'players', 'house']);

function companyNounAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (next === undefined) return false;
  if (COMPANY_NOUNS.has(next.lower)) return true;
  if (!COORDINATORS.has(next.key)) return false;
  for (let k = last + 2; k <= last + 1 + MAX_COORDINATED_DOMAIN_WORDS; k++) {
    const tok = tokens[k];
    if (tok === undefined || tok.kind !== 'word') return false;
    if (COMPANY_NOUNS.has(tok.lower)) return k > last + 2 && !ALSO_A_ROLE.has(tok.lower);
  }
  return false;
}

function describesTheCompany(lower: string, itemStart: number, hit: SkillHit, tokens: readonly Token[]): boolean {
  if (!companyNounAfter(tokens, hit.last)) return false;
  if (!ARTICLE_BEFORE.test(lower.slice(Math.max(0, hit.start - itemStart - 50), hit.start - itemStart))) return false;
  return !ASKS_FOR_EXPERIENCE.test(lower.slice(Math.max(0, hit.start - itemStart - RUN_ON_WINDOW), hit.start - itemStart));
}

/**
 * The markets an organisation serves or the fields it studies, listed: "products for industries such as
 * healthcare, hospitality and agriculture", "its main research areas include astroparticle physics,
 * biophysics …". Unless the sentence asks the candidate for them ("experience in industries such as
 * healthcare"), they describe the employer.
 */
const ORGANISATION_SCOPE_LIST =
  /\b(?:(?:industries|sectors|markets|verticals)(?:\s*[:(]|\s+(?:such as|like|including|as diverse as|ranging from|from))|(?:research|focus) areas?\s+(?:include|includes|including|comprise|comprises|comprising|cover|covers|are|is|:)|(?:research groups?|department|centre|center|institute|section)\s+(?:covers|comprises|comprising|hosts|houses|conducts research (?:in|on)))\s+[^.;:!?]*$/;
const ASKS_THE_CANDIDATE = /\b(?:experience|background|knowledge|familiar|understanding|expertise|you|your|candidates?|applicants?)\b/;
const SCOPE_WINDOW = 160;

function listsTheOrganisationsScope(lower: string, itemStart: number, hit: SkillHit): boolean {
  const before = lower.slice(Math.max(0, hit.start - itemStart - SCOPE_WINDOW), hit.start - itemStart);
  const opener = ORGANISATION_SCOPE_LIST.exec(before);
  return opener !== null && !ASKS_THE_CANDIDATE.test(before.slice(0, opener.index + 20));
}

/**
 * Departments one works with: "work cross-departmentally with Inventory, Order Fulfillment, Customer Service and
 * Sales", "partner with Finance and Legal". Capitalised names in a list after "work / collaborate / partner … with"
 * are the teams of the house, not skills; a tool there ("work with Salesforce") is kept by the caller's stack check.
 */
const WORKS_WITH_BEFORE =
  /\b(?:[Ww]ork(?:s|ing)?|[Cc]ollaborat\w*|[Pp]artner(?:s|ing)?|[Ll]iais\w*|[Cc]oordinat\w*|[Ii]nterfac\w*|[Ii]nteract\w*)\s+(?:[A-Za-z-]+ly\s+)?(?:closely\s+)?with\s+(?:the\s+|our\s+|other\s+|internal\s+)?(?:(?:[\p{Lu}][\p{L}-]*|and)(?:[\s/,&]+(?:[\p{Lu}][\p{L}-]*|and))*[\s/,&]*)?$/u;

/** "collaborate with key partners in commercial, finance, or manufacturing": the people's departments, in lower case. */
const PEOPLE_IN_UNITS_BEFORE =
  /\b(?:partners?|teams?|colleagues|counterparts|stakeholders|functions|departments|peers)\s+(?:in|from|across|within)\s+(?:the\s+)?(?:[a-z-]+(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:and|or)\s+|\s*\/\s*)){0,5}$/;

/** "Key departmental contacts include Accounting, Revenue Management, Sales and Marketing", "customer-facing roles (Sales, Marketing)": the house's departments or the roles it hires for. */
const DEPARTMENTS_LISTED_BEFORE =
  /\b(?:departments|departmental contacts|business units|functions|teams|roles|positions|openings|hires)\s*,?\s+(?:(?:include|including|such as|like|are)(?:\s+but\s+not\s+limited\s+to)?\s*:?\s+|\(\s*)(?:(?:[\p{Lu}][\p{L}-]*|\([^()]{0,60}\)|and|&)[\s/,&]*)*$/u;

/**
 * "Experience working with GIT, Maven and Agile", "Experience designing and working with SaaS": experience asked of what
 * was worked with, the tools, methods and domains.
 */
const EXPERIENCE_WORKING_WITH =
  /\b(?:experience|experienced|familiar(?:ity)?|comfortable|proficien(?:t|cy)|skilled|expertise)\s+(?:(?:in|of|with)\s+)?(?:[a-z]+ing\s+(?:and|or|&)\s+)?working\s+with$/i;

/** Categories that also name a company's departments ("work with Sales and Finance"). */
const DEPARTMENT_CATEGORIES: ReadonlySet<SkillCategory> = new Set<SkillCategory>([
  'sales',
  'marketing',
  'finance',
  'hr',
  'operations',
  'legal-compliance',
  'product-management',
  'design-ux',
  'engineering',
]);

/** What follows a name to say it is used: "Agile methodology", "Figma files", "Salesforce platform". */
const USED_NOUN = String.raw`(?:methodolog(?:y|ies)|methods?|principles|practices|frameworks?|tools?|software|platforms?|files|suite)\b`;
const USED_NOUN_AFTER = new RegExp(String.raw`^\s+${USED_NOUN}`, 'i');
const USED_NOUN_ENDS = new RegExp(String.raw`\s${USED_NOUN}$`, 'i');

/**
 * "multiple enterprise customers (including Google, Microsoft, and Digital Ocean)", "clients such as Oracle and SAP": who
 * the company serves or works beside, by name; a customer's name is not a product the candidate must know.
 */
const CLIENT_NOUNS = String.raw`\b(?:customers|clients|partners|brands|investors|backers)`;
const CLIENT_NOUN = new RegExp(String.raw`${CLIENT_NOUNS}\b`);
const CLIENTS_LISTED_BEFORE = new RegExp(
  String.raw`${CLIENT_NOUNS}\s*,?\s*(?:\(\s*)?(?:include|including|such as|like|are|e\.g\.,?)\s*:?\s+(?:(?:[\p{Lu}\d][\p{L}\d.&'-]*|and|&)[\s,]*)*$`,
  'u',
);
/**
 * "projects for clients in finance, healthcare, manufacturing, retail and more": the industries the company's clients are
 * in, listed; an industry is asked only where the item asks for experience or knowledge of it.
 */
const SERVED_NOUNS = String.raw`\b(?:customers|clients|companies|businesses|organi[sz]ations|brands)\b`;
const SERVED_NOUN = new RegExp(SERVED_NOUNS, 'i');
const CLIENT_INDUSTRIES_BEFORE = new RegExp(
  // Each word is followed by its separator, so a run of words parses one way only.
  // Served, not helped in a task: "projects for clients in finance", "we serve brands across retail"; "support clients in
  // identifying …" and "counseling to clients in individual, couples, and family counseling" name what the candidate does.
  String.raw`\b(?:for|serv(?:e|es|ed|ing))\s+(?:[\p{L}-]+\s+){0,3}?${SERVED_NOUNS}\s+(?:in|across|from)\s+(?:[\p{L}&-]+(?:\s*,\s*|\s+)){0,16}$`,
  'iu',
);
const ASKS_FOR_KNOWING = /\b(?:experience|experienced|knowledge|background|familiar\w*|understanding|expertise|must|required)\b/;
function namesAClientIndustry(text: string, itemStart: number, hit: SkillHit): boolean {
  const before = text.slice(Math.max(itemStart, hit.start - 160), hit.start);
  // The end-anchored pattern tries every start in the window: only where a served noun stands in it.
  return SERVED_NOUN.test(before) && CLIENT_INDUSTRIES_BEFORE.test(before);
}

function namesAClient(text: string, itemStart: number, hit: SkillHit): boolean {
  if (!/^\p{Lu}/u.test(text[hit.start] ?? '')) return false;
  const before = text.slice(Math.max(itemStart, hit.start - 160), hit.start);
  // The end-anchored pattern tries every start in the window: only where a client noun stands in it.
  return CLIENT_NOUN.test(before) && CLIENTS_LISTED_BEFORE.test(before);
}

/** "work with cross-functional teams (business, marketing, product, development, UI&UX, analytics)": the teams, named in brackets. */
const UNITS_IN_BRACKETS_BEFORE = /\b(?:teams|departments|functions)\s*\(\s*(?:[\p{L}&-]+[\s/,&]*){0,12}$/u;

function namesADepartmentWorkedWith(text: string, itemStart: number, hit: SkillHit, skill: Skill): boolean {
  const near = text.slice(Math.max(itemStart, hit.start - 120), hit.start);
  if (PEOPLE_IN_UNITS_BEFORE.test(near) || (near.includes('(') && UNITS_IN_BRACKETS_BEFORE.test(near))) return true;
  if (!/^\p{Lu}/u.test(text.slice(hit.start, hit.start + 1))) return false;
  const before = text.slice(Math.max(itemStart, hit.start - 300), hit.start);
  if (/\b(?:include|including|such as|like|are)\b|\(/.test(before) && DEPARTMENTS_LISTED_BEFORE.test(before)) return true;
  // Most names have no "with" before them: skip the end-anchored pattern, which tries every start in the window.
  if (!before.includes('with') || !WORKS_WITH_BEFORE.test(before)) return false;
  // A product O*NET lists as a technology ("work with Figma") or a name said to be a method or tool
  // ("working with Agile methodology") is used, not a team worked with.
  if (
    skill.onet !== undefined ||
    USED_NOUN_ENDS.test(text.slice(hit.start, hit.end)) ||
    USED_NOUN_AFTER.test(text.slice(hit.end, hit.end + 30))
  )
    return false;
  return DEPARTMENT_CATEGORIES.has(skill.category) || !EXPERIENCE_WORKING_WITH.test(before.slice(0, before.lastIndexOf('with') + 4));
}

/**
 * An item that opens by asking command of a product ("Proficiency with GitLab") asks it even where the
 * product is the employer's; "Experience with Acme" at Acme may mean the employer, and is not read.
 */
const PROFICIENCY_ASKED_BEFORE =
  /^\s*(?:[•*-]\s*)?(?:(?:strong|solid|good|working|demonstrated|proven)\s+)?(?:proficiency|proficient|fluency|fluent)\s+(?:with|in|using)\s+$/;

/** An item that is only a name and a colon ("**Security clearance:**"). */
const isFieldLabel = (item: string, start: number, end: number): boolean =>
  /^[\s*•-]*$/.test(item.slice(0, start)) && /^\s*:[\s*]*$/.test(item.slice(end));

/**
 * A job fact naming where the job sits or what it is filed under ("Reports to: Manager DevOps", "Team: Data
 * Engineering", "Job Area: Sales & Marketing", "Country / Countries: Denmark"), one per line or run on in a
 * scraped header: a unit, a person or a place, not a requirement.
 */
const JOB_FACT_LABEL =
  /(?:^|(?<=[\s*•|-]))(?:reports? to|reporting (?:to|line)|line manager|direct (?:manager|supervisor)|supervisor|hiring manager|team|department|dept\.?|division|business unit|function|business area|job (?:area|family|category|function)|country(?:\s*\/\s*countries)?|countries|location|(?:auto )?req(?:uisition)? id|job id)\s*:/g;
/** A field's value that is a unit or a role ("Manager DevOps, EMEA", "Director of Procurement"), not a sentence ("Team: build dashboards in Tableau"). */
const namesAUnitOrRole = (value: string): boolean =>
  wordsIn(value) <= MAX_FIELD_VALUE_WORDS &&
  (value.match(/[\p{L}][\p{L}'-]*/gu) ?? []).every((w) => /^\p{Lu}/u.test(w) || LABEL_CONNECTORS.has(w));
const MAX_FIELD_VALUE_WORDS = 6;

/** The stretches of an item (offsets into the text) that are job-fact labels and their values. */
function jobFactSpans(lower: string, raw: string, itemStart: number): TextSpan[] {
  if (!lower.includes(':')) return [];
  const labels = [...lower.matchAll(JOB_FACT_LABEL)];
  const spans: TextSpan[] = [];
  labels.forEach((m, k) => {
    const labelEnd = m.index + m[0].length;
    const next = labels[k + 1]?.index ?? lower.length;
    const sentenceEnd = /[.;!?\n]/.exec(lower.slice(labelEnd, next));
    const valueEnd = sentenceEnd ? labelEnd + sentenceEnd.index : next;
    const value = raw.slice(labelEnd, valueEnd);
    spans.push({ start: itemStart + m.index, end: itemStart + (namesAUnitOrRole(value) ? valueEnd : labelEnd) });
  });
  return spans;
}

/** A role named by what it heads ("our Head of HR", "the Director of Finance"): a person, not a requirement. */
const HEAD_OF_BEFORE = /\b(?:head|director|vp|vice president|chief|dean|chair|professor) of (?:the )?$/;

/** An institution's unit or a publication named by its subject ("the Department of Proteomics", "Journal of Ecology"): not a skill. */
const UNIT_OF_BEFORE =
  /\b(?:Department|Dept\.?|Centre|Center|Institute|School|Faculty|Division|Ministry|Office|Laboratory|Lab|Section|College|Academy|Society|Association|Bureau|Agency|Journal|Annals)\s+(?:of|for|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:(?:and|&)\s+)?){0,4}$/u;

/** What the candidate is given ("you will be matched with an individual mentor", "we provide training in SQL"): a perk, not an ask. */
const RECEIVED_BEFORE =
  /\b(?:you(?:'ll| will)? (?:receive|be (?:matched|paired) with)|we(?:'ll| will)? (?:also )?(?:provide|offer))\b(?! to\b)[^.;,]{0,60}$/;

/** A name that is a kind of product, or a suite of them. */
const PRODUCT_KIND_NAME = new RegExp(String.raw`\b(?:${PRODUCT_KIND_WORDS}|suites?)$`, 'i');
/** "At Zendesk, we build customer service software": the kind of product the employer makes, said in its own voice. */
const WE_MAKE_BEFORE = /\bwe(?:'ve| have)? (?:build|built|make|made|develop|developed|create|created|sell|offer|provide|design)\b[^.;:]*$/;

/** A job board's "Role:" field ("Experience level: Senior Role: Database Administrator Industry: …") names the job, not a skill. */
const ROLE_FIELD_BEFORE = /(?:^|[^\p{L}\s]\s*|\p{L}\s+)(?<!(?:your|this|the|our|my|a|in)\s+)Role:\s+(?:[\p{L}\p{N}/&+.-]+\s+){0,3}$/u;
/** The pattern's look-behind is tried at every position; the "Role:" it needs is looked for first. */
const namesARoleField = (before: string): boolean => before.includes('Role:') && ROLE_FIELD_BEFORE.test(before);

const beforeFirstSpace = (name: string): string => {
  const space = name.indexOf(' ');
  return space === -1 ? name : name.slice(0, space);
};

/** The employer doing something ("we are recruiting", "Acme is currently hiring"): a verb, not a skill asked for. */
const EMPLOYER_PROGRESSIVE_BEFORE = /\b(?:we are|we're|is|are) (?:(?:currently|now|actively|also|constantly|continuously) )?$/;

/** The start of an item's line before it, read back at most 40 characters (a page of one line stays linear). */
function lineBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 40), at);
  return window.slice(window.lastIndexOf('\n') + 1);
}

/**
 * Pure pipeline: normalise → sections → items with cues → skill names (trie) → context rules →
 * education and experience. Shared by postings and plain-text résumés.
 */
export function analyseText(taxonomy: Taxonomy, source: string, options: ExtractOptions = {}): AnalysedText {
  const doc = normalizeText(source, isCatalogueName(taxonomy));
  const text = doc.text;
  const tableCells = levelledTableCells(text);
  const sections = detectSections(text, doc.markedHeadings).map((s) =>
    s.kind === 'intro' && s.heading === '' && options.introKind ? { ...s, kind: options.introKind } : s,
  );
  const education: Education = { degreeLevels: [], fieldsOfStudy: [], evidence: [] };
  const experience: Experience = { perSkill: [], evidence: [] };
  const found: Found[] = [];
  const items: Item[] = [];
  const titleLineEnd = options.skipTitleLine ? endOfFirstLine(text) : -1;
  const runOnTitle = runOnTitleEnd(text, titleLineEnd);
  const asksUnderNoHeading = options.posting === true && !sections.some((s) => ASKING_SECTIONS.has(s.kind));
  // Read only when an ideal-profile lead-in is met: most postings have none.
  let profileAsks: boolean | undefined;
  const profileIsTheAsk = (): boolean => (profileAsks ??= asksUnderNoHeading && profileIsTheOnlyLeadIn(text.toLowerCase()));
  // The employer's own name (and product of the same name) runs through its posting; it is never asked of the candidate.
  const employer = options.posting ? employerNames(text) : new Set<string>();
  const asteriskMarksWishes = options.posting === true && marksWishesWithAnAsterisk(text);
  for (const section of sections) {
    const base = (options.posting ? POSTING_SECTION_LEVEL : SECTION_LEVEL)[section.kind];
    // Sections that name nothing are skipped whole; boilerplate is split into items only when some sentence in it asks.
    if (!base && (section.kind !== 'boilerplate' || !ASK_IN_PASSING.test(text.slice(section.start, section.end).toLowerCase()))) continue;
    // "You will have access to many benefits including:", "The application must include:" — the list it opens is perks or papers, whatever section it sits in.
    let inPerksList = false;
    // "The successful candidate must have:" levels the list under it; so does a marked heading written as such a lead-in
    // ("### Strong candidates will have experience with some of the following:").
    let leadIn: LeadIn | undefined =
      section.kind === 'intro' && section.heading !== '' ? leadInOf(`${section.heading.toLowerCase()}:`) : undefined;
    // "… a Bachelor's degree in one of these disciplines:": the list under it names fields of study.
    let fieldsLeadIn = false;
    // "Knowledge Of:" over a list: each item is a name asked for, known to the catalogue or not.
    // A heading may be that lead-in itself ("Experience in one or more of these areas is an advantage:").
    let namesLeadIn = section.heading !== '' && leadsInNames(`${section.heading.toLowerCase()}:`);
    let decliningList = false;
    // The sentences after the first of a bullet ("• Replace amenities. Make beds.") stay under the list's lead-in.
    let inBullet = false;
    // "- Desirable: … This includes …": the level a bullet's label gives holds for its later sentences.
    let bulletLabelLevel: Level | undefined;
    // A paragraph has said the list under it is a plus ("… all of the preferred skills below").
    let preferredBelow = false;
    // On a page whose lines were joined, the list that paragraph heads runs on to the section's end.
    let preferredToSectionEnd = false;
    // The level an item's own cue gave it, carried to the clauses its semicolons split off.
    let clauseLevel: Level | undefined;
    const spans = splitItems(text, section.start, section.end);
    // A list that is mostly what the candidate has reads as the requirements a posting without their heading lacks;
    // one such item among duties stays named ("* Build reports in Excel. * Ability to use SQL.").
    const listOfQualifications = asksUnderNoHeading && section.kind === 'intro' && mostlyQualifications(text, spans);
    const qualificationItems = section.kind === 'intro' && options.posting ? untitledQualificationLists(text, spans) : undefined;
    // "Interested candidates should email their applications … to:" opens an address block, up to the next blank line.
    let addressEnd = -1;
    // The sentence before described the employer: "Therapeutic modalities include …" after it goes on describing.
    let describingBefore = false;
    // An untitled opening that has turned to the candidate ("the candidate should possess …") goes on about the job.
    let turnedToCandidate = false;
    // "… the better: Remote management systems … Storage management …" on a page whose lines were joined by spaces:
    // what follows a lead-in on its line, up to the first stop, is the list it opens.
    let runOnLeadIn = false;
    let nestedLeadIn = false;
    for (const [k, span] of spans.entries()) {
      if (span.start < addressEnd) continue;
      const raw = text.slice(span.start, span.end);
      const lower = lowerCasedItem(raw);
      const previous = spans[k - 1];
      // The list ends with its line, or with its first sentence: a run-on page's list after a colon has no stops inside.
      if (
        runOnLeadIn &&
        (previous === undefined ||
          text.slice(previous.end, span.start).includes('\n') ||
          SENTENCE_END.test(text.slice(Math.max(previous.start, previous.end - SENTENCE_END_CHARS), previous.end)))
      ) {
        runOnLeadIn = false;
        // On a joined page every sentence is "on the line before": the list's sentences end with it.
        inBullet = false;
      }
      const bulleted = isListItem(text, span.start) || doc.gluedLines.has(span.start) || runOnLeadIn;
      const listItem: boolean = bulleted || (inBullet && onTheLineBefore(text, spans, k));
      inBullet = listItem;
      if (bulleted) bulletLabelLevel = labelledLevelOf(lower);
      else if (!listItem) bulletLabelLevel = undefined;
      const next = spans[k + 1];
      const saysPreferredBelow = PREFERRED_BELOW.test(lower);
      if (saysPreferredBelow && !preferredToSectionEnd && !(next && isListItem(text, next.start)) && onAJoinedPage(text, span.end))
        preferredToSectionEnd = true;
      // "Experience in any of the following are all bonus: 🙂": a pictograph after the colon still opens the list.
      const leadText = withoutTrailingPictographs(lower);
      const opensList = LEAD_IN_END.test(leadText);
      if (!listItem) {
        // "Bonus if you have" on a line of its own, a list under it: a lead-in without its colon.
        const opensNext = !opensList && next !== undefined && isListItem(text, next.start);
        const bareLeadIn = opensNext && isWholeLine(text, span) && raw.length <= BARE_LEAD_IN_CHARS && BARE_LEAD_IN.test(lower);
        // The last sentence of a paragraph may say the list under it is the requirements ("If you meet the criteria below, please apply.").
        const requirementsLeadIn =
          opensNext && endsLine(text, span) && raw.length <= REQUIREMENTS_LEAD_IN_CHARS && REQUIREMENTS_LEAD_IN.test(lower);
        if (saysPreferredBelow) preferredBelow = true;
        const leadLine = bareLeadIn ? `${lower}:` : leadText;
        // Every lead-in pattern ends in its colon: a line without one is not scanned for them.
        const leadLineEndsInColon = bareLeadIn || opensList;
        inPerksList = leadLineEndsInColon && (PERKS_LEAD_IN.test(leadLine) || APPLICATION_MATERIALS_LEAD_IN.test(leadLine));
        leadIn = inPerksList
          ? undefined
          : preferredBelow && opensNext
            ? { level: 'preferred', weak: false }
            : requirementsLeadIn
              ? { level: 'required', weak: false }
              : leadInOf(leadLine);
        if (opensNext || opensList) preferredBelow = false;
        namesLeadIn = leadLineEndsInColon && !inPerksList && leadsInNames(leadLine);
        fieldsLeadIn = opensList && leadsInFieldsOfStudy(leadText);
        // "… a Bachelor's degree in one of these disciplines: Computational biology, physics …" on a joined page: the fields run on after it.
        runOnLeadIn = opensList && (leadIn !== undefined || fieldsLeadIn) && onAJoinedPage(text, span.end);
        if (opensList && ADDRESS_LEAD_IN.test(leadText)) {
          const blank = text.indexOf('\n\n', span.end);
          addressEnd = blank === -1 ? section.end : blank;
        }
      } else if (inPerksList) continue;
      else if (opensList) {
        // "* Neurobiology:" under "… is a plus:": a label that says no level of its own groups the items of the list it is in.
        leadIn = leadInOf(leadText) ?? leadIn;
        namesLeadIn = leadsInNames(leadText);
        fieldsLeadIn = leadsInFieldsOfStudy(leadText);
        nestedLeadIn = false;
      } else if (next !== undefined && leadsIntoNestedItems(text, raw, next)) {
        // "+ Bonus points for" over "  + experience with Google Analytics": an item left open leads into the lower-case items under it.
        leadIn = leadInOf(`${leadText}:`);
        namesLeadIn = false;
        fieldsLeadIn = false;
        nestedLeadIn = true;
        continue;
      } else if (nestedLeadIn && /^[^\p{L}]*\p{Lu}/u.test(raw)) {
        // A capitalised item is the nested list's sibling: the lead-in it was under is over.
        leadIn = undefined;
        nestedLeadIn = false;
      }
      const underLeadIn = listItem && !opensList ? leadIn : undefined;
      if (fieldsLeadIn && listItem && !opensList) {
        readFieldListItem(raw, span.start, education);
        continue;
      }
      const itemBase =
        preferredToSectionEnd || (asteriskMarksWishes && base !== undefined && isAsteriskMarked(lineBefore(text, span.start), raw))
          ? 'preferred'
          : listItem && !bulleted && bulletLabelLevel
            ? bulletLabelLevel
            : underLeadIn
              ? underLeadIn.weak
                ? profileIsTheAsk()
                  ? 'required'
                  : atLeast(underLeadIn.level, base)
                : underLeadIn.level
              : qualificationItems?.has(k)
                ? 'required'
                : base;
      // Boilerplate names nothing, unless a sentence in it plainly asks the candidate for something (a run-on "About us" that goes on into the job).
      if (!base && !(ASK_IN_PASSING.test(lower) && !COMPANY_VOICE_START.test(lower))) continue;
      // A bullet is never the title: "- Excel required" opening the text is the first of a list.
      if (options.skipTitleLine && section.kind === 'intro' && !listItem && isTitleLine(text, span, titleLineEnd)) continue;
      // A run-on item (a scraped posting without punctuation) is judged around each name, not as a whole.
      const runOn = raw.length > RUN_ON_ITEM_CHARS;
      if (!runOn && namesNothing(lower)) continue;
      const companyVoice: boolean =
        !runOn &&
        (isCompanyVoice(section.kind, lower, raw, bulleted) ||
          (section.kind === 'intro' && !listItem && describesAnotherBody(lower, describingBefore)));
      describingBefore = section.kind === 'intro' && !listItem && companyVoice;
      let educationRead: EducationRead = { found: false };
      let yearsSaid: ReturnType<typeof readExperience>;
      const foundBefore = found.length;
      if (!companyVoice) {
        yearsSaid = readExperience(raw, span.start, experience);
        educationRead = readEducation(lower, raw, span.start, education);
      }
      const tokens = tokenize(text, span.start, span.end);
      // The names in a run-on page's title, before its placeholder, are the role's ("Frontend Developer ( React ) <ORGANIZATION>").
      const titleEnd = section.kind === 'intro' && !listItem && span.start < runOnTitle ? runOnTitle : -1;
      const hits = skillHitsIn(taxonomy, tokens, text, SKILL_LIST_SECTIONS.has(section.kind)).filter((h) => h.start >= titleEnd);
      // Cues set the level of the names an item holds; an item that names none, nor may name one the catalogue lacks, needs none read.
      const itemIsAName = namesLeadIn && bulleted && !opensList;
      const endsInAnAsk = mayEndInAnAsk(lower);
      // "Inspect guest rooms": a duty the catalogue has no name for is still a practice the job asks for.
      const mayNameADuty = options.posting === true && section.kind === 'responsibilities' && hits.length === 0;
      const mayNameUnlisted =
        options.posting === true && !companyVoice && !runOn && (itemIsAName || mayAskForAName(lower) || endsInAnAsk || mayNameADuty);
      const cues: ItemCues = hits.length > 0 || mayNameUnlisted ? readCues(lower) : { phrases: [], intensity: 'normal' };
      // "The ideal candidate thrives …; is comfortable …; has an understanding of …": the clauses after a semicolon
      // go on with the subject and the ask of the first.
      const continuesClause =
        previous !== undefined &&
        clauseLevel !== undefined &&
        !OPENS_WITH_A_MARK.test(raw) &&
        continuesAfterSemicolon(text, previous, span);
      // "You should already have experience with Linux, and you're interested in Docker": outside a hedge, the item asks as it would without it.
      const uncued = uncuedLevel(lower, itemBase, !runOn && !companyVoice);
      const level =
        cues.level ??
        (continuesClause ? clauseLevel : undefined) ??
        // A posting without a requirements heading: a bullet opening on what the candidate has ("Experience in …") asks it.
        (listOfQualifications && listItem && !companyVoice && QUALIFICATION_OPENING.test(lower) ? 'required' : undefined) ??
        uncued;
      clauseLevel =
        (describesIdealProfile(lower) || (cues.level !== undefined && !endsOnItsCue(lower, cues.phrases))) && !saysADuty(lower)
          ? level
          : continuesClause
            ? clauseLevel
            : undefined;
      if (section.kind === 'intro' && !companyVoice && (cues.level === 'required' || CANDIDATE_VOICE.test(lower))) turnedToCandidate = true;
      const item: Item = { start: span.start, end: span.end, section, level, intensity: cues.intensity, cues: cues.phrases };
      items.push(item);
      const duty = mayNameUnlisted && mayNameADuty ? unlistedDuty(tokens, hits) : undefined;
      // "Reports to: Manager DevOps", "Job Area: Sales & Marketing": where the job sits names no requirement.
      const jobFacts = jobFactSpans(lower, raw, span.start);
      const inJobFact = (s: TextSpan): boolean => jobFacts.some((f) => s.start >= f.start && s.end <= f.end);
      const asked: TokenRange[] = mayNameUnlisted
        ? distinctRanges([
            ...askedUnlistedPhrases(tokens, hits),
            ...(level !== 'mentioned' && endsInAnAsk ? unlistedBeforeAskingTails(tokens, hits) : []),
            ...(itemIsAName ? itemAsUnlistedName(tokens, hits) : []),
            ...(duty ? [duty] : []),
          ]).filter((r) => !namesWhereWorkWasDone(text, r.start, r.end) && !inJobFact(r))
        : [];
      // "Porter Cologne Act", "Hold a current chemical applicator's license": a law named by its title and a credential
      // held are asked, listed or not.
      if (options.posting === true && !companyVoice && !runOn)
        for (const named of [...namedLaws(tokens, hits), ...namedCredentials(tokens, hits)])
          if (!inJobFact(named) && !asked.some((r) => r.first <= named.last && r.last >= named.first)) asked.push(named);
      // A hedge binds to the names it qualifies, listed or not ("Earthwork and Underground Utilities (license not required)").
      const levelAt = hedgedLevels(lower, span.start, asked.length > 0 ? [...hits, ...asked] : hits, uncued, item);
      const unitSpans = hits.length > 0 ? organisationUnitSpans(raw, span.start) : [];
      // "…are not acceptable: word processing; data entry; …": the list runs on through the items its semicolons split.
      const notAcceptedFrom: number = decliningList ? span.start : notAcceptedStart(lower, span.start);
      decliningList = notAcceptedFrom !== -1 && /^\s*;/.test(text.slice(span.end, span.end + 3));
      let itemAsksForKnowing: boolean | undefined;
      // Only names after the description: "… knowledge in Fixed Income analytics would be beneficialJ.P Morgan is a global
      // leader …" asks for the names before the employer's own sentence glued to it.
      let sentence: SentenceRead | undefined;
      const describedBefore = (at: number): boolean => {
        sentence = sentenceAround(lower, at, sentence);
        return sentence.describedTo !== -1 && sentence.describedTo <= at;
      };
      for (const hit of hits) {
        const around = runOn
          ? lower.slice(Math.max(0, hit.start - span.start - RUN_ON_WINDOW), hit.end - span.start + RUN_ON_WINDOW)
          : lower;
        if (runOn && namesNothing(around)) continue;
        // A run-on heading ("…such as GIT or similar tools WHAT WE OFFER …") ends the window: the company's "we" after it speaks of something else.
        // An ask nearer the name than any "we" or "our" ("Experience with IoT … is a plus We offer …") is said to the candidate.
        const companyHere =
          (runOn
            ? isCompanyVoice(
                section.kind,
                windowBeforeRunOnHeading(text, around, span.start + Math.max(0, hit.start - span.start - RUN_ON_WINDOW), hit.end),
              ) && !askedNearerThanTheCompany(lower.slice(Math.max(0, hit.start - span.start - RUN_ON_WINDOW), hit.start - span.start))
            : companyVoice) || describedBefore(hit.start - span.start);
        // In a run-on item, a degree within the window around the name, or the item's (short) field list, marks a field of study.
        // "BA/BS degree Fluent in German and English": a language spoken, whatever degree is near it.
        const spoken = SPOKEN_BEFORE.test(lower.slice(Math.max(0, hit.start - span.start - 40), hit.start - span.start));
        const educationHere =
          !spoken &&
          (runOn
            ? namesADegreeNear(lower, hit.start - span.start, hit.end - span.start) ||
              (educationRead.fields !== undefined &&
                hit.end - educationRead.fields.start <= MAX_FIELD_LIST_CHARS &&
                namesFieldOfStudy(educationRead, hit, lower, span.start))
            : namesFieldOfStudy(educationRead, hit, lower, span.start));
        const skill = taxonomy.skills.get(hit.skillId);
        if (unitSpans.some((u) => hit.start >= u.start && hit.end <= u.end)) continue;
        if (notAcceptedFrom !== -1 && hit.start >= notAcceptedFrom) continue;
        if (
          employer.size > 0 &&
          (namesTheEmployer(employer, text.slice(hit.start, hit.end)) || endsTheEmployersName(employer, text, hit)) &&
          !PROFICIENCY_ASKED_BEFORE.test(lower.slice(0, hit.start - span.start))
        )
          continue;
        // "contribute to <ORGANIZATION> Data Platform", "support <ORGANIZATION> OTT": a name right after an anonymised organisation is its
        // unit or product ("the <LOCATION> Data Protection Act" is the law of a place).
        if (options.posting && AFTER_AN_ANONYMISED_NAME.test(text.slice(Math.max(0, hit.start - ANONYMISED_REACH), hit.start))) continue;
        if (skill && !STACK_CATEGORIES.has(skill.category) && namesTheCompanysProduct(lower, span.start, hit, tokens)) continue;
        if (skill && !STACK_CATEGORIES.has(skill.category) && describesTheCompany(lower, span.start, hit, tokens)) continue;
        if (skill && !STACK_CATEGORIES.has(skill.category) && listsTheOrganisationsScope(lower, span.start, hit)) continue;
        if (skill && !STACK_CATEGORIES.has(skill.category) && namesADepartmentWorkedWith(text, span.start, hit, skill)) continue;
        if (namesAClient(text, span.start, hit)) continue;
        // Asked once per item: the item is read whole, its names one by one.
        if (namesAClientIndustry(text, span.start, hit) && !(itemAsksForKnowing ??= ASKS_FOR_KNOWING.test(lower))) continue;
        if (HEAD_OF_BEFORE.test(lower.slice(Math.max(0, hit.start - span.start - 30), hit.start - span.start))) continue;
        if (inJobFact(hit)) continue;
        if (RECEIVED_BEFORE.test(lower.slice(Math.max(0, hit.start - span.start - 80), hit.start - span.start))) continue;
        if (UNIT_OF_BEFORE.test(text.slice(Math.max(span.start, hit.start - 80), hit.start)) && /^\p{Lu}/u.test(text[hit.start] ?? ''))
          continue;
        if (namesARoleField(text.slice(Math.max(span.start, hit.start - 60), hit.start))) continue;
        // "Security clearance:" over "Public trust." in a job's facts: the name of a field, not a skill asked.
        if (
          (section.kind === 'intro' || section.kind === 'boilerplate') &&
          isFieldLabel(lower, hit.start - span.start, hit.end - span.start)
        )
          continue;
        if (
          beforeFirstSpace(text.slice(hit.start, hit.end)).endsWith('ing') &&
          EMPLOYER_PROGRESSIVE_BEFORE.test(lower.slice(Math.max(0, hit.start - span.start - 40), hit.start - span.start))
        )
          continue;
        // What the company values or the workplace it offers ("a team that values curiosity") is not asked of the candidate.
        if (skill && isPersonalQuality(skill.kind) && describesWorkplace(lower, span.start, hit, tokens)) continue;
        if (skill && isPersonalQuality(skill.kind)) {
          const before = lower.slice(Math.max(0, hit.start - span.start - 60), hit.start - span.start);
          if (SERVES_BEFORE.test(before) || COMPANY_DOES_BEFORE.test(before)) continue;
          if (PEOPLE_NOUN_END.test(text.slice(hit.start, hit.end)) && TEAM_OF_BEFORE.test(before)) continue;
        }
        // An untitled opening is often the company's own blurb: soft skills and traits count there only when said to or about the candidate.
        const tableLevel = tableCells.length > 0 ? tableLevelAt(tableCells, hit.start) : undefined;
        if (
          section.kind === 'intro' &&
          !options.introKind &&
          !tableLevel &&
          skill &&
          isPersonalQuality(skill.kind) &&
          !CANDIDATE_VOICE.test(lower) &&
          !turnedToCandidate &&
          !saidAsAnOrder(lower) &&
          // Under a lead-in that asks ("You will need to have:"), each item is said to the candidate.
          (underLeadIn === undefined || underLeadIn.level === 'mentioned') &&
          // So is a bullet asking it in a posting without a requirements heading ("Excellent written communication skills.").
          !(listOfQualifications && listItem && level === 'required')
        )
          continue;
        // "We use PostgreSQL" names the stack; "we inspire creativity" or "we serve healthcare" asks nothing.
        // A degree's subjects are fields of study (in `education`), but tools named beside a degree are skills.
        const namesTheStack = skill !== undefined && STACK_CATEGORIES.has(skill.category);
        if (
          (companyHere || educationHere) &&
          !namesTheStack &&
          // "We use tools like Google Docs, AirTable and Zotero": what the examples of tools are, whatever their category.
          !(
            companyHere &&
            TOOLS_LIKE_BEFORE.test(lower.slice(Math.max(0, hit.start - span.start - TOOLS_LIKE_REACH), hit.start - span.start))
          )
        )
          continue;
        // "… with containerized and cloud-native architectures", "complex data management operations": in the company's
        // voice a practice written in lower case describes its work; the stack it names is its products ("Kubernetes").
        if (
          companyHere &&
          namesTheStack &&
          namesAPracticeInLowerCase(text.slice(hit.start, hit.end)) &&
          // "Our projects involve Python, JavaScript, web frameworks, and DevOps": listed after products, it is the stack.
          !LISTED_AFTER_A_NAME.test(text.slice(Math.max(0, hit.start - LISTED_AFTER_REACH), hit.start))
        )
          continue;
        // "LiveRamp is the leading data collaboration platform": the kind of product the employer is, not its stack.
        if (
          companyHere &&
          PRODUCT_KIND_NAME.test(text.slice(hit.start, hit.end)) &&
          (COMPANY_DESCRIPTION.test(around) ||
            WE_MAKE_BEFORE.test(lower.slice(Math.max(0, hit.start - span.start - 60), hit.start - span.start)))
        )
          continue;
        const inRole = roleOf(text, hit.start, hit.end);
        // "Requirements: … Our projects tend to involve Python, JavaScript and DevOps": the company's stack, named, not asked.
        // "Our services run on Python, so expertise in these is a plus": the item's own words still ask.
        const stackNamed = companyHere && !educationHere && cues.level === undefined ? { level: 'mentioned' as const } : undefined;
        found.push({
          hit,
          item,
          ...levelAt(hit),
          ...(stackNamed ?? {}),
          ...(tableLevel ? { level: tableLevel } : {}),
          ...(inRole ? { inRole } : {}),
        });
      }
      if (options.posting === true && !runOn) {
        // "We are seeking a Residential Electrician": the practice of the role hired, named in passing.
        const hired = section.kind !== 'boilerplate' ? hiredRole(lower, span.start, tokens) : undefined;
        if (hired) addRolePractice(found, foundBefore, taxonomy, hired, item, 'mentioned');
        // "Paramedic or nurse with ICU experience": the practice of each role an ask opens with, asked at its level.
        if (ASKING_SECTIONS.has(section.kind))
          for (const role of rolesWithExperience(lower, span.start, tokens))
            addRolePractice(found, foundBefore, taxonomy, role, item, levelAt(role.range).level);
      }
      dropClassesNamedByTheirProduct(found, foundBefore, text, taxonomy);
      if (options.posting && found.length - foundBefore >= 1)
        addListMates(found, foundBefore, tokens, hits, text, taxonomy, (mates) =>
          hedgedLevels(lower, span.start, [...hits, ...asked, ...mates], uncued, item),
        );
      // "experience in acute medicine": a name the catalogue lacks, right after an ask, is asked at the item's level.
      if (asked.length > 0) {
        for (const phrase of asked) {
          // "experience as a welder": the role's practice, when the catalogue names it.
          const practice = practiceOfRole(taxonomy, text.slice(phrase.start, phrase.end), skillHitsIn);
          found.push(
            practice
              ? catalogueFound(phrase, practice, item, levelAt(phrase).level)
              : unlistedFound(phrase, text, item, levelAt(phrase).level, 'normal', ASKED_NAME),
          );
        }
        keepTextOrder(found, foundBefore);
      }
      // Years said of a name the catalogue lacks stay the overall years: the answer's per-skill years name catalogue skills.
      if (yearsSaid)
        scopeYears(
          yearsSaid,
          found.slice(foundBefore).filter((f) => !f.unlistedBeside),
          experience,
        );
    }
  }
  if (education.degreeOptional && experience.evidence.length > 1) yearsOfShortestPath(experience);
  const backReferences = levelReferredBack(text, items, found);
  const namedOutsideARole = new Set(found.filter((f) => !f.inRole).map((f) => f.hit.skillId));
  const kept = withoutShortForms(
    found.filter((f) => !f.inRole || (f.inRole === 'own' && !namedOutsideARole.has(f.hit.skillId))),
    text,
    taxonomy,
  );
  return { doc, sections, found: kept, items, education, experience, backReferences };
}

/**
 * "NSP Introduction to Ski Patrol … join the patrol … on patrol": once a posting names a practice in full, the bare last
 * word of its name is that practice said short, not another skill the word also names ("patrol" as security patrolling).
 * A word that is a skill's own name keeps it ("statistics" beside "descriptive statistics").
 */
function withoutShortForms(found: Found[], text: string, taxonomy: Taxonomy): Found[] {
  const fullNamesByHead = new Map<string, Set<string>>();
  for (const f of found) {
    const head = /\s([a-z]{4,})$/.exec(text.slice(f.hit.start, f.hit.end).toLowerCase())?.[1];
    if (head === undefined) continue;
    const ids = fullNamesByHead.get(head) ?? new Set<string>();
    ids.add(f.hit.skillId);
    fullNamesByHead.set(head, ids);
  }
  if (fullNamesByHead.size === 0) return found;
  return found.filter((f) => {
    // A word read as a longer name across a coordination ("Database design / management") is no bare word.
    if (f.hit.first !== f.hit.last || f.hit.surface.length > 1) return true;
    const word = text.slice(f.hit.start, f.hit.end).toLowerCase();
    // A word that is the skill's own name ("statistics", "mathematics"), or a name the catalogue lacks, is meant as named.
    const skill = taxonomy.skills.get(f.hit.skillId);
    if (skill === undefined || skill.name.toLowerCase() === word) return true;
    // "patrols", "patrolling" are the same word said short.
    const owners = [word, word.replace(/s$/, ''), word.replace(/ling$/, ''), word.replace(/ing$/, '')]
      .map((w) => fullNamesByHead.get(w))
      .find((ids) => ids !== undefined);
    if (owners === undefined || owners.has(f.hit.skillId)) return true;
    // "REST APIs … APIs": a name of the same family said short still names its own skill.
    return [...owners].some((owner) => shareAFamily(taxonomy, owner, f.hit.skillId) || related(taxonomy, owner, f.hit.skillId));
  });
}

const PLURAL_END = /\p{Ll}s$/u;
/** An item that closes its sentence; read from its last few characters. */
const SENTENCE_END = /[.!?]["')\]]*$/;
const SENTENCE_END_CHARS = 8;

/** Between a class and the first of its products given as examples: "programming languages such as C++", "databases, e.g. MySQL". */
const EXAMPLES_BETWEEN = /^\s*[,(:]?\s*(?:such as|e\.\s?g\.?,?|for example,?|for instance,?|like|including)\s*\(?\s*$/i;
const LOWER_PLURAL = /^\p{Ll}[\p{Ll}\s-]*s$/u;
const TOOLS_OF_A_FIELD = /\s(?:frameworks?|tools?|librar(?:y|ies)|platforms?|software|packages?|technolog(?:y|ies)|solutions?)$/i;
/** Between a practice and the product it is done in: "programming skills in Python", "scripting using Bash". */
const MEANS_BETWEEN = /^\s*(?:skills?\s+)?(?:in|using)\s*$/i;
/** Between a product and its class named after it as its description: "SQL Server databases", "Unix-like operating systems". */
const DESCRIBED_BY_CLASS = /^\s*(?:-\s*(?:like|based)\s*)?$/i;

/**
 * "spreadsheets (Excel)", "programming languages such as C/C++", "SQL Server databases": a class given with one of
 * its products asks for that product; the class is only its description. The item's names from `from` on, in place.
 */
function dropClassesNamedByTheirProduct(found: Found[], from: number, text: string, taxonomy: Taxonomy): void {
  for (let k = found.length - 1; k > from; k--) {
    const product = (found[k] as Found).hit;
    const named = (found[k - 1] as Found).hit;
    const between = text.slice(named.end, product.start);
    const bracketed = /^\s*\(\s*$/.test(between) && /^\s*\)/.test(text.slice(product.end, product.end + 3));
    // A class is named in the plural ("spreadsheets", "Databases"); "Java (Spring)" or "Git (GitHub)" names a skill and its tool.
    const classAsWritten = text.slice(named.start, named.end);
    const asClass = ((bracketed || EXAMPLES_BETWEEN.test(between)) && PLURAL_END.test(classAsWritten)) || MEANS_BETWEEN.test(between);
    // "deep learning frameworks such as PyTorch", "BI tools like Tableau": the field is asked, its tools are examples.
    if (asClass && !TOOLS_OF_A_FIELD.test(classAsWritten)) {
      if (taxonomy.ancestors(product.skillId).includes(named.skillId)) found.splice(k - 1, 1);
      continue;
    }
    // Only a class written as a common noun: in "reactjs javascript node.js" or "Angular Typescript" each word is a name.
    const classAfter = text.slice(product.start, product.end);
    if (DESCRIBED_BY_CLASS.test(between) && LOWER_PLURAL.test(classAfter) && taxonomy.ancestors(named.skillId).includes(product.skillId))
      found.splice(k, 1);
  }
}

/** A name the catalogue lacks, found at a token range, as the analysis carries every name. */
function unlistedFound(
  at: Pick<ListMate, 'first' | 'last' | 'start' | 'end'>,
  text: string,
  item: Item,
  level: Level,
  intensity: Intensity,
  beside: Skill,
): Found {
  return { ...catalogueFound(at, unlistedIdOf(text.slice(at.start, at.end)), item, level, intensity), unlistedBeside: beside };
}

/** A skill read at a token range by a rule rather than by one of its surfaces (a role's practice, an unlisted name). */
function catalogueFound(
  at: Pick<ListMate, 'first' | 'last' | 'start' | 'end'>,
  skillId: string,
  item: Item,
  level: Level,
  intensity: Intensity = 'normal',
): Found {
  const surface = { skillId, text: '', requireContext: false, generated: false, length: at.last - at.first + 1 };
  return { hit: { skillId, surface, first: at.first, last: at.last, start: at.start, end: at.end }, item, level, intensity };
}

/** The practice of a role the item names, when the catalogue knows it and the item names neither it nor anything at the role's place. */
function addRolePractice(
  found: Found[],
  from: number,
  taxonomy: Taxonomy,
  role: { range: TokenRange; role: string },
  item: Item,
  level: Level,
): void {
  // "An iOS Developer with …": the role with the word before it (iOS development), else its own noun.
  const head = role.role.lastIndexOf(' ');
  const practice =
    practiceOfRole(taxonomy, role.role, skillHitsIn) ??
    (head === -1 ? undefined : practiceOfRole(taxonomy, role.role.slice(head + 1), skillHitsIn));
  if (!practice || found.slice(from).some((f) => f.hit.skillId === practice || f.hit.start === role.range.start)) return;
  found.push(catalogueFound(role.range, practice, item, level));
  keepTextOrder(found, from);
}

/** Adds, in text order, the names an item lists beside the known names it holds. */
function addListMates(
  found: Found[],
  from: number,
  tokens: readonly Token[],
  hits: readonly SkillHit[],
  text: string,
  taxonomy: Taxonomy,
  levelsWith: (mates: readonly TextSpan[]) => (span: TextSpan) => { level: Level; intensity: Intensity },
): void {
  const known = found.slice(from).sort((a, b) => a.hit.start - b.hit.start);
  const asked = new Set(known.map((f) => f.hit));
  const mates = unlistedListMates(
    tokens,
    known.map((f) => f.hit),
    hits.filter((h) => !asked.has(h)),
  );
  if (mates.length === 0) return;
  const foundOf = new Map(known.map((f) => [f.hit, f]));
  const levelAt = levelsWith(mates);
  const added: Found[] = [];
  for (const mate of mates) {
    const anchor = foundOf.get(mate.anchor) as Found;
    const anchorSkill = taxonomy.skills.get(anchor.hit.skillId);
    // Traits and spoken languages list their own kind; a word beside them names no skill we can read.
    if (!anchorSkill || anchorSkill.kind === 'trait' || anchorSkill.kind === 'language') continue;
    if (namesAPlace(text.slice(mate.start, mate.end))) continue;
    // A mate takes its anchor's level, unless a hedge of its own clause sets it apart ("Maya, Morpheme a benefit but not essential").
    const own = levelAt(mate);
    const level = own.level === levelAt(anchor.hit).level ? anchor.level : own.level;
    added.push(unlistedFound(mate, text, anchor.item, level, anchor.intensity, anchorSkill));
  }
  found.splice(from, found.length - from, ...known, ...added);
  keepTextOrder(found, from);
}

/** Puts the names found from `from` on in the order the text says them: groups read the links between neighbours. */
function keepTextOrder(found: Found[], from: number): void {
  found.splice(from, found.length - from, ...found.slice(from).sort((a, b) => a.hit.start - b.hit.start));
}

/**
 * A sentence that asks for what the sentence before it named ("Our languages are Go, Ruby and Python.
 * You should have experience with at least two of those."): `choice` when it asks for some of them.
 */
const REFERS_BACK =
  /\b(?:experience|familiarity|knowledge|proficiency|expertise|fluency|comfort|skills?)\s+(?:with|in|of|using)\s+((?:(?:at least|any|one|two|three|some|all|either|several|most|each|or more|of)\s+){0,4})(?:these|those|them|the above)\b/;
const SOME_OF = /\b(?:at least|any|one|two|three|some|either|several)\b/;

function referenceBack(
  text: string,
  items: readonly Item[],
  n: number,
  namedIn: (item: Item) => readonly Found[],
): BackReference | undefined {
  const item = items[n] as Item;
  const to = items[n - 1];
  if (!to || to.section !== item.section) return undefined;
  const lower = text.slice(item.start, item.end).toLowerCase();
  const m = REFERS_BACK.exec(lower);
  if (!m) return undefined;
  const at = item.start + m.index;
  // "…in at least one of these languages: Java, Go" points forward; "built on Java, so expertise in these" at its own names.
  if (/^[^.;]{0,40}:/.test(lower.slice(m.index + m[0].length)) || namedIn(item).some((f) => f.hit.start < at)) return undefined;
  return { to, choice: SOME_OF.test(m[1] as string) };
}

/** The names a later sentence asks for by reference take its level when it is higher; returns the references found. */
function levelReferredBack(text: string, items: readonly Item[], found: Found[]): BackReference[] {
  const byItem = foundByItem(found);
  const namedIn = (item: Item) => byItem.get(item) ?? [];
  const references: BackReference[] = [];
  for (let n = 1; n < items.length; n++) {
    const back = referenceBack(text, items, n, namedIn);
    if (!back) continue;
    references.push(back);
    const item = items[n] as Item;
    const asked: Level = item.level === 'mentioned' ? 'required' : item.level;
    for (const f of namedIn(back.to)) if (LEVEL_RANK[f.level] < LEVEL_RANK[asked]) f.level = asked;
  }
  return references;
}

/**
 * Level and intensity of each name in an item. A hedge binds to what it qualifies: when some names sit
 * inside a hedged stretch and some outside, those outside keep what the rest of the item says. When
 * every name is on one side ("Python (preferred)"), the item's own cues apply to all.
 */
/** "map reading skills" after "understand": two rules may read the same phrase; it is one mention. */
const distinctRanges = (ranges: readonly TokenRange[]): TokenRange[] =>
  ranges.filter((r, k) => ranges.findIndex((o) => o.first === r.first && o.last === r.last) === k);

/** Where a name stands in the text. */
interface TextSpan {
  start: number;
  end: number;
}

function hedgedLevels(
  lower: string,
  itemStart: number,
  hits: readonly TextSpan[],
  base: Level | undefined,
  item: Item,
): (hit: TextSpan) => { level: Level; intensity: Intensity } {
  const whole = { level: item.level, intensity: item.intensity };
  const wishFrom = hits.length > 0 ? wishLabelInside(lower) : -1;
  if (wishFrom !== -1) {
    const before = readCues(lower.slice(0, wishFrom));
    const asked = { level: before.level ?? base ?? 'mentioned', intensity: before.intensity };
    const wished = { level: 'preferred' as const, intensity: readCues(lower.slice(wishFrom)).intensity };
    return (hit) => (hit.start - itemStart < wishFrom ? asked : wished);
  }
  const clauses = hits.length > 0 ? mixedClauseCues(lower) : undefined;
  if (clauses) {
    return (hit) => {
      const at = hit.start - itemStart;
      // Clauses are in order: a binary search keeps a pathological one-line item linear.
      let lo = 0;
      let hi = clauses.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((clauses[mid] as HedgeScope).start <= at) lo = mid;
        else hi = mid - 1;
      }
      const clause = clauses[lo];
      return { level: clause?.cues.level ?? whole.level, intensity: clause ? clause.cues.intensity : whole.intensity };
    };
  }
  const scopes = hits.length > 0 ? hedgeScopes(lower) : [];
  if (scopes.length === 0) return () => whole;
  const scopeOf = (hit: TextSpan) => scopes.find((s) => hit.start - itemStart >= s.start && hit.end - itemStart <= s.end);
  const inside = hits.filter((h) => scopeOf(h) !== undefined).length;
  if (inside === hits.length) return () => whole;
  const outer = cuesOutside(lower, scopes);
  const outside = { level: outer.level ?? base ?? 'mentioned', intensity: outer.intensity };
  // The hedge qualifies something else ("…with Tableau, ideally in a fast-paced team"): the skills keep the item's level without it.
  if (inside === 0) return () => outside;
  return (hit) => {
    const scope = scopeOf(hit);
    if (!scope) return outside;
    return {
      level: scope.cues.level ?? outside.level,
      intensity: scope.cues.intensity === 'normal' ? outside.intensity : scope.cues.intensity,
    };
  };
}

/**
 * A thing that serves a practice ("information that supports team decision-making", "a dashboard that
 * informs planning"): a third-person verb with a non-human subject names what the work serves, not a
 * skill of the candidate (who is addressed in the imperative or the second person).
 */
const SERVES_BEFORE =
  /\b(?:supports|informs|enables|facilitates|guides|underpins|feeds|powers|drives|improves|speeds up|(?:reports?|analys[ie]s|data|dashboards?|insights?|information) (?:to|that) (?:support|inform|enable|facilitate|guide|drive))\s+(?:(?:the|our|their|its|your|better|faster|informed|smarter|data-driven|strategic|everyday|daily)\s+)*(?:(?:team|teams|business|company|leadership|management|stakeholder|stakeholders|executive|product|organi[sz]ational)(?:'s|')?\s+)?$/;
/** "We will prioritize candidates who…", "we collaborate with…": the employer's own doing, asked of no one. */
const COMPANY_DOES_BEFORE = /\bwe(?:'ll| will| would| can| may| also| always| actively| strongly)?\s+$/;

/** "Solve problems when issues occur", "Be available to solve problems": an order, said to the candidate, not the company's blurb. */
const BE_READY_TO = /^(?:[-*\u2022]\s*)?be (?:able|available|willing|ready|prepared) to\b/;
const saidAsAnOrder = (lower: string): boolean => opensWithImperativeDuty(lower) || BE_READY_TO.test(lower);

/**
 * A duty ("Provide datasets required to couple the models; construction of geological models"): its cue is the
 * duty's own ("required to couple") and levels none of its later clauses.
 */
const saysADuty = (lower: string): boolean => opensWithImperativeDuty(lower) || opensWithDutyVerb(lower);
/** A span opening with a list mark ("» Broad understanding …"): an item of its own, whatever ended the one before. */
const OPENS_WITH_A_MARK = /^\s*[»›•·*+\-\u2013\u2014\u25aa\u25cf\u2022]/;
/** "…, masters degree preferred;": a cue that ends its clause hedges that clause only, not the ones after it. */
const CUE_AT_THE_END_CHARS = 24;
function endsOnItsCue(lower: string, phrases: readonly string[]): boolean {
  const end = lower.replace(/[\s.;:,!]+$/, '').length;
  return phrases.some((p) => lower.lastIndexOf(p) >= end - Math.max(p.length, CUE_AT_THE_END_CHARS));
}
/** A span that goes on after a semicolon on the same line ("…; is comfortable navigating the internet"). */
const continuesAfterSemicolon = (text: string, previous: TextSpan, span: TextSpan): boolean =>
  /;\s*$/.test(text.slice(Math.max(previous.start, previous.end - 3), previous.end) + text.slice(previous.end, span.start)) &&
  !text.slice(previous.end, span.start).includes('\n');

/** Professional skills and personality traits (the `trait` kind, when the taxonomy has it). */
function isPersonalQuality(kind: string): boolean {
  return kind === 'soft' || kind === 'trait';
}

/** Years said in a sentence naming one to three skills are years with those skills ("3+ years with SQL and Python"). */
const MAX_SKILLS_FOR_SCOPED_YEARS = 3;
function scopeYears(said: YearsSaid, hits: readonly Found[], into: Experience): void {
  const ids = [...new Set(hits.map((f) => f.hit.skillId))];
  if (ids.length === 0 || ids.length > MAX_SKILLS_FOR_SCOPED_YEARS) {
    if (said.scoped) addOverallYears(into, said);
    return;
  }
  for (const skillId of ids) {
    const known = into.perSkill.find((p) => p.skillId === skillId);
    if (known && known.years >= said.years) continue;
    const { years, start, end, text } = said;
    if (known) Object.assign(known, { years, start, end, text });
    else into.perSkill.push({ skillId, years, start, end, text });
  }
}

function skillRef(skill: Skill): SkillRef {
  return { id: skill.id, name: skill.name, kind: skill.kind, category: skill.category, ...(skill.esco ? { esco: skill.esco } : {}) };
}

/** Extracts what a posting asks for. Offsets in the answer index into `source` exactly. */
export function extractPosting(taxonomy: Taxonomy, source: string): PostingAnalysis {
  const analysed = analyseText(taxonomy, source, { skipTitleLine: true, posting: true });
  const { doc, found } = analysed;
  const bySkill = new Map<
    string,
    { mentions: Mention[]; spans: Set<string>; level: Level; intensity: Intensity; cues: Set<string>; first: number }
  >();
  const unlisted = new Map<string, Skill>();
  for (const { hit, item, level, intensity, unlistedBeside } of found) {
    const { start, end } = toSourceSpan(doc, hit.start, hit.end);
    if (unlistedBeside && !unlisted.has(hit.skillId))
      unlisted.set(hit.skillId, {
        id: hit.skillId,
        name: source.slice(start, end),
        kind: unlistedBeside.kind,
        category: unlistedBeside.category,
        aliases: [],
        broader: [],
        narrower: [],
        related: [],
        usedWith: [],
      });
    const mention: Mention = { start, end, text: source.slice(start, end), section: item.section.kind, level };
    const entry = bySkill.get(hit.skillId);
    if (!entry) {
      bySkill.set(hit.skillId, {
        mentions: [mention],
        spans: new Set([`${start}:${end}`]),
        level,
        intensity,
        cues: new Set(item.cues),
        first: hit.start,
      });
      continue;
    }
    // Two readings of one phrase (a list mate that also ends in "skills") are one mention.
    const span = `${start}:${end}`;
    if (!entry.spans.has(span)) {
      entry.spans.add(span);
      entry.mentions.push(mention);
    }
    if (LEVEL_RANK[level] > LEVEL_RANK[entry.level]) {
      entry.level = level;
      entry.intensity = intensity;
    } else if (level === entry.level && INTENSITY_FACTOR[intensity] > INTENSITY_FACTOR[entry.intensity]) {
      entry.intensity = intensity;
    }
    for (const c of item.cues) entry.cues.add(c);
  }

  const isTrait = (id: string) => taxonomy.skills.get(id)?.kind === 'trait';
  const groups = withoutTraits(buildGroups(taxonomy, analysed, source), isTrait);
  const requirements: Requirement[] = [];
  const traits: PostingTrait[] = [];
  for (const [id, entry] of bySkill) {
    const skill = taxonomy.skills.get(id) ?? unlisted.get(id);
    if (!skill) continue;
    if (skill.kind === 'trait') {
      traits.push({ skill: skillRef(skill), level: entry.level, mentions: entry.mentions });
      continue;
    }
    const memberOf = groups.filter((g) => g.skills.includes(id));
    // Only a group at the requirement's own level replaces it in scoring; a stronger standalone mention stands alone.
    const strongest = memberOf.find((g) => g.level === entry.level);
    requirements.push({
      skill: skillRef(skill),
      level: entry.level,
      weight: requirementWeight(entry.level, entry.intensity, reportKindOf(skill.kind)),
      intensity: entry.intensity,
      ...(strongest ? { group: strongest.id } : {}),
      groups: memberOf.map((g) => g.id),
      mentions: entry.mentions,
      cues: [...entry.cues],
    });
  }
  requirements.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));

  const warnings: string[] = [];
  const kinds = new Set(analysed.sections.map((s) => s.kind));
  if (!kinds.has('required') && !kinds.has('qualifications') && !kinds.has('preferred')) {
    warnings.push('No qualifications section found: levels come from cues inside sentences only.');
  }
  if (requirements.length === 0) warnings.push('No skills from the taxonomy were found in the posting.');

  const mapEvidence = (e: { start: number; end: number }): Evidence => {
    const span = toSourceSpan(doc, e.start, e.end);
    return { ...span, text: source.slice(span.start, span.end) };
  };
  return {
    requirements,
    traits,
    groups,
    sections: analysed.sections.map((s) => {
      const span = toSourceSpan(doc, s.headingStart, s.end);
      return { kind: s.kind, heading: s.heading, start: span.start, end: span.end };
    }),
    education: { ...analysed.education, evidence: analysed.education.evidence.map(mapEvidence) },
    experience: {
      ...(analysed.experience.minYears !== undefined ? { minYears: analysed.experience.minYears } : {}),
      perSkill: analysed.experience.perSkill.flatMap((p) => {
        const skill = taxonomy.skills.get(p.skillId);
        return skill && bySkill.has(p.skillId)
          ? [{ skill: { id: skill.id, name: skill.name }, years: p.years, evidence: mapEvidence(p) }]
          : [];
      }),
      evidence: analysed.experience.evidence.map(mapEvidence),
    },
    taxonomyVersion: taxonomy.version,
    warnings,
  };
}
