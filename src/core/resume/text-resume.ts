import { skillHitsIn } from '../extract/skill-hits.js';
import { credentialNamed, credentialWritten } from '../extract/credential-names.js';
import { readExperience } from '../extract/education.js';
import { practiceOfRole } from '../extract/roles.js';
import type { SkillHit } from '../extract/match.js';
import { isCatalogueName, type Skill, type Taxonomy } from '../taxonomy/compile.js';
import { normalizeText, toSourceSpan } from '../text/normalize.js';
import { splitItems } from '../text/sentences.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { splitColumns } from './columns.js';
import { credentialInProgress, isInProgressLine } from './credentials-in-progress.js';
import { readEducationLines } from './education.js';
import { readLanguageElements } from './languages.js';
import type { Certification, EducationEntry, ResumeEvidence, ResumeSection, ResumeSectionKind } from './model.js';
import { contactSpans, hasTitleWord, isLanguagesLine, isNameLine, isPersonalLine } from './personal.js';
import { readLevel } from './proficiency.js';
import type { SkillClaim } from './profile-builder.js';
import { readRoles, type TextRole } from './roles.js';
import { detectResumeSections, linesOf, type Line, type TextSection } from './sections.js';
import { statedTitles, titleOfLine } from './title-lines.js';

/**
 * A school-leaving certificate line in the education section ("HSE (+2), NSS HSS, 72%", "SSC – CBSE, 2012",
 * "12th Standard, State Board"): school subjects and board acronyms, no job skill ("HSE" there is higher
 * secondary education, not health and safety).
 */
