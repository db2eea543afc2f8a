import type { Span } from '../text/normalize.js';

/**
 * Personal details — name, gender, pronouns, date of birth and age, photo, nationality, marital
 * status, religion, family, address, phone, e-mail, links — are never read for skills, wherever they
 * sit: "Address: 12 Java Street" names no skill, and nothing about who the person is may move a score.
 */
const PERSONAL_LABEL = new RegExp(
  String.raw`^(?:[\u2022*\-\s]*)(?:date\s+of\s+birth|d\.?\s?o\.?\s?b\.?|birth\s*(?:date|day|place)|place\s+of\s+birth|born|age|gender|sex|pronouns?|nationality|citizenship|citizen|marital\s+status|civil\s+status|religion|caste|category|father(?:'s)?\s+name|mother(?:'s)?\s+name|husband(?:'s)?\s+name|wife(?:'s)?\s+name|spouse|children|dependents|passport(?:\s+(?:no|number|details))?\.?|visa(?:\s+status)?|driving\s+licen[cs]e(?:\s+no\.?)?|(?:permanent|current|present|postal|residential|home|mailing|correspondence)?\s*address|residence|location|city|hometown|home\s+town|pin\s*code|zip(?:\s*code)?|e-?mail(?:\s+id)?|linked\s?in|github|git\s?lab|website|portfolio|blog|twitter|skype|photo|photograph|picture|name|full\s+name|height|weight|blood\s+group|disability)(?:\s*[:=]|\s+-\s)`,
  'i',
);

/** A "Languages known: English, Hindi" line inside personal details is a skill, not a detail. */
const LANGUAGES_LABEL =
  /^[\u2022*\-\s]*(?:languages?\s+(?:known|spoken)|languages?|mother\s+tongue|linguistic\s+proficiency)(?:\s*[:=]|\s+-\s)/i;

/** "Mobile: Android, iOS" in a skills list is no phone number: these labels are personal only before a number. */
const PHONE_LABEL =
  /^[\u2022*\-\s]*(?:phone|mobile|mob\.?|cell|tel\.?|telephone|contact(?:\s+(?:no\.?|number|details))?|ph\.?)\s*(?:no\.?|number|#)?\s*[:=-]\s*\+?[\d(]/i;

export function isPersonalLine(line: string): boolean {
  return (PERSONAL_LABEL.test(line) || PHONE_LABEL.test(line)) && !LANGUAGES_LABEL.test(line);
}

export function isLanguagesLine(line: string): boolean {
  return LANGUAGES_LABEL.test(line);
}

const CONTACT_WORD =
  /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|me|in|co|uk|de|fr|it|es|ai|app|page|site|info)(?:\/\S*)?)[.,;:)]*$/i;
const PHONE = /\+?\d[\d\s().-]{7,}\d/g;
/** Longer than this, a "word" is no address or link (and testing it would cost more than it is worth). */
const MAX_CONTACT_WORD = 200;

/** E-mail addresses, links and phone numbers in a line: names inside them ("github.com/jane/java-tools") are no skills. Linear: each word is tested once. */
export function contactSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let i = from;
  while (i < to) {
    while (i < to && /\s/.test(text[i] as string)) i++;
    let j = i;
    while (j < to && !/\s/.test(text[j] as string)) j++;
    if (j > i && j - i <= MAX_CONTACT_WORD && /[@.]/.test(text.slice(i, j)) && CONTACT_WORD.test(text.slice(i, j)))
      spans.push({ start: i, end: j });
    i = j;
  }
  const digits = text.slice(from, to);
  if (/\d{3}/.test(digits))
    for (const m of digits.matchAll(PHONE)) spans.push({ start: from + m.index, end: from + m.index + m[0].length });
  return spans;
}

const TITLE_WORDS =
  /\b(?:engineer|developer|analyst|scientist|manager|consultant|architect|designer|administrator|specialist|lead|director|officer|intern|associate|assistant|executive|coordinator|accountant|teacher|nurse|technician|programmer|researcher|student|graduate|professional|expert|head|founder|owner|president|strategist|writer|editor|marketer|recruiter|advisor|adviser|representative|supervisor|operator|clerk|agent|auditor|economist|statistician|physician|lawyer|attorney|advocate|paralegal|generalist|controller|chef|cashier|bookkeeper|planner|buyer|therapist|pharmacist|mechanic|electrician|welder|instructor|trainer|tutor|lecturer|professor|producer|photographer|journalist|reporter|tester)s?\b/i;

/**
 * The person's name at the top of a résumé: a short line of capitalised words with no digits and no
 * job-title word ("Jane Doe", "RAHUL KUMAR SHARMA"). A line like "Data Analyst" is a headline instead.
 */
export function isNameLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 1 || words.length > 5 || /[\d@:,;|/()]/.test(line) || TITLE_WORDS.test(line)) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'.-]*$/u.test(w));
}

export function hasTitleWord(line: string): boolean {
  return TITLE_WORDS.test(line);
}
