import { WISH_LABEL } from '../text/sentences.js';

/**
 * Words inside an item that change what its section says: "X is a plus" in a required list makes X
 * preferred; "must" makes it required; "proficiency in" and "basic is fine" change its weight.
 */
export type Level = 'required' | 'preferred' | 'mentioned';
export type Intensity = 'strong' | 'normal' | 'basic';

export const LEVEL_RANK: Record<Level, number> = { required: 3, preferred: 2, mentioned: 1 };

/** Nouns a "preferred" or "desired" qualifies as an adjective, where it hedges nothing. */
const NOT_A_HEDGE_NOUN =
  '(?:(?:patient|client|customer|business|clinical|learning|health|financial)\\s+)?(?:outcomes?|results?|state|effects?|goals?|behaviou?rs?|impact|future|providers?|vendors?|suppliers?|partners?|pronouns?|name|stock|shares|customers?|clients?|destination|employer)\\b';

/** What an interest may be in without naming a skill: the job itself ("interested in a rewarding career within …"). */
const THE_JOB_ITSELF = String.raw`(?:working|joining|(?:a|an|the) (?:[a-z-]+ ){0,2}(?:career|role|position|job|opportunity|team|company)\b)`;
/**
 * "Experience or willingness to learn: Topcon, Trimble", "students who are willing to learn Processing": what a hire may
 * still learn is a plus, not asked. Not "willing to learn and share", which names nothing to learn.
 */
const LEARNABLE =
  /\b(?:willing(?:ness)?|eager(?:ness)?|ready|open) to learn\b(?!\s*(?:[,.;!]|$)|\s+(?:and|&|as|or|from|quickly|fast|on|in|while|through|with)\b)/g;