const SCHOOL_CERTIFICATE =
  /(?:^|[\s(,.:;–-])(?:ssc|hsc|hse|sslc|hslc|cbse|icse|matriculation|\+2|(?:10|12)th\b|x(?:ii)?th\b|higher secondary|senior secondary|secondary school|intermediate \(|high school (?:diploma|certificate))/i;

/**
 * A plain-text résumé read with résumé rules: its own sections, roles, education and lists. It
 * shares only the text stages with postings (normalisation with its offset map, tokens, the skill
 * trie and the rule for names that are also words); no posting filter — benefits wording,
 * application instructions, the company's voice, boilerplate — runs on a résumé.
 */
export interface TextMention {
  skill: Skill;
  evidence: ResumeEvidence;
  claim: SkillClaim;
  /** Offset in normalised text, to place the mention in a role. */
  at: number;
}

export interface TextReading {
  mentions: TextMention[];
  sections: ResumeSection[];
  roles: TextRole[];
  education: EducationEntry[];
  titles: string[];
  /** Titles stated outside the dated roles (a title line, "worked as …"): they follow the roles' titles. */
  statedTitles: string[];
  certifications: Certification[];
  languages: { language: string; fluency?: string; skillId?: string; evidence: ResumeEvidence }[];
}

/** Sections never read for skills: who the person is, whom to call, what they do for fun. */
const UNREAD: ReadonlySet<ResumeSectionKind> = new Set(['contact', 'personal', 'interests', 'references']);
/** Sections that are lists of skills, where a bare "R" or "Go" is the language. */
const LIST_SECTIONS: ReadonlySet<ResumeSectionKind> = new Set(['skills', 'languages', 'certifications']);
/** Sections whose short lines are never job titles held: certificates ("Certified Scrum Master") and languages. */
const NO_TITLES: ReadonlySet<ResumeSectionKind> = new Set(['certifications', 'languages', 'publications']);

/** "Tools: Python, R", "Environment: Java, Go": a labelled list inside a role or project. */
const LIST_LABEL =
  /^[\u2022*\-\s]*(?:[\p{L}/&]+\s){0,3}(?:tools?|technolog(?:y|ies)|tech\s+stack|stack|environment|skills?(?:\s+used)?|languages?|software|platforms?|frameworks?|databases?|libraries)\s*[:\-–]\s/iu;

/** A line that is a list of short names ("Python | SQL | R", "Java, Spring Boot, Go"). */
function isListShaped(item: string): boolean {
  if (/[.!?]$/.test(item)) return false;
  const parts = item
    .replace(/^[^:]{1,40}:\s/, '')
    .split(/\s*[,|;/\u2022]\s*/)
    .filter(Boolean);
  return parts.length >= 2 && parts.every((p) => p.split(/\s+/).length <= 3);
}

/** A level written right after a name in a list: "Python (expert)", "SQL – 5 years", "Java: 4/5". */
const LEVEL_AFTER = /^\s*(?:\(([^()]{1,40})\)|[:\-–]\s*([^,;|()]{1,30}))/;

/**
 * "Registered nurse with 4 years in a medical-surgical unit", "5+ years of experience in SQL and Python": the years
 * a sentence states hold for the names after them, up to the end of its clause.
 */
function yearsClaimedFor(text: string, said: { end: number; years: number } | undefined, hit: SkillHit): SkillClaim {
  if (!said || hit.start < said.end || /[.;:!?\n]/.test(text.slice(said.end, hit.start))) return {};
  return { years: said.years };
}

function claimAfter(text: string, end: number): SkillClaim {
  const lineEnd = text.indexOf('\n', end);
  const m = LEVEL_AFTER.exec(text.slice(end, Math.min(lineEnd === -1 ? text.length : lineEnd, end + 50)));
  const written = (m?.[1] ?? m?.[2])?.trim();
  if (!written) return {};
  const reading = readLevel(written);
  if (!reading.level && reading.years === undefined) return {};
  return {
    levelText: written,
    ...(reading.level ? { level: reading.level } : {}),
    ...(reading.years !== undefined ? { years: reading.years } : {}),
  };
}

export function readResumeText(taxonomy: Taxonomy, source: string, asOf: string): TextReading {
  const doc = normalizeText(splitColumns(source), isCatalogueName(taxonomy));
  const text = doc.text;
  const sourceSpan = (start: number, end: number): { start: number; end: number; text: string } => {
    const span = toSourceSpan(doc, start, end);
    return { start: span.start, end: span.end, text: source.slice(span.start, span.end) };
  };
  const namesOneSkill = (label: string): boolean => {
    const tokens = tokenize(label);
    const words = tokens.filter((t) => t.kind === 'word');
    const hits = skillHitsIn(taxonomy, tokens, label, true);
    return hits.length === 1 && words.length > 0 && hits[0]?.start === words[0]?.start && hits[0]?.end === words[words.length - 1]?.end;
  };
  const sections = detectResumeSections(text, namesOneSkill);
  const reading: TextReading = {
    mentions: [],
    sections: [],
    roles: [],
    education: [],
    titles: [],
    statedTitles: [],
    certifications: [],
    languages: [],
  };
  const allLines = linesOf(text);
  // A first line of one word that is a job title ("Advocate") is the headline, not the name; two words
  // ending in a role noun are still a name ("Tim Cook"), since a person's name must never change the score.
  const firstText = (allLines[0]?.text ?? '').trim();
  const oneWordTitle = !/\s/.test(firstText) && titleOfLine(firstText) !== undefined;
  const nameLine = allLines.length > 1 && isNameLine(firstText) && !oneWordTitle ? allLines[0] : undefined;
  const personName = nameLine?.text.trim();
  const postNominals = allLines[0] ? postNominalsOf(allLines[0]) : undefined;

  const header = sections[0];
  if (
    header &&
    header.heading === '' &&
    sections.length > 1 &&
    linesOf(text, header.start, header.end).every((l) => l === nameLine || l.start === nameLine?.start || isContactLine(text, l))
  )
    header.kind = 'contact';
  for (const section of sections) {
    const span = toSourceSpan(doc, section.headingStart, section.end);
    reading.sections.push({ kind: section.kind, heading: section.heading, start: span.start, end: span.end });
  }

  for (const [n, section] of sections.entries()) {
    const pending: { at: number; skill: Skill }[] = [];
    const lines = linesOf(text, section.start, section.end).filter((l) => l !== nameLine && !(nameLine && l.start === nameLine.start));
    if (n === 0 && section.heading === '') readHeadline(lines, reading);
    readLanguagesIn(section, lines, taxonomy, sourceSpan, reading);
    if (UNREAD.has(section.kind)) continue;
    // The person's own name, repeated in a signature or a declaration ("Tim Cook"), is never a job; in a skills
    // section a one-word line is a skill, however it reads ("Driver" from "Web Driver" split across columns).
    if (!NO_TITLES.has(section.kind))
      reading.statedTitles.push(
        ...statedTitles(lines).filter((t) => (!personName || !t.includes(personName)) && !(section.kind === 'skills' && !/\s/.test(t))),
      );
    for (const item of splitItems(text, section.start, section.end)) {
      if (nameLine && item.start < nameLine.end && item.end > nameLine.start) continue;
      const raw = text.slice(item.start, item.end);
      if (isPersonalLine(raw)) continue;
      if (section.kind === 'education' && SCHOOL_CERTIFICATE.test(raw)) continue;
      const contact = contactSpans(text, item.start, item.end);
      const listed = LIST_SECTIONS.has(section.kind) || LIST_LABEL.test(raw) || isListShaped(raw);
      const tokens = tokenize(text, item.start, item.end);
      const hits = skillHitsIn(taxonomy, tokens, text, listed);
      const yearsSaid = listed ? undefined : readExperience(raw, item.start, { perSkill: [], evidence: [] });
      // "CFA Level II candidate", "PMP – expected 2027": a credential worked towards is listed, never held.
      const pendingLine = section.kind === 'certifications' && isInProgressLine(raw);
      if (section.kind === 'certifications' && !pendingLine) reading.mentions.push(...certifyingBodies(taxonomy, tokens, hits, sourceSpan));
      for (const hit of hits) {
        if (contact.some((c) => hit.start < c.end && hit.end > c.start)) continue;
        const skill = taxonomy.skills.get(hit.skillId);
        if (!skill) continue;
        if (pendingLine) {
          pending.push({ at: hit.start, skill });
          continue;
        }
        const inProgress = credentialInProgress(text, hit.start, hit.end, skill);
        if (inProgress) {
          const evidence: ResumeEvidence = { source: 'text', ...sourceSpan(inProgress.start, inProgress.end), section: section.kind };
          reading.certifications.push({ name: evidence.text, evidence, inProgress: true, skills: [{ id: skill.id, name: skill.name }] });
          continue;
        }
        const claim = listed ? claimAfter(text, hit.end) : yearsClaimedFor(text, yearsSaid, hit);
        const evidence: ResumeEvidence = { source: 'text', ...sourceSpan(hit.start, hit.end), section: section.kind };
        reading.mentions.push({ skill, evidence, claim, at: hit.start });
        const held =
          section.kind === 'certifications' ||
          (postNominals !== undefined && hit.start >= postNominals.start && hit.end <= postNominals.end);
        const credential = held ? credentialWritten(taxonomy, skill, text.slice(hit.start, hit.end)) : undefined;
        if (credential) reading.mentions.push({ skill: credential, evidence, claim: {}, at: hit.start });
      }
    }
    if (section.kind === 'certifications') for (const line of lines) readCertification(line, sourceSpan, reading, pending);
    if (section.kind === 'experience') reading.roles.push(...readRoles(lines, sourceSpan, asOf));
    if (section.kind === 'education') reading.education.push(...readEducationLines(lines, sourceSpan, asOf));
  }
  // A résumé with no experience heading ("Karen White\nOffice Administrator, Dental Clinic, 2016–2022\n- Managed …")
  // still dates its roles in the untitled part; a line the education reader takes is a degree, not a role.
  if (!sections.some((s) => s.kind === 'experience')) {
    for (const section of sections.filter((s) => s.kind === 'summary' && s.heading === '')) {
      const lines = linesOf(text, section.start, section.end).filter(
        (l) => l !== nameLine && !(nameLine && l.start === nameLine.start) && readEducationLines([l], sourceSpan, asOf, true).length === 0,
      );
      // Without a heading to say so, a dated line is a role only when its title names a job ("Graduated 2019" is none).
      reading.roles.push(
        ...readRoles(lines, sourceSpan, asOf).filter((r) => r.role.title !== undefined && namesAJob(taxonomy, r.role.title)),
      );
    }
  }
  if (!sections.some((s) => s.kind === 'education')) {
    const lines = sections.filter((s) => !UNREAD.has(s.kind)).flatMap((s) => linesOf(text, s.start, s.end));
    reading.education.push(...readEducationLines(lines, sourceSpan, asOf, true));
  }
  const employers = reading.roles.flatMap((r) => (r.employerSpan ? [r.employerSpan] : [])).sort((a, b) => a.start - b.start);
  reading.mentions = reading.mentions.filter((m) => !insideAny(m.at, employers));
  assignSkillsToRoles(reading);
  return reading;
}

const roleNounsByTaxonomy = new WeakMap<Taxonomy, ReadonlySet<string>>();

/**
 * A title that names a job: a title word ("Analyst", "Manager"), the head noun of a crosswalked role ("Warehouse
 * Worker", "Cook"), or a role whose ending names its practice ("Journeyman Plumber").
 */
function namesAJob(taxonomy: Taxonomy, title: string): boolean {
  if (hasTitleWord(title)) return true;
  let nouns = roleNounsByTaxonomy.get(taxonomy);
  if (!nouns) {
    nouns = new Set([...taxonomy.practiceOfRoleNoun.keys()].map((role) => role.slice(role.lastIndexOf(' ') + 1)));
    roleNounsByTaxonomy.set(taxonomy, nouns);
  }
  const head = title.toLowerCase().slice(title.lastIndexOf(' ') + 1);
  return nouns.has(head) || nouns.has(head.replace(/s$/, '')) || practiceOfRole(taxonomy, title, skillHitsIn) !== undefined;
}

/** A certifying body's letters no name took ("ASE A5 Brakes", "NATE – heat pumps"): the body's certification, when the catalogue has it. */
function certifyingBodies(
  taxonomy: Taxonomy,
  tokens: readonly Token[],
  hits: readonly SkillHit[],
  sourceSpan: (s: number, e: number) => { start: number; end: number; text: string },
): TextMention[] {
  const mentions: TextMention[] = [];
  for (const [k, token] of tokens.entries()) {
    if (token.kind !== 'word' || !/^\p{Lu}{2,6}$/u.test(token.text) || hits.some((h) => h.first <= k && h.last >= k)) continue;
    const credential = credentialNamed(taxonomy, token.text);
    if (!credential || mentions.some((m) => m.skill.id === credential.id)) continue;
    const evidence: ResumeEvidence = { source: 'text', ...sourceSpan(token.start, token.end), section: 'certifications' };
    mentions.push({ skill: credential, evidence, claim: {}, at: token.start });
  }
  return mentions;
}

/** The letters after a person's name on the first line ("Jane Doe, RN, BSN"; "Anna Lee, CPA"): credentials held. */
const NAME_WITH_POST_NOMINALS =
  /^(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){1,3}),\s*(\p{Lu}[\p{L}-]{0,7}\.?(?:\s*,\s*\p{Lu}[\p{L}-]{0,7}\.?)*)\s*$/u;

function postNominalsOf(line: Line): { start: number; end: number } | undefined {
  const match = NAME_WITH_POST_NOMINALS.exec(line.text);
  if (!match?.[2] || !/^\p{Lu}{2}/u.test(match[2])) return undefined;
  const start = line.start + line.text.lastIndexOf(match[2]);
  return { start, end: start + match[2].length };
}

/** Whether an offset falls inside one of the sorted, disjoint spans (binary search). */
function insideAny(at: number, spans: { start: number; end: number }[]): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as { start: number; end: number };
    if (at < span.start) hi = mid - 1;
    else if (at >= span.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Each mention inside a role's range names a skill of that role (mentions and roles both run in text order). */
function assignSkillsToRoles(reading: TextReading): void {
  const mentions = [...reading.mentions].sort((a, b) => a.at - b.at);
  const roles = [...reading.roles].sort((a, b) => a.from - b.from);
  let k = 0;
  for (const role of roles) {
    while (k < mentions.length && (mentions[k] as TextMention).at < role.from) k++;
    const seen = new Set(role.role.skills);
    for (let j = k; j < mentions.length && (mentions[j] as TextMention).at < role.to; j++) {
      const id = (mentions[j] as TextMention).skill.id;
      if (!seen.has(id)) {
        seen.add(id);
        role.role.skills.push(id);
      }
    }
  }
}

/** A line of the header that only says how to reach the person: e-mail, phone, links, an address label. */
function isContactLine(text: string, line: Line): boolean {
  if (isPersonalLine(line.text)) return true;
  const spans = contactSpans(text, line.start, line.end);
  const rest = spans.reduceRight((acc, s) => acc.slice(0, s.start - line.start) + acc.slice(s.end - line.start), line.text);
  return (
    spans.length > 0 &&
    rest
      .replace(/[\s|,•\u2022·-]+/g, ' ')
      .trim()
      .split(' ').length <= 4
  );
}

/** The headline under the name ("Senior Data Analyst", "Java Developer | 6 years"). */
function readHeadline(lines: Line[], reading: TextReading): void {
  const first = lines[0];
  if (!first || isPersonalLine(first.text) || /@|\d{5}|https?:|www\./.test(first.text)) return;
  const headline = first.text.split(/\s*[|\u2022]\s*/)[0]?.trim() ?? '';
  if (headline && headline.split(/\s+/).length <= 8 && !/[.!?]$/.test(headline) && hasTitleWord(headline)) reading.titles.push(headline);
}

/**
 * A certification line as written, without its date ("AWS Certified Developer – Associate, 2020"); one still worked
 * towards keeps its words ("CFA Level II candidate") and the credentials it names.
 */
function readCertification(
  item: Line,
  sourceSpan: (s: number, e: number) => { start: number; end: number; text: string },
  reading: TextReading,
  pending: readonly { at: number; skill: Skill }[],
): void {
  const span = sourceSpan(item.start, item.end);
  const evidence: ResumeEvidence = { source: 'text', ...span, section: 'certifications' };
  const written = span.text.replace(/^[\s\u2022\u25AA\u25CF*-]+/, '');
  if (isInProgressLine(item.text)) {
    const skills = new Map(pending.filter((p) => p.at >= item.start && p.at < item.end).map((p) => [p.skill.id, p.skill.name]));
    const named = [...skills].map(([id, name]) => ({ id, name }));
    reading.certifications.push({ name: written.trim(), evidence, inProgress: true, skills: named });
    return;
  }
  const name = written.replace(/\s*[,(|\-\u2013\u2014]\s*(?:issued\s+|obtained\s+)?(?:[A-Za-z]+\.?\s+)?(?:19|20)\d\d\)?.*$/i, '').trim();
  if (name.length < 3 || name.length > 150) return;
  reading.certifications.push({ name, evidence });
}

function readLanguagesIn(
  section: TextSection,
  lines: Line[],
  taxonomy: Taxonomy,
  sourceSpan: (s: number, e: number) => { start: number; end: number; text: string },
  reading: TextReading,
): void {
  const mother = /tongue/i.test(section.heading) ? 'mother tongue' : undefined;
  for (const line of lines) {
    if (section.kind !== 'languages' && !isLanguagesLine(line.text)) continue;
    const body = line.text.replace(/^[\u2022*\-\s]+/, '');
    const skip = line.text.length - body.length;
    for (const l of readLanguageElements(body, taxonomy, mother)) {
      if (reading.languages.some((x) => x.skillId === l.skillId)) continue;
      const at = line.start + skip + l.offset;
      reading.languages.push({
        language: l.language,
        ...(l.fluency ? { fluency: l.fluency } : {}),
        ...(l.skillId ? { skillId: l.skillId } : {}),
        evidence: { source: 'text', ...sourceSpan(at, at + l.language.length), section: 'languages' },
      });
    }
  }
}
