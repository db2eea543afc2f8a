import type { SkillHit } from './match.js';
import { opensWithDutyVerb, opensWithImperativeDuty } from './list-mates.js';
import { opensWithHandsOnVerb } from './duty-phrases.js';

/*
 * Where a posting speaks of its employer rather than of the job: the company's own voice, a sentence that
 * describes it or what it does, the names it goes by, and the boilerplate around an offer. What is said
 * there is not asked of the candidate, unless a sentence asks in passing (`ASK_IN_PASSING`).
 */

/** Tested against lower-cased items. Sentences where the company talks about itself ("Join us as we inspire creativity") name no requirement. */
export const COMPANY_VOICE = /\b(?:we|we're|we've|our|us|ours)\b/;
export const CANDIDATE_VOICE =
  /\b(?:you|your|you'll|you're|candidate|candidates|applicant|intern|interns|the role|this role|the position|this position|the successful|responsibilit|will be responsible|must|someone|need|needs|looking for|seeking|hiring|require|requires|expect|expects|(?:would|'d) (?:love|like)|love to see|like to see|appreciate|value experience|values experience|required|essential|incumbent|(?:is|are|would be|will be) an? (?:[a-z]+ ){0,2}(?:plus|bonus|advantage|asset)|nice to have)\b/;
/** What follows the subject of a sentence that describes the employer. */
const COMPANY_DESCRIPTION_AFTER = String.raw`(?:is|are|has become|has been|was|(?:aims|strives|wants|continues) to be)\s+(?:(?:a|an|the|one of the|one of)\s+)(?:[^\s.;:()]+\s+){0,5}?(?:leaders?|communit(?:y|ies)|consortium|institute|providers?|competitors?|insurers?|company|companies|firm|organi[sz]ation|business|platform|start-?up|scale-?up|employer|group|consultancy|agency|bank|manufacturer|marketplace|brand|retailer|supplier|institution|pioneer|powerhouse|innovator|leading|largest|fastest[- ]growing|hospitals?|clinics?|health(?:care)? system|schools?|university|college|academy|non-?profit|charity|foundation|restaurants?|hotels?|resort|stores?|chain|cent(?:er|re)|facility|network|studio|publisher|distributor|contractor|manufacturing)\b`;
/**
 * The company described in the third person ("Acme is a global leader in financial services",
 * "Founded in 1998, Acme is the leading provider of…", "St. Mary's is a teaching hospital offering
 * cardiology"): about the employer, in any section.
 */
export const COMPANY_DESCRIPTION = new RegExp(`^(?:[^\\s;:()]+\\s+){1,8}?${COMPANY_DESCRIPTION_AFTER}`);
/** The same, in a long paragraph's sentence whose subject opens after a clause ("Based on the … Campus, the Department of … is a …"). */
export const COMPANY_DESCRIPTION_LONG = new RegExp(`^(?:[^\\s;:()]+\\s+){1,16}?${COMPANY_DESCRIPTION_AFTER}`);
/**
 * "Acme develops and sells service robots…", "The hospital offers treatments…": what the employer does, said of it.
 * ("designs" and "builds" are left out: as nouns they open duties, "Document system designs".)
 */
const COMPANY_DOES =
  /^(?:[^\s.;:()]+\s+){1,6}?(?:develops|manufactures|produces|sells|provides|offers|delivers|operates|specializes|specialises|creates|supplies|distributes|serves|empowers|enables|helps|was founded|has grown|ha(?:s|ve) (?:built|developed|created|launched)|(?:is|are) (?:building|creating|developing|reinventing|transforming|redefining|revolutioni[sz]ing))\b/;
/** The subject of such a sentence is the job or its people, not the employer: "The Data Engineer designs pipelines". */
const ROLE_SUBJECT =
  /\b(?:you|your|candidate|applicant|intern|role|position|incumbent|engineers?|developers?|analysts?|managers?|scientists?|designers?|specialists?|consultants?|officers?|assistants?|representatives?|coordinators?|technicians?|nurses?|teachers?|team|department|unit|group|lab|laboratory|project|person|individual|he|she|they|this|who|which|that)\b/;
/** A duty that opens with a gerund ("Ordering supplies", "Handling offers"): the verb-like word after it is its object, as after an order ("Order supplies"). */
const GERUND_OPENING = /^(?:[-*\u2022]\s*)?[a-z]+ing\s+(?:[a-z]+\s+)?\S+$/;
/** "… cleaning supplies.", "… special offers": the verb-like word ends the sentence, so it is a noun. */
const ENDS_THE_SENTENCE = /^\s*(?:[.;:!)]|$)/;
export function describesWhatTheCompanyDoes(lower: string): boolean {
  const m = COMPANY_DOES.exec(lower);
  return (
    m !== null &&
    !ENDS_THE_SENTENCE.test(lower.slice(m.index + m[0].length)) &&
    !ROLE_SUBJECT.test(m[0]) &&
    !GERUND_OPENING.test(m[0]) &&
    !opensWithImperativeDuty(lower) &&
    !opensWithDutyVerb(lower) &&
    !opensWithHandsOnVerb(lower)
  );
}
/** "Acme builds CRM software for real estate agents": a name as the subject of "builds", "designs" or "makes" (as nouns they follow a verb: "Run builds"). */
const NAME_BUILDS = /^(?:[-*\u2022]\s*)?((?:\p{Lu}[\p{L}\p{N}&.'-]*\s+){1,3})(?:builds|designs|makes)\b/u;
export function aNameBuilds(raw: string, lower: string): boolean {
  const m = NAME_BUILDS.exec(raw);
  return m !== null && !opensWithImperativeDuty(lower) && !ROLE_SUBJECT.test((m[1] as string).toLowerCase());
}
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'-]*(?: \p{Lu}[\p{L}\p{N}&.'-]*){0,3}`;
/** One capitalised word: in "Shape Acme's strategy" the owner is Acme, not "Shape Acme". */
const NAME_BEFORE_APOSTROPHE = String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.-]*`;
/** What the employer owns, after its name and an apostrophe: "Acme's mission", "Acme’s customers". */
const OWNED_AFTER =
  /['\u2019]s (?:own |entire |overall |global )?(?:mission|vision|values|culture|business|customers|clients|users|community|brand|voice|growth|success|goals?|history|website|people|employees|team members|offices|content strategy|digital footprint|handbook|strategy)\b/;
/** The employer hiring, after its name: "Acme is looking for…". */
const HIRING_AFTER = / (?:is|are) (?:looking|hiring|seeking|searching|adding|growing|expanding|recruiting)\b/;
/**
 * Where a posting names its employer: "About TikTok" on a line of its own, "At Acme, we…", "Acme is a
 * leading provider…", "Acme Inc.", "Join Acme", "Acme's mission", "Acme is hiring", "Acme and its affiliates", "the face of Acme",
 * its careers site. The patterns run over the whole posting, so each has a cheap guard searched first:
 * words it cannot match without (the words after the name, "About ", "Join", "At ").
 */
const EMPLOYER_NAMED: { guard?: RegExp; pattern: RegExp }[] = [
  { guard: /About /, pattern: new RegExp(String.raw`(?:^|\n)[ \t]*About (${NAME})[ \t]*:?[ \t]*(?=\n|$)`, 'gu') },
  {
    guard: /[Jj]oin/,
    pattern: new RegExp(String.raw`\b(?:[Jj]oin|[Jj]oining) (${NAME})(?=[,.!]|\s+(?:as|and|in|on|to|today|now)\b)`, 'gu'),
  },
  {
    // The space the pattern writes before the suffix: a literal first character is found faster than a word boundary.
    guard: / (?:Inc|Ltd|LLC|GmbH|Corp|Corporation|plc|S\.A|AG|B\.V)\b/,
    pattern: new RegExp(String.raw`(${NAME}),? (?:Inc|Ltd|LLC|GmbH|Corp|Corporation|plc|S\.A|AG|B\.V)\b`, 'gu'),
  },
  {
    guard: OWNED_AFTER,
    pattern: new RegExp(String.raw`(${NAME_BEFORE_APOSTROPHE})${OWNED_AFTER.source}`, 'gu'),
  },
  { guard: /At /, pattern: new RegExp(String.raw`(?:^|\n|[.!?] )[ \t]*At (${NAME}),? (?:we|our)\b`, 'gu') },
  { guard: /\b(?:face|voice|ambassador) of /, pattern: new RegExp(String.raw`\b(?:face|voice|ambassador) of (${NAME})`, 'gu') },
  {
    guard: / and its (?:affiliates|subsidiaries)\b/,
    pattern: new RegExp(String.raw`(${NAME}) and its (?:affiliates|subsidiaries)\b`, 'gu'),
  },
  /** The employer's careers site: "careers.acme.com", "jobs.acme.co.uk", "acme.com/careers". */
  {
    guard: /\b(?:careers|jobs)\b/,
    pattern: /\b(?:careers|jobs)\.([a-z0-9-]{2,40})\.[a-z]{2,}|\b([a-z0-9-]{2,40})\.[a-z]{2,}(?:\.[a-z]{2})?\/(?:careers|jobs)\b/gu,
  },
  /** "PACER Center is an Affirmative Action and Equal Employment Opportunity Employer." */
  {
    guard: /[Ee]mployer\b/,
    pattern: new RegExp(String.raw`(?:^|\n|[.!?] )[ \t]*(${NAME}) is an? (?:[\w/&,-]+ ){1,8}[Ee]mployer\b`, 'gu'),
  },
  /** The employer's hiring mailbox: "careers@acme.org", "jobs@acme.co.uk". */
  {
    guard: /@/,
    pattern: /\b(?:careers|jobs|hr|recruiting|recruitment|hiring)@([a-z0-9-]{2,40})\.[a-z]{2,}/giu,
  },
  /** "Working for Pharr Public Safety Communications is more than just a job", "Acme has open positions for…". */
  {
    guard: /\b(?:[Ww]orking|[Cc]areer) (?:for|at|with) /,
    pattern: new RegExp(String.raw`(?:^|\n|[.!?] )[ \t]*(?:Working|A career) (?:for|at|with) (${NAME}) (?:is|means|offers)\b`, 'gu'),
  },
  {
    guard: / (?:positions|openings|vacancies) for /,
    pattern: new RegExp(
      String.raw`(?:^|\n|[.!?] )[ \t]*(${NAME}) (?:has|have|is offering) (?:[\p{Ll}-]+ ){0,2}(?:positions|openings|vacancies) for\b`,
      'gu',
    ),
  },
  {
    guard: HIRING_AFTER,
    pattern: new RegExp(String.raw`(?:^|\n|[.!?] )[ \t]*(${NAME})${HIRING_AFTER.source}`, 'gu'),
  },
  {
    guard: / (?:is|has become|has been|was) (?:a|an|the|one of the) /,
    pattern: new RegExp(
      String.raw`(?:^|\n|[.!?] )[ \t]*(${NAME}) (?:is|has become|has been|was) (?:a|an|the|one of the) (?:[^\s.;:()]+ ){0,5}?(?:leaders?|providers?|company|firm|platform|start-?up|scale-?up|employer|group|brand|retailer|marketplace|manufacturer|pioneer|innovator|leading|largest|global|world's)\b`,
      'gu',
    ),
  },
];
const NOT_AN_EMPLOYER = /^(?:us|the|our|you|this|me|we|it|he|she|they)\b/i;
const nameKey = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** How many first words of a name may be the employer's ("Tik Tok Shop"). */
const EMPLOYER_NAME_WORDS = 3;
/** A name that is the employer's, or opens with it: its products ("Zendesk Support" at Zendesk). */
export function namesTheEmployer(employer: ReadonlySet<string>, named: string): boolean {
  const words = named.split(/\s+/);
  for (let k = 1; k <= Math.min(EMPLOYER_NAME_WORDS, words.length); k++)
    if (employer.has(nameKey(words.slice(0, k).join(' ')))) return true;
  return false;
}

/** A name that ends the employer's ("Consulting" in "Enco Consulting is looking for …"). */
export function endsTheEmployersName(employer: ReadonlySet<string>, text: string, hit: SkillHit): boolean {
  const before = /((?:\p{Lu}[\p{L}\p{N}&.'-]*\s+){1,3})$/u.exec(text.slice(Math.max(0, hit.start - 80), hit.start));
  if (!before) return false;
  const words = (before[1] as string).trim().split(/\s+/);
  const named = text.slice(hit.start, hit.end);
  for (let k = words.length - 1; k >= 0; k--) if (employer.has(nameKey(`${words.slice(k).join(' ')} ${named}`))) return true;
  return false;
}

/** The employer's names as the posting gives them, compared letters-only ("TikTok", "Tik Tok"). */
export function employerNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const { guard, pattern } of EMPLOYER_NAMED) {
    if (guard && !guard.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      const name = (m[1] ?? m[2]) as string;
      if (NOT_AN_EMPLOYER.test(name)) continue;
      names.add(nameKey(name));
      // "PACER Center": the initials that open the name are its short form ("awareness of PACER").
      const initials = /^(\p{Lu}{3,})\s+\p{Lu}/u.exec(name)?.[1];
      if (initials) names.add(nameKey(initials));
    }
  }
  return names;
}

/** Wording that asks the candidate for a skill, even where the section is about the company. */
export const ASK_IN_PASSING_PHRASES =
  /\b(?:(?:hands[- ]on |solid |strong |proven |professional )?experience (?:with|in|using)|knowledge of|familiar(?:ity)? with|proficien(?:t|cy) (?:in|with)|expertise in|you (?:have|bring|know|master)|must have|is required|are required)\b/;
/** "… and Driver's license required.": a sentence that ends on its level asks as well. */
export const ASK_IN_PASSING = new RegExp(
  String.raw`${ASK_IN_PASSING_PHRASES.source}|(?<!\b(?:as|if|when|where|not)\s+)\b(?:required|preferred)(?=[.!;,]|\s*$)`,
);
export const COMPANY_VOICE_START = /^(?:we|our|at [^,]{1,40},? we)\b/;
// Not a background check or visa sponsorship: conditions a requirement list states beside what it asks ("Must pass a
// background check and hold a valid driver's license").
export const BOILERPLATE_SENTENCE =
  /\b(?:privacy (?:policy|notice)|equal (?:opportunit(?:y|ies)|employment)|without regard to (?:race|age|sex|gender|religion|color|colour|disability)|protected veteran|national origin|gender identity|reasonable accommodation|applicant privacy|e-verify|pay range|salary range|base salary|benefits include|health insurance|paid time off|401\(k\)|pension (?:plan|scheme|contributions?)|insurance scheme|parental leave|vacation days|paid vacation|paid holidays?|sabbaticals?|holiday allowance|employee discounts?|staff discounts?|private (?:health ?care|medical (?:insurance|cover))|pension package|gym membership|subsidi[sz]ed (?:gym|lunch|canteen|meals)|free (?:[a-z]+ ){0,2}(?:classes|lessons|courses|lunch(?:es)?|breakfasts?|snacks|drinks|meals)|(?:will|may) involve (?:[a-z]+ ){0,3}verification|flat hierarch(?:y|ies)|(?:salary|pay|wage) supplement|by submitting your (?:details|application|cv|resume|résumé|information|data)|applicant (?:database|policy|data))\b/;

/**
 * The employer's size and money ("In 2025, Acme generated $5.4 billion in sales and has approximately 16,100
 * employees", "reached a 2.5 billion valuation after a Series C funding round"): what it has, not what it asks.
 */
export const COMPANY_FIGURES_SENTENCE =
  /\b(?:(?:generated|reached|raised|received|secured|closed|reported|posted|achieved|recorded)\s+(?:an?\s+|over\s+|more than\s+|nearly\s+|almost\s+|approximately\s+|about\s+|some\s+)?(?:(?:us)?\$|€|£|(?:usd|eur|gbp|dkk|sek|nok)\s?)?\d[\d.,]*\s*(?:million|billion|bn|mn|[mbk])?\b[^.;]{0,40}?\b(?:sales|revenues?|turnover|valuation|funding|investment)|(?:has|employs)\s+(?:approximately|about|around|over|more than|nearly|almost|some|close to)?\s*\d[\d.,]*\+?\s+(?:employees|staff|colleagues|team members|professionals|workers)|(?:series [a-e]|seed) (?:funding|round|investment))\b/;