const PREFERRED_CUES = [
  /\b(?:is|are|would be|will be|be|as|considered|seen as) an? (?:very |really )?(?:big |huge |strong |definite |real |added |additional |distinct |significant |clear |great |particular |large |major )?(?:plus|bonus|advantage|asset)\b/,
  /\ba (?:very |really )?(?:big |huge |strong |definite )?plus\b/,
  // "Morpheme a benefit but not essential"; not "a benefit to the community".
  /\ban? (?:added |additional |real |big |definite )?benefit\s*(?:[.;,)!]|but\b|$)/,
  // "Spanish an asset.", "dbt experience an advantage.": the hedge closes the item.
  /\ban? (?:added |additional |distinct |definite |significant |strong |big |real )?(?:asset|advantage)\s*(?:[.;)!]|$)/,
  /\bnice[- ]to[- ]haves?\b/,
  /\b(?:good|great)[- ]to[- ]have\b/,
  /\beven better\b/,
  /\b(?:would be|is) ideal\s*(?:[.;!)]|$)/,
  /\b(?:would|will|could|might) (?:also )?help\s*(?:[.;!)]|$)/,
  /\b(?:it'?d|it would|that'?d|that would) be (?:really )?(?:great|nice|awesome|amazing|ideal|helpful|a bonus)\b/,
  /\bwe(?:'d| would) love to see\b/,
  /\bextra (?:points|credit)\b/,
  /\bnice extra\b/,
  /\b(?:is|are|would be|will be|be|considered|seen as|very|highly|also) (?:highly |very |also |especially )?beneficial\b/,
  /\b(?:highly|well|favou?rably) regarded\b/,
  /\b(?:viewed|looked (?:up)?on|considered|regarded|seen) (?:very )?(?:favou?rably|positively)\b/,
  /\b(?:favou?rably|positively) (?:considered|regarded|viewed)\b/,
  /\bwould be (?:an? )?(?:great|nice|welcome|valuable|useful) (?:addition|extra|asset)\b/,
  /\b(?:is|are|would be|will be) (?:highly |greatly |much |very much |also )?(?:appreciated|valued|welcomed?)\b/,
  /\bnot (?:a )?must\b/,
  /\b(?:would|will|could|that) (?:really )?set you apart\b/,
  /\bif possible\b/,
  /\bwe(?:'d| would) (?:love|like) (?:it )?if\b/,
  // Not the adjective of an outcome or a supplier: "desired patient outcomes", "the use of preferred providers".
  new RegExp(String.raw`\bpreferred\b(?!\s+${NOT_A_HEDGE_NOUN})`),
  /\bpreferabl[ey]\b/,
  // "An APO or CPO certification is highly recommended."
  /\b(?:is|are|strongly|highly) recommended\b/,
  // "The more experience you have with these, the better:"; not "a change for the better".
  /(?<!\bfor )\bthe better\s*(?:[.!:]|$)/,
  /\bideally\b/,
  new RegExp(String.raw`\bdesir(?:ed|able)\b(?!\s+${NOT_A_HEDGE_NOUN})`),
  /\badvantageous\b/,
  // Not a bonus paid: "Bonus 1.00 PLN gross per hour", "annual bonus", "bonus scheme".
  /(?<!\b(?:sign-on|signing|annual|yearly|quarterly|monthly|performance|referral|cash|attendance|retention|holiday|christmas|discretionary|incentive|target|year-end) )\bbonus\b(?!\s*(?:\d|[$€£]|pay\b|payments?\b|schemes?\b|structure|program|plans?\b|eligib|potential|opportunit|up to\b|of up\b|of \d|of [$€£]))/,
  // "If you have experience with some of the following it is extra meriting" (a merit, in Swedish and Danish English).
  /\b(?:extra |highly |especially )?meriting\b|\b(?:is|are|be|as|considered|seen as) an? (?:extra |additional )?merit\b/,
  /\bnot (?:necessarily |strictly |absolutely |always )?(?:required|mandatory|essential|needed|necessary|a requirement)\b/,
  /\boptional\b/,
  /\bwould be (?:great|helpful|nice|beneficial)\b/,
  /\bis helpful\b/,
  /\bhelpful but\b/,
  // Not an interest in the job itself: "interested in a rewarding career within Insurance Services".
  new RegExp(String.raw`\binterest(?:ed)? in\b(?! ${THE_JOB_ITSELF})`),
  // "Preference will be given to applicants with …", "priority given to candidates who …", "preferential consideration".
  /\b(?:preference|priority|preferential consideration) (?:(?:will|may|shall|is) (?:also )?)?(?:be )?given\b/,
  /\b(?:given|receive|get) (?:preference|priority|preferential consideration)\b/,
  /\bpreference (?:to|for) (?:candidates|applicants|those|individuals|people|someone|anyone)\b/,
  /\bpreferential consideration\b/,
  // "Top candidates should have …": what sets the best applicants apart, beyond what every applicant needs.
  /\b(?:top|strong|strongest|best|most competitive|stand-?out) (?:candidates|applicants)(?: will| would| should| may| might)?(?: also)? (?:have|possess|bring|show|demonstrate)\b/,
  // "Python experience welcome.", "It helps if you know SQL", "We'd be delighted if you speak French", "Python (plus)".
  /\bwelcome\s*(?:[.;!)]|$)/,
  /\bit helps if\b/,
  /\bwe(?:'d| would) be (?:delighted|happy|thrilled|glad|pleased) if\b/,
  /\byou (?:may|might) also (?:have|know|bring|speak)\b/,
  /\((?:a |big )?plus\)/,
  new RegExp(LEARNABLE.source),
  // "Manual Testing (Added advantage)": a wish noted in brackets after what it levels.
  /\((?:an? )?(?:added |big |real |definite )?(?:advantage|asset|bonus)\)/,
];
/**
 * Things a duty calls required or essential ("prepare all required reports", "complete mandatory
 * training", "perform the essential functions"), or a duty done "as required": no ask of the candidate.
 */
const DUTY_OBJECT =
  '(?:reports?|reporting|documentation|documents?|forms?|paperwork|training|trainings|courses?|functions?|duties|tasks?|support|services?|information|records?|filings?|inspections?|meetings?|updates?|notices?|notifications?|approvals?|deadlines?|maintenance|equipment|supplies|materials|procedures?|protocols?|steps?|actions?|repairs?|hours|shifts?|travel|fields?|times|intervals|standards?|levels)\\b';
// "as required", "when required"; "field work may be required (e.g., setting up experiments)": work the job may bring.
const NOT_ASKED_BEFORE = String.raw`(?<!\b(?:as|when|if|where|whenever|wherever)\s+)(?<!\b(?:may|might|could|can|will sometimes|will occasionally) (?:also )?be\s+)`;

/** "Records must be properly catalogued": what a thing must be or do asks nothing of the candidate. */
const THING_SUBJECTS =
  '(?:records|reports|documents|files|samples|specimens|items|materials|tasks|forms|orders|products|goods|assignments|data|work|everything|all|equipment|information|deliverables)';

const REQUIRED_CUES = [
  new RegExp(String.raw`(?<!\b${THING_SUBJECTS}\s+)\bmust\b`),
  // Not "complete all required in-service training": what the duty calls required, with its modifier; nor
  // "required to train to learn how to cast": the employer teaches it; nor "required to complete deckhand
  // duties": a duty the job brings, which its section levels.
  new RegExp(
    String.raw`${NOT_ASKED_BEFORE}\brequired\b(?!\s+(?:(?:to|by)\s+)?(?:[a-z-]+\s+){0,2}${DUTY_OBJECT}|\s+to\s+(?:train|learn|attend|undergo|participate|complete|perform|undertake|carry out|assist)\b)`,
  ),
  new RegExp(String.raw`\bmandatory\b(?!\s+(?:(?:compliance|safety|annual)\s+)?${DUTY_OBJECT})`),
  // "Working knowledge of shop mathematics … is necessary"; not "as necessary" (a duty done when needed).
  /(?<!\b(?:as|when|if|where|whenever|wherever|deemed|considered)\s+)\b(?:is|are) (?:absolutely |also )?necessary\b/,
  new RegExp(String.raw`\bessential\b(?!\s+(?:[a-z-]+\s+){0,2}${DUTY_OBJECT})`),
  // "This is a requirement", "a strict requirement"; not the analyst's "requirement documentation".
  /\b(?:is|be|as|a|an|the)\s+(?:[a-z-]+\s+)?requirement\b(?!\s+(?:documentation|documents?|specifications?|gathering|analysis|management|elicitation|definition|traceability|engineering))/,
  /\bneed to (?:have|know|understand|possess|bring|be (?:an? )?(?:proficient|skilled|experienced|familiar|fluent|comfortable|able|knowledgeable))\b/,
  // "We need someone who knows SQL", "You will need SQL", "We are looking for someone with strong SQL skills".
  /\b(?:we|you)(?:'ll| will)? need(?::| (?!to\b))/,
  /\bwe(?:'re| are) (?:looking for|seeking) (?:someone|(?:(?:an?|the) )?(?:[a-z-]+ ){0,2}(?:candidates?|people|persons?|individuals?|professionals?))\b/,
  // "(We) seek a highly motivated, independent individual with excellent documentation skills".
  /\b(?:we )?seeks? (?:(?:an?|the) (?:[a-z-]+,? ){0,4}(?:candidate|person|individual|professional|applicant)|(?:(?!from|with|to|for|in|of|on|across)[a-z-]+ ){0,2}(?:candidates|individuals|professionals|applicants)|someone)\b/,
  // "The right fit for this job is a person who has impeccable organizational skills".
  /\b(?:someone|a person|an individual) (?:who|with)\b/,
  // "We are looking for a practitioner with strong communication skills": whoever is sought, "with" names what they bring.
  // "Bishop Engineering is seeking an experienced technician with demonstrated CAD skills": the employer by name, as "we".
  // "We are looking for tutors who will: be confident at explaining mathematics …" run on into one line.
  /\b(?:we(?:'re| are)|is) (?:looking for|seeking) (?:an? (?:[a-z-]+ ){1,3}(?:with|who (?:has|have|can|knows?))|(?:[a-z-]+ ){1,3}who will(?::\s*|\s+)(?:be|have|bring|know)\b)\b/,
  // "The successful candidate has …", not "… will be responsible for" (duties).
  // "The successful applicant will be able to manage multiple projects": the person specification, not a perk.
  /\bthe (?:successful|right|selected) (?:candidate|applicant|person|hire)(?:\(s\))? (?:(?:will |must |should )?(?:has|have|possess(?:es)?|brings?|knows?|needs?)|will be able to)\b/,
  // "You should have experience with …", "should be proficient in …": asked of the candidate.
  // "Candidates should show an impressive background with interface design".
  /\bshould (?:have|possess|understand|know|show(?! up\b)|demonstrate|be (?:proficient|skilled|experienced|familiar|fluent|comfortable|able))\b/,
  // "Strong SQL skills are needed", "Python is a prerequisite", "Attention to detail is critical"; not "as is needed".
  // Not in a clause of its own ("where you think changes are needed") nor of purpose ("which is needed to achieve …").
  /(?<!\b(?:as|where|when|if|whenever|wherever|which|that|what)\b[^.;:]{0,40})\b(?:is|are) (?:also |absolutely )?(?:needed|critical|crucial|vital|important|indispensable|a prerequisite|prerequisites|non-negotiable)\b(?!\s+(?:to|in order|by|when|if)\b)/,
  /\bnon-negotiables?\b/,
  // "Requires a valid driver's license", "The role requires SQL", "We require fluency in Dutch",
  // "This requires effective sales skills" (the duties just listed).
  /(?:^|[.;:]\s*)(?:(?:this|it) (?:also )?)?requires\b|\b(?:role|position|job|we) (?:requires?|will require)\b|(?:^|[.;:]\s*)(?:this|it) will (?:also )?require\b/,
  // "The pool manager requires good leadership skills", "The Workshop Administrator needs strong organizational skills",
  // "The role will need strong Excel skills": the job or its holder, named by the title, needs what follows; not "needs
  // to" (a duty: "The coordinator needs to schedule meetings").
  /\b(?:the|this|our) (?:[a-z-]+ ){0,3}(?:manager|supervisor|director|coordinator|assistant|technician|specialist|officer|engineer|analyst|nurse|teacher|worker|operator|incumbent|candidate|applicant|employee|agent|representative|associate|clerk|attendant|driver|therapist|administrator|designer|developer|consultant|advisor|adviser|role|position|job) (?:requires|needs|will need)\b(?! to\b)/,
];
/** What the job offers to teach: "an opportunity to gain hands-on experience in …", "build your consulting toolbox". */
const TO_LEARN = String.raw`(?:learn|gain|build|develop|grow|expand|improve|deepen|strengthen|acquire|sharpen|hone|broaden)`;
/**
 * "You don't need to know Python to apply", "where you do not have to speak Danish", "No prior experience
 * necessary": the name is said, and said not to be asked. Not "you don't have to be an expert" (some of it is).
 * Nor is what the job offers to teach: "the opportunity to gain experience in machine learning research".
 */
const NOT_ASKED_CUES = [
  new RegExp(String.raw`\b(?:opportunit(?:y|ies)|chances?) to (?:further )?${TO_LEARN}\b`),
  new RegExp(String.raw`\b(?:we|they) (?:can|will) help you (?:to )?${TO_LEARN}\b`),
  // "The successful applicant will lead this role while receiving mentorship in research, manuscript writing …".
  /\b(?:receiv(?:e|es|ing)|get(?:ting)?|gain(?:ing)?) (?:close |ongoing |dedicated |personali[sz]ed )?(?:mentorship|mentoring|coaching|training|guidance) (?:in|on)\b/,
  // "We'll teach you everything you need to know about React": what the employer teaches is not asked.
  /\b(?:we(?:'ll| will| can)?|they(?:'ll| will)?) (?:teach|train|show) you\b/,
  new RegExp(
    String.raw`\b${TO_LEARN} your (?:own )?(?:[a-z-]+ ){0,5}(?:skills?|skillset|skill set|knowledge|expertise|toolbox|toolkit|experience)\b`,
  ),
  /\b(?:do not|don'?t|does not|doesn'?t|won'?t|will not|never) (?:need|have) to (?:have|know|be able to|speak|understand|bring|possess|use|be (?:knowledgeable|familiar|an expert|experienced|proficient|fluent|skilled))\b/,
  /\bno need (?:to (?:have|know|be able to|speak|understand|bring|possess|use)|for)\b/,
  /\bneedn'?t (?:have|know|speak|understand|bring)\b/,
  // "No prior forklift experience necessary", "No previous experience with Excel is required".
  /\bno (?:prior |previous )?(?:[a-z-]+ ){0,2}(?:experience|knowledge|skills?|background|qualifications?) (?:(?:with|in|of) (?:[a-z0-9#+./-]+ ){1,4})?(?:is |are )?(?:necessary|needed|required)\b/,
  // "Python experience is not necessary, we will teach you": "necessary" alone asks; the employer says it does not.
  /\b(?:is|are) not (?:strictly |absolutely )?necessary\b(?! but\b)/,
  // "… we occasionally code in Go and CUDA but prior knowledge of these languages is not required".
  /\b(?:prior|previous) (?:[a-z-]+ ){0,2}(?:experience|knowledge)\b[^.;]{0,40}?\b(?:is|are) not (?:required|needed|expected)\b(?! but\b)/,
];
const STRONG_CUES = [
  /\bproficien(?:t|cy)\b/,
  /\bexpert(?:ise)?\b/,
  /\bstrong\b/,
  /\badvanced\b/,
  /\bdeep\b/,
  /\bextensive\b/,
  /\bexcellent\b/,
  /\bsolid\b/,
  /\bfluen(?:t|cy)\b/,
  /\bmastery\b/,
  /\bin-depth\b/,
  /\bthorough\b/,
  /\bhands-on\b/,
  /\bexpert-level\b/,
];
const BASIC_CUES = [
  /\bbasic\b/,
  /\bfamiliar(?:ity)?\b/,
  /\bexposure\b/,
  /\bfoundational\b/,
  /\bintroductory\b/,
  /\bawareness\b/,
  /\bwilling(?:ness)? to learn\b/,
  /\bsome (?:experience|knowledge|familiarity)\b/,
  /\bbasic is fine\b/,
  /\bentry[- ]level\b/,
];

export interface ItemCues {
  level?: Level;
  intensity: Intensity;
  phrases: string[];
}

/** One alternation per kind of cue, so an item is scanned once per kind; the leftmost cue is reported. */
const anyOf = (patterns: RegExp[]): RegExp => new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
const NOT_ASKED = anyOf(NOT_ASKED_CUES);
const PREFERRED = anyOf(PREFERRED_CUES);
const REQUIRED = anyOf(REQUIRED_CUES);
const STRONG = anyOf(STRONG_CUES);
const BASIC = anyOf(BASIC_CUES);

const firstMatch = (pattern: RegExp, text: string): string | undefined => pattern.exec(text)?.[0];

/**
 * The first match of a pattern, remembering the last text asked about: an item's cues are read, then its
 * mixed clauses tested, on the same string, and these two alternations are the costliest scans of an item.
 */
function rememberingLastText(pattern: RegExp): (text: string) => string | undefined {
  let lastText: string | undefined;
  let lastMatch: string | undefined;
  return (text) => {
    if (text !== lastText) {
      lastMatch = firstMatch(pattern, text);
      lastText = text;
    }
    return lastMatch;
  };
}
const firstNotAsked = rememberingLastText(NOT_ASKED);
const firstPreferred = rememberingLastText(PREFERRED);
const firstRequired = rememberingLastText(REQUIRED);

/** A short label opening a bullet ("Desirable:", "Nice to have –"): its words, without the bullet. */
const ITEM_LABEL = /^[-*\u2022\s]*([a-z][a-z' -]{2,24}?)(?:\s*[:\u2013\u2014]|\s-\s)/;
/**
 * The level a bullet's opening label gives it ("- Desirable: experience with a software team."), which also holds
 * for the bullet's later sentences ("This includes writing bug tickets, understanding Agile …").
 */
export function labelledLevelOf(lowerItem: string): Level | undefined {
  const label = ITEM_LABEL.exec(lowerItem)?.[1];
  if (label === undefined) return undefined;
  if (firstPreferred(`${label}:`) !== undefined) return 'preferred';
  return firstRequired(`${label}:`) !== undefined ? 'required' : undefined;
}

/**
 * Reads the cues of one item (lower-cased text). Saying a name is not needed beats any ask; a preferred cue
 * beats a required one ("not required").
 */
export function readCues(lowerItem: string): ItemCues {
  const notAsked = firstNotAsked(lowerItem);
  if (notAsked) return { level: 'mentioned', intensity: 'normal', phrases: [notAsked] };
  const phrases: string[] = [];
  const preferred = firstPreferred(lowerItem);
  const required = preferred ? undefined : firstRequired(lowerItem);
  if (preferred) phrases.push(preferred);
  if (required) phrases.push(required);
  const basic = firstMatch(BASIC, lowerItem);
  const strong = basic ? undefined : firstMatch(STRONG, lowerItem);
  if (basic) phrases.push(basic);
  if (strong) phrases.push(strong);
  const level: Level | undefined = preferred ? 'preferred' : required ? 'required' : undefined;
  const intensity: Intensity = basic ? 'basic' : strong ? 'strong' : 'normal';
  // Two literals rather than a spread: this runs for every item and every clause of one.
  return level ? { level, intensity, phrases } : { intensity, phrases };
}

/**
 * A line that opens a list by asking the candidate for it ("The successful candidate must have:",
 * "You will need:", "We expect expertise in one of the following:", "Bonus points if you have:").
 * Its level passes to the list items under it, whatever section they sit in. Duties lead-ins
 * ("You will need to:", "you will have the opportunity to:") ask for nothing.
 */
const ASKING_LEAD_IN =
  /\b(?:(?:you|candidates?|applicants?|the (?:ideal|successful|right|preferred) (?:candidate|applicant|person|hire))(?:'ll| will| should| must| would)? (?:need(?! to\b)|needs(?! to\b)|have(?! (?:the |a )?(?:opportunity|chance|access)\b)|has(?! (?:the |a )?(?:opportunity|chance|access)\b)|possess(?:es)?|bring(?:s)?|demonstrate(?:s)?)|we (?:expect|require|need(?! to\b)|(?:are|'re) looking for|look for|seek)|what (?:you(?:'ll| will)? need|we(?:'re| are)? look(?:ing)? for)|to (?:be successful|succeed|thrive)\b[^:]*\byou|(?:requirements?|qualifications) (?:include|are))\b/;
/** A line ending in a colon opens what follows it, also before an aside ("Positions include: (full descriptions linked)"). */
export const LEAD_IN_END = /:\s*(?:\([^()]{0,120}\)\s*)?$/;
/** "Software & Tools You'll Use:", "Our stack:": what the job works with, named, not asked. */
const TOOLS_USED_LEAD_IN =
  /\b(?:tools?|software|systems?|technolog(?:y|ies)|platforms?|stack|equipment)\b[^:]{0,40}\b(?:you(?:'ll| will)|we) (?:use|work with|be using|be working with)\s*:\s*$/;
/** "Longer term volunteer positions include:", "Project options include:": the roles on offer, described, not asked. */
const ROLES_ON_OFFER_LEAD_IN =
  /\b(?:positions|roles|opportunities|openings|projects|options)\s+(?:include|includes|available|on offer|are)\b[^:]{0,20}:/;
/** "The supervisor will be required to:", "You will:": a list of duties follows, not of requirements. */
const DUTIES_LEAD_IN =
  /\b(?:(?:required|expected|asked|responsible) (?:to|for)|will|you'll|need to|needs to)\s*:\s*$|\b(?:perform|carry out|undertake|complete|the following|these) (?:the following |these |all )?(?:tasks|duties|responsibilities|functions|activities)\b/;

/** "We are looking for tutors who will:": the person sought, described; what follows is asked of them. */
const SOUGHT_PERSON_WHO_WILL = /\b(?:looking for|seeking|searching for)\b[^:.]{0,60}\bwho will\s*:\s*$/;

/**
 * "The ideal candidate will have…" describes the profile hoped for, as "ideally" does: a plus where the
 * section says nothing stronger, never lowering a requirements section.
 */
const IDEAL_PROFILE =
  /\b(?:(?:ideal|best|strongest|perfect) (?:candidates?|applicants?|person|hire|profile)|strong(?:er)? (?:candidates|applicants) (?:will|would|may|might|also|often))\b/;
export const describesIdealProfile = (lower: string): boolean => IDEAL_PROFILE.test(lower);

export interface LeadIn {
  level: Level;
  /** From an ideal profile: it raises the list's level, never lowers it. */
  weak: boolean;
}

/** The level a lead-in line gives the list under it, or undefined when the line opens no asked-for list. */
export function leadInOf(lowerLine: string): LeadIn | undefined {
  if (!LEAD_IN_END.test(lowerLine)) return undefined;
  if (DUTIES_LEAD_IN.test(lowerLine) && !SOUGHT_PERSON_WHO_WILL.test(lowerLine)) return undefined;
  if (TOOLS_USED_LEAD_IN.test(lowerLine) || ROLES_ON_OFFER_LEAD_IN.test(lowerLine)) return { level: 'mentioned', weak: false };
  if (firstPreferred(lowerLine) !== undefined) return { level: 'preferred', weak: false };
  if (firstRequired(lowerLine) !== undefined) return { level: 'required', weak: false };
  if (IDEAL_PROFILE.test(lowerLine)) return { level: 'preferred', weak: true };
  if (ASKING_LEAD_IN.test(lowerLine)) return { level: 'required', weak: false };
  return undefined;
}

/**
 * "The ideal candidate will possess:" as the only lead-in of a posting that has no requirements heading: the profile
 * it hires, so its requirements. Beside a "You must have:" it stays a wish. One pass over the lines that end in a colon.
 */
export function profileIsTheOnlyLeadIn(lowerText: string): boolean {
  let profile = false;
  for (const line of lowerText.split('\n')) {
    if (!LEAD_IN_END.test(line)) continue;
    const leadIn = leadInOf(line);
    if (leadIn === undefined || leadIn.level === 'mentioned') continue;
    if (!leadIn.weak) return false;
    profile = true;
  }
  return profile;
}

/**
 * "3+ years of experience with Python" outside any requirements section (an untitled posting, a
 * role summary): what the candidate must bring. Under a "Preferred" heading it stays preferred.
 */
const YEARS_OF_EXPERIENCE =
  /\b\d{1,2}\s*\+?\s*(?:(?:-|to)\s*\d{1,2}\s*)?(?:\+\s*)?(?:years?|yrs)\b(?:\s+of)?(?:\s+[a-z-]+){0,3}?\s+experience\b/;
export const asksYearsOfExperience = (lower: string): boolean => YEARS_OF_EXPERIENCE.test(lower);

/**
 * "Non-essential but nice to have requirements are indicated by a *", "(*) denotes a preferred skill": a legend
 * saying the items an asterisk marks are wishes. Forms' "required fields are marked with *" ask for fields, not skills.
 */
const WISH = String.raw`(?:non-essential|not essential|nice[- ]to[- ]haves?|preferred|desirable|desired|optional|bonus|advantageous|an advantage|a plus)`;
const WISH_MARK_LEGEND = new RegExp(
  String.raw`\b${WISH}\b[^.\n]{0,60}?\b(?:are|is)\s+(?:indicated|marked|denoted|shown|flagged|identified|highlighted)\s+(?:by|with)\s+(?:an?\s+)?(?:asterisks?\b|\(?\*)|(?:^|[\s(])\*\)?\s*(?:=|denotes|indicates|marks|means)\s+(?:an?\s+)?${WISH}`,
  'i',
);
export const marksWishesWithAnAsterisk = (text: string): boolean => text.includes('*') && WISH_MARK_LEGEND.test(text);
/**
 * An item the asterisk marks: after its own bullet ("• * 1 year practical experience"), after the item before it on a
 * joined page ("Proficient with Git * 1 year …"), or at its end ("Tableau*"); a star opening its line is a bullet.
 */
export const isAsteriskMarked = (lineBefore: string, item: string): boolean =>
  /[^\s*]\s*\*\s*$/.test(lineBefore) || /\w\s?\*$/.test(item) || item.startsWith('(*)');

/**
 * "… you have a team-oriented mindset bonus - you have experience within solutions engineering", "SQL; bonus if you know
 * dbt": a wish label inside an item makes what follows it a plus, and leaves what comes before it as it was.
 */
const WISH_LABEL_INSIDE = new RegExp(String.raw`[\s,;.!]\s*${WISH_LABEL}\s*(?:[-:\u2013\u2014]|if\b|for\b)`);
/** Where a wish label inside an item starts (after some words of the item's own), or -1. */
export function wishLabelInside(lowerItem: string): number {
  const m = WISH_LABEL_INSIDE.exec(lowerItem);
  return m && wordsIn(lowerItem.slice(0, m.index)) >= 2 ? m.index + 1 : -1;
}

/** The level a weak cue gives where the section's own level is lower. */
export function atLeast(level: Level, base: Level | undefined): Level {
  return base && LEVEL_RANK[base] > LEVEL_RANK[level] ? base : level;
}

/** Documented weights: the level's base weight times the intensity factor. */

/** How far a forward hedge reaches when its clause does not end sooner. */
const HEDGE_REACH = 200;
/** How many words a text holds. */
export const wordsIn = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
/**
 * Words that go with a hedge in brackets ("(a plus)", "(is preferred)") and name nothing; when it is asked ("(not
 * required to start)") is no name of its own either.
 */
const HEDGE_FILLER =
  /\b(?:a|an|the|is|are|be|would|also|very|highly|strongly|big|huge|definite|definitely|but|though|although|or|not|required|mandatory|essential|necessary|necessarily|needed|strictly|ideal|ideally|preferred|preferably|desired|desirable|optional|helpful|nice|plus|bonus|asset|advantage|advantageous|recommended|skills?|experience|(?:to|at|upon|on) (?:start|hire|hiring|entry|application)|initially)\b/g;
/** Whether a bracketed hedge names something besides its hedge words: "(Python preferred)", not "(a big plus)". */
function namesMoreThanHedge(inner: string, phrases: readonly string[]): boolean {
  let rest = inner;
  for (const phrase of phrases) rest = rest.replace(phrase, ' ');
  return wordsIn(rest.replace(HEDGE_FILLER, ' ')) > 0;
}
/** A hedge that qualifies what follows it ("…, ideally in Python"), not the whole item. */
const FORWARD_HEDGE = /\b(?:ideally|preferabl[ey]|optionally)\b/g;

/**
 * An interest, not a skill: "interest in GitLab and open source". What follows, to the end of its clause, is a
 * plus at most, and no expertise is asked. ("A passion for finding root causes" in a required list still asks.)
 */
const INTEREST = /\binterest(?:ed)? in\b/g;
const INTEREST_IN_THE_JOB = new RegExp(String.raw`^interest(?:ed)? in ${THE_JOB_ITSELF}`);

/**
 * Where the clause that starts a stretch ends: a sentence end (not the stop of "i.e." or "e.g."), a closing bracket, a comma
 * where the sentence's own verb resumes ("…, preferably X, is required"), or the stretch's end.
 */
const clauseEndIn = (stretch: string): number =>
  stretch.search(
    /(?<!\b(?:i\.e|e\.g))[;.!?]\s|\)|,(?=\s+(?:is|are|would be|will be)\s+(?:also\s+)?(?:required|essential|a must|crucial|needed|mandatory)\b)|$/,
  );

export interface HedgeScope {
  /** Offsets into the item. */
  start: number;
  end: number;
  cues: ItemCues;
}

/**
 * Where a preferred cue binds inside an item: a parenthetical that holds one ("programming (ideally in
 * Python and R)"), or from a forward hedge to the end of its clause ("SQL, preferably PostgreSQL").
 * A hedge binds to what it qualifies; the rest of the item keeps its own level.
 */
export function hedgeScopes(lowerItem: string): HedgeScope[] {
  const scopes: HedgeScope[] = [];
  const inScope = (at: number): boolean => scopes.some((s) => at >= s.start && at < s.end);
  for (const m of lowerItem.matchAll(/\(([^()]*)\)/g)) {
    if (scopes.length >= MAX_HEDGE_SCOPES) break;
    const inner = m[1] as string;
    const cues = readCues(inner);
    // "(preferred)", "(nice to have)": a bare hedge in brackets qualifies what comes before it; one that names
    // something ("(Python preferred)") is a preference of its own, and the rest of the item keeps its level.
    // "(Spanish and English are required, a third language will be a plus)": a bracket that also asks is read clause by
    // clause, below, like the item itself.
    const comma = inner.lastIndexOf(',');
    if (
      cues.level === 'preferred' &&
      namesMoreThanHedge(inner, cues.phrases) &&
      (comma === -1 || firstRequired(inner.slice(0, comma)) === undefined)
    )
      scopes.push({ start: m.index, end: m.index + m[0].length, cues });
  }
  for (const m of lowerItem.matchAll(FORWARD_HEDGE)) {
    if (scopes.length >= MAX_HEDGE_SCOPES) break;
    if (inScope(m.index)) continue;
    const rest = lowerItem.slice(m.index, m.index + HEDGE_REACH);
    const clauseEnd = clauseEndIn(rest);
    // "Python experience, ideally." ends on the hedge: it looks back at the item.
    if (wordsIn(rest.slice(m[0].length, clauseEnd)) === 0) continue;
    scopes.push({ start: m.index, end: m.index + clauseEnd, cues: readCues(rest.slice(0, clauseEnd)) });
  }
  for (const m of lowerItem.matchAll(TRAILING_HEDGE)) {
    if (scopes.length >= MAX_HEDGE_SCOPES) break;
    if (inScope(m.index)) continue;
    const tail = HEDGE_TAIL.exec(lowerItem.slice(m.index + m[0].length, m.index + m[0].length + 28));
    if (!tail) continue;
    // The clause runs through "but not essential": its words belong to the hedge, not to the rest of the item.
    const end = m.index + m[0].length + (tail[1]?.length ?? 0);
    // Bounded look-backs keep a long run-on item linear.
    const windowStart = Math.max(0, m.index - HEDGE_REACH);
    const inClause = afterLastComma(lowerItem.slice(windowStart, m.index));
    if (inClause === -1) {
      // "5+ years classroom experience with leadership experience preferred": what "with" adds is hedged alone.
      const added = ADDED_WITH_BEFORE.exec(lowerItem.slice(windowStart, m.index));
      if (added) scopes.push({ start: windowStart + added.index, end, cues: readCues(lowerItem.slice(windowStart + added.index, end)) });
      continue;
    }
    const clauseStart = windowStart + inClause;
    if (wordsIn(lowerItem.slice(clauseStart, m.index)) === 0) continue;
    const previousFrom = Math.max(0, clauseStart - 1 - HEDGE_REACH);
    const previous = lowerItem.slice(previousFrom + afterLastComma(lowerItem.slice(previousFrom, clauseStart - 1)) + 1, clauseStart);
    // "SQL required, Python a plus", "Proficient in English, other languages a plus": the hedge ends a clause of its own.
    // "Experience with Tableau, Looker and Power BI a plus" is one list, hedged as a whole.
    // "Java or Kotlin, with Spring Boot preferred": a clause that opens with "with" adds to the item, hedged alone.
    // "Strong verbal communication, adult education and training experience preferred": a clause with its own
    // asking noun after one that asks by itself is an ask of its own.
    const clause = lowerItem.slice(clauseStart, m.index);
    const ownClause =
      firstRequired(previous) !== undefined ||
      /^\s*with\b/.test(clause) ||
      (!/\b(?:and|or)\b/.test(clause) && ASKS_IN_CLAUSE.test(previous)) ||
      (ENDS_IN_AN_ASKING_NOUN.test(clause) && ASKS_IN_CLAUSE.test(previous));
    if (ownClause) scopes.push({ start: clauseStart, end, cues: readCues(lowerItem.slice(clauseStart, end)) });
  }
  // An interest ("interest in GitLab") or what a hire may still learn ("willingness to learn Go"): a basic plus to its clause's end.
  for (const pattern of [INTEREST, LEARNABLE])
    for (const m of lowerItem.matchAll(pattern)) {
      if (scopes.length >= MAX_HEDGE_SCOPES) break;
      if (inScope(m.index)) continue;
      const rest = lowerItem.slice(m.index, m.index + HEDGE_REACH);
      // "graduates interested in a rewarding career within Insurance Services": the job's own field, no plus asked.
      if (INTEREST_IN_THE_JOB.test(rest)) continue;
      scopes.push({ start: m.index, end: m.index + clauseEndIn(rest), cues: { level: 'preferred', intensity: 'basic', phrases: [m[0]] } });
    }
  return scopes;
}

/** No real item holds more hedges; the cap keeps a pathological one-line text linear. */
const MAX_HEDGE_SCOPES = 32;
/** A hedge that ends its clause: "…, Python a plus.", "…, Spanish preferred". */
const TRAILING_HEDGE =
  /\b(?:(?:is|are|would be|will be)\s+)?(?:an?\s+)?(?:big |huge |strong |definite |real )?(?:plus|bonus|advantage|asset|benefit)\b|\b(?:preferred|desired|desirable|nice to have|advantageous|optional)\b/g;
/** "Morpheme a benefit but not essential", "Unreal preferred but not required": what the hedge adds before its clause ends. */
const HEDGE_TAIL = /^(,?\s+but\s+not\s+(?:essential|required|mandatory|necessary|a must))?\s*(?:[.;!)]|$)/;
/** A clause that asks by itself: "Proficient in English", "Experience with Python and SQL", "Strong Excel", "3+ years of SQL". */
const ASKS_IN_CLAUSE =
  /\b(?:experience|knowledge|proficien\w*|familiar\w*|understanding|expertise|skills?|ability|fluen\w*|strong|solid|excellent|advanced|years?)\b/;
/** A clause ending in the noun of an ask, right before its hedge: "adult education and training experience". */
const ENDS_IN_AN_ASKING_NOUN = /\b(?:experience|skills?|knowledge|background|expertise|proficiency|familiarity)\s*$/;
/** "… classroom experience with leadership experience": an ask, then "with" and what it adds, ending in an asking noun. */
const ADDED_WITH_BEFORE =
  /(?<=\b(?:experience|skills?|knowledge|background|expertise)\s+)with\s+(?:[a-z/&-]+\s+){0,4}(?:experience|skills?|knowledge|background|expertise)\s*$/;
/** Where the text after the last comma or semicolon starts, or -1 when there is none. */
const afterLastComma = (text: string): number => {
  const at = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
  return at === -1 ? -1 : at + 1;
};

/**
 * An item that both asks and hedges in clauses of its own ("Spanish preferred but English required",
 * "SAP preferred, Excel is a must", "Kotlin is a must, but you don't need to know Rust"): each clause's cue
 * binds to the names in it, and a clause without one ("SQL" in "SQL and Python required, R preferred") takes
 * the cue of the next clause that has one.
 * Undefined when the item does not mix the two.
 */
export function mixedClauseCues(item: string): HedgeScope[] | undefined {
  const asks = firstRequired(item) !== undefined;
  const hedges = firstPreferred(item) !== undefined;
  const notAsked = firstNotAsked(item) !== undefined;
  if (notAsked ? !asks && !hedges : !asks || !hedges) return undefined;
  // "(Survey License not required)" is a preference of its own, not the hedge of its clause.
  const lowerItem = withoutBracketedPreferences(item);
  const clauses: HedgeScope[] = [];
  let start = 0;
  for (const m of lowerItem.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start, end: m.index, cues: readCues(lowerItem.slice(start, m.index)) });
    start = m.index + m[0].length;
  }
  clauses.push({ start, end: lowerItem.length, cues: readCues(lowerItem.slice(start)) });
  const levels = new Set(clauses.map((c) => c.cues.level).filter((l) => l !== undefined));
  if (levels.size < 2) return undefined;
  // "IT literacy, preferably including data acquisition and image processing, is required": the hedge between commas
  // is an aside; its clauses are a plus, and the clauses around it take the sentence's own cue.
  const asides = hedgedAsides(lowerItem);
  const inAside = (c: HedgeScope): boolean => asides.some((a) => c.start >= a.start && c.end <= a.end);
  for (const c of clauses) if (inAside(c)) c.cues = { ...c.cues, level: 'preferred' };
  let nextLevel: Level | undefined;
  for (let k = clauses.length - 1; k >= 0; k--) {
    const clause = clauses[k] as HedgeScope;
    if (inAside(clause)) continue;
    if (clause.cues.level === undefined && nextLevel !== undefined) clause.cues = { ...clause.cues, level: nextLevel };
    nextLevel = clause.cues.level;
  }
  return clauses;
}
/** Forward hedges set off by commas before the sentence's own verb resumes (", preferably X, is required"). */
function hedgedAsides(lowerItem: string): { start: number; end: number }[] {
  const asides: { start: number; end: number }[] = [];
  for (const m of lowerItem.matchAll(FORWARD_HEDGE)) {
    if (asides.length >= MAX_HEDGE_SCOPES) break;
    if (!/,\s*$/.test(lowerItem.slice(Math.max(0, m.index - 3), m.index))) continue;
    const end = m.index + clauseEndIn(lowerItem.slice(m.index, m.index + HEDGE_REACH));
    if (lowerItem[end] === ',') asides.push({ start: m.index, end });
  }
  return asides;
}
/** The item with each bracket that hedges a name of its own ("(Python preferred)") blanked, offsets kept. */
function withoutBracketedPreferences(lowerItem: string): string {
  return lowerItem.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    const cues = readCues(inner);
    return cues.level === 'preferred' && namesMoreThanHedge(inner, cues.phrases) ? ' '.repeat(whole.length) : whole;
  });
}
/** Where one clause of an item ends and the next begins, for items that mix asking and hedging. */
const CLAUSE_BREAK = /\s*[,;]\s*|\s+(?:but|while|whereas|and)\s+/g;

/** The item's cues with the hedged stretches left out: what the item says about the skills outside them. */
export function cuesOutside(lowerItem: string, scopes: readonly HedgeScope[]): ItemCues {
  let text = lowerItem;
  for (const s of scopes) text = text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end);
  return readCues(text);
}

/**
 * What the candidate holds, not what the job offers: "have a degree", "bring strong SQL skills"; not "have the chance to".
 * Nor "bring your expertise to designing a curriculum": what the expertise is brought to is the duty, not an ask.
 */
const HOLDS = String.raw`(?:have|possess|hold|bring)\b(?! (?:the |a |an |plenty of |many )?(?:opportunit\w*|chances?|access|support|freedom|flexibility|time|room|budget)\b)(?! (?:your|their) (?:expertise|skills|experience|knowledge) to\b)(?=(?: [\w'/-]+){0,6}? (?:experience|skills?|knowledge|qualifications?|degree|diploma|certificat\w*|licen[cs]e|registration|understanding|ability|abilities|background|proficiency|expertise|track record)\b)`;
/**
 * "You will have a Social Work qualification", "you'll bring strong SQL skills": what the candidate brings,
 * not what the job gives. It asks only where no section or cue set a level: under "Preferred" it stays a plus.
 */
export const CANDIDATE_WILL_HAVE = new RegExp(
  String.raw`\b(?:you|the post ?holder|the job ?holder|the role ?holder|candidates|applicants|the (?:successful |right )?(?:candidate|applicant))(?:'ll| will| should| must) (?:also |already )?(?:${HOLDS}|have (?:used|worked (?:with|in|on|as)|managed|supervised|run)\b)`,
);
/**
 * "He or she is able to juggle multiple projects", "The successful candidate will be able to demonstrate good knowledge
 * of …", "He or she is also a strong communicator", and a sentence that opens "They will be able to …" after the
 * applicant it describes: the candidate described in the third person, as asked. ("They are experienced" may be the team.)
 */
const CANDIDATE_IN_THE_THIRD_PERSON = String.raw`(?:\b(?:he or she|he\/she|s\/he|the (?:successful |right |selected )?(?:candidate|applicant))(?: also)? (?:is|will be|should be)|(?:^|[.!?;]\s+)they(?: also)? (?:will|should|must) be) (?:also )?(?:(?:highly|very|extremely) )?(?:able to|capable of|proficient|skilled|experienced|comfortable|fluent|familiar|knowledgeable|(?:an? )?(?:strong |excellent |good |great |effective |natural |skilled )?(?:communicator|problem[- ]solver|organi[sz]er|writer|planner|leader|team player))\b`;
/**
 * "You bring strong Excel skills", "You are fluent in Spanish", "You know your way around Figma", the imperative
 * "Have a good understanding of English", and the question "Are you a self-starter with strong communication skills?":
 * the candidate described, as asked.
 */
export const CANDIDATE_DESCRIBED = new RegExp(
  String.raw`${CANDIDATE_IN_THE_THIRD_PERSON}|\byou(?:'re| are) (?:also |already )?(?:(?:highly|very|extremely|fully|truly|really) )?(?:fluent|proficient|skilled|experienced|comfortable|familiar|knowledgeable|well[- ]versed|adept|an expert|certified|licensed|qualified|trained)\b|\byou(?:'ve)? (?:already )?(?:${HOLDS}|know your way around|speak)\b|(?:^|[.!?]\s+)${HOLDS}|\bare you\b[^?.;]{0,80}?\bwith (?:[\w'/-]+ ){0,4}?(?:experience|skills?|knowledge|background|expertise)\b`,
);
