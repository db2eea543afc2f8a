import { BOILERPLATE_SENTENCE, COMPANY_FIGURES_SENTENCE } from './employer-voice.js';

/*
 * Sentences that name no requirement whatever section they stand in: boilerplate, the employer's figures, how to
 * apply and how applicants are selected, interviews, pointers to other pages, whom to contact, the candidate's
 * pastimes, and what the employer provides.
 */

/**
 * How to apply ("The application must include a cover letter and a teaching portfolio"): instructions, not requirements.
 * "Evidence of eligibility to work" is a document to send; "Evidence of strong communication skills" is a skill to show.
 */
const APPLICATION_SENTENCE =
  /\b(?:apply (?:online|now|here|via|through|by|at)|(?:job|application|applicant|candidate|recruitment|information) pack\b|(?:the|your|an?) application (?:must|should|has to|needs to|deadline|form|materials?|package)|online application|applications? (?:must|should|will) (?:be|include)|submit (?:your|an?|the)|attach(?:ed)? (?:your|all|the|a)|upload (?:your|the|a)|cover letter|curriculum vitae|letter of motivation|motivation(?:al)? letter|publication list|list of publications|guidelines for applicants|please (?:send|submit|apply|include|attach|upload|provide)|send (?:us |in )?(?:your|a) (?:cv|resume|résumé|application|cover letter|portfolio)|(?:^|[.!?]\s+)to apply,? (?:please )?(?:send|e-?mail|submit|visit|click|go to|fill)|(?:documentation|proof|evidence|copies) of (?:this|which|it|these) (?:may|will|must|can) be (?:requested|asked for)|unsolicited (?:applications?|profiles?|cvs?|resumes?|candidates?|profile presentations?))\b|^(?:documentation|copies|a copy|copy) of\b|^(?:proof|evidence) of\b(?! (?:(?:a |an )?(?:strong|excellent|good|outstanding|exceptional|proven|demonstrated|successful|effective|significant|substantial|solid|relevant|sound|advanced|high)\b|(?:your )?(?:ability|abilities|skills?|experience|expertise|knowledge|competence|competency|proficiency|capability|aptitude|leadership|commitment|success|working)\b))|\bonly publications\b/;

/** A pointer to another page ("You can find more information about this in the … section on our site"). */
const NAVIGATION_SENTENCE =
  /\btags?:|\b(?:read more|find out more|find more (?:information|details)|for more (?:information|details)|more (?:information|details) (?:about|on|is available|can be found)|learn more about (?:us|our|the (?:team|role|company|benefits)|working|life at|this)|(?:can|may) be found (?:on|at)|(?:are|is) (?:publicly |freely )?available (?:on|at))\b/;

/** How the interviews run and what the CV should show ("interviews will be held over Google Meet", "a GitHub profile in your CV"). */
const INTERVIEW_SENTENCE =
  /\b(?:(?:the |our |all |first |second |final )?interviews? (?:will|may|might|would|are|is|can|could) (?:\w+ )?(?:be )?(?:conducted|held|done|run|arranged|scheduled)|(?:it|this|the interview)(?:'ll| will) be (?:a |by |via |over )?(?:video|phone)|(?:in|with) your (?:cv|resume|résumé|application)\b)/;

/**
 * Whom to ask about the job ("If you have any questions, please contact Jane Doe, HR Business Partner, at …"): the titles
 * in it are the contact's, not skills. Only wording that invites the reader: "contact customers" is a duty.
 */
const CONTACT_SENTENCE =
  /\b(?:if you have (?:any )?(?:further |additional |more |other )?(?:questions|queries|enquiries|inquiries)|(?:questions|queries|enquiries|inquiries) (?:about|regarding|concerning) (?:the|this) (?:position|role|job|vacancy|opening)|(?:please|feel free to|do not hesitate to|don'?t hesitate to) (?:to )?(?:contact|call|e-?mail|reach out to|get in touch with)|contact person)\b/;

/**
 * How the employer selects among applicants ("After the expiry of the deadline for applications the recruitment manager
 * selects applicants for assessment", "The Recruitment Committee will shortlist applicants"): the procedure, not the job.
 */
const SELECTION_SENTENCE =
  /\b(?:(?:after )?the expiry of the (?:application )?deadline|(?:the )?deadline for (?:applications|applying)|(?:selects?|shortlists?|short-lists?) (?:the )?(?:applicants|candidates)|(?:applicants|candidates) (?:will|may|are to) be (?:selected|shortlisted|short-listed|assessed|invited)|(?:the )?(?:recruitment|selection|assessment|hiring|search|appointment) (?:committee|procedure)|(?:the|our) (?:recruitment|selection|hiring) process (?:is|will be) (?:handled|managed|run|conducted))\b/;

/** The candidate's own pastimes, asked about in a culture blurb ("Whether you're into tennis, baseball or karaoke"). */
const PASTIME_SENTENCE = /\b(?:whether you(?:'re| are) into|in your (?:spare|free) time|your hobbies)\b/;

/** Boilerplate ("health insurance", "equal opportunity"), how-to-apply, selection, interview, navigation, contact and pastime sentences name no requirement. */
const NAMES_NOTHING = new RegExp(
  // One alternation scans an item once instead of once per kind of sentence.
  [
    BOILERPLATE_SENTENCE,
    APPLICATION_SENTENCE,
    SELECTION_SENTENCE,
    INTERVIEW_SENTENCE,
    NAVIGATION_SENTENCE,
    CONTACT_SENTENCE,
    PASTIME_SENTENCE,
  ]
    .map((p) => `(?:${p.source})`)
    .join('|'),
);
/** "All field equipment (e.g. water jugs and cooking gear) will be provided": what the employer provides, when nothing is asked beside it. */
const PROVIDED_SENTENCE = /\b(?:will (?:also )?be|are|is) (?:also )?provided\b/;
const ASKED_BESIDE = /\b(?:must|required|requires?|expected|experience|knowledge|ability|able to|proficien\w*|familiar\w*|skills?)\b/;
/** "You generated over $1M in sales": the candidate's own figures are asked. */
const SAID_TO_THE_CANDIDATE = /\b(?:you|your)\b/;
export const namesNothing = (lower: string): boolean =>
  NAMES_NOTHING.test(lower) ||
  (PROVIDED_SENTENCE.test(lower) && !ASKED_BESIDE.test(lower)) ||
  (COMPANY_FIGURES_SENTENCE.test(lower) && !SAID_TO_THE_CANDIDATE.test(lower));
