import { analyseText, skillHitsIn } from '../extract/extract.js';
import { readEducation, type Education } from '../extract/education.js';
import type { Skill, Taxonomy } from '../taxonomy/compile.js';
import { PROFICIENCY_RANK, type CandidateSkill, type Proficiency, type ResumeEvidence, type ResumeProfile } from './model.js';
import { resolveSkill } from '../taxonomy/search.js';
import { normalizeText, toSourceSpan } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

/**
 * Reads a résumé in any of its forms (a skills list, plain text, a JSON Resume document) into one
 * profile of taxonomy skills with the evidence for each. Nothing typed is dropped: names that resolve
 * to no skill come back in `unrecognized`.
 */
export type { CandidateSkill, Proficiency, ResumeEvidence, ResumeProfile } from './model.js';
export { PROFICIENCY_RANK } from './model.js';

export interface ListedSkill {
  name: string;
  level?: string;
  years?: number;
  lastUsed?: string;
}

export interface JsonResume {
  basics?: { summary?: string; label?: string; [k: string]: unknown };
  work?: { position?: string; summary?: string; description?: string; highlights?: string[]; [k: string]: unknown }[];
  volunteer?: { position?: string; summary?: string; highlights?: string[]; [k: string]: unknown }[];
  projects?: { name?: string; description?: string; highlights?: string[]; keywords?: string[]; [k: string]: unknown }[];
  skills?: { name?: string; level?: string; keywords?: string[]; [k: string]: unknown }[];
  education?: { area?: string; studyType?: string; courses?: string[]; [k: string]: unknown }[];
  languages?: { language?: string; fluency?: string; [k: string]: unknown }[];
  certificates?: { name?: string; issuer?: string; [k: string]: unknown }[];
  [k: string]: unknown;
}

export interface ResumeInput {
  skills?: ListedSkill[];
  text?: string;
  jsonResume?: JsonResume;
}

const LEVEL_WORDS: [RegExp, Proficiency][] = [
  [/\b(?:expert|master|guru|native|bilingual|c2|mastery)\b/i, 'expert'],
  [/\b(?:advanced|senior|proficient|fluent|strong|c1|professional)\b/i, 'advanced'],
  [/\b(?:intermediate|mid|working|competent|conversational|b1|b2|good)\b/i, 'intermediate'],
  [/\b(?:beginner|basic|novice|junior|elementary|familiar|a1|a2|learning)\b/i, 'beginner'],
];

export function proficiencyOf(level: string | undefined): Proficiency | undefined {
  if (!level) return undefined;
  for (const [pattern, p] of LEVEL_WORDS) if (pattern.test(level)) return p;
  return undefined;
}

class ProfileBuilder {
  private readonly byId = new Map<string, CandidateSkill>();
  readonly unrecognized: string[] = [];

  constructor(private readonly taxonomy: Taxonomy) {}

  add(skill: Skill, evidence: ResumeEvidence, extra: { level?: Proficiency; years?: number; lastUsed?: string } = {}): void {
    let entry = this.byId.get(skill.id);
    if (!entry) {
      entry = { id: skill.id, name: skill.name, shownInWork: false, evidence: [] };
      this.byId.set(skill.id, entry);
    }
    if (extra.level && (!entry.level || PROFICIENCY_RANK[extra.level] > PROFICIENCY_RANK[entry.level])) entry.level = extra.level;
    if (extra.years !== undefined && (entry.years === undefined || extra.years > entry.years)) entry.years = extra.years;
    if (extra.lastUsed && (!entry.lastUsed || extra.lastUsed > entry.lastUsed)) entry.lastUsed = extra.lastUsed;
    if (evidence.source !== 'skills' && !(evidence.field ?? '').startsWith('skills[')) entry.shownInWork = true;
    if (entry.evidence.length < 10) entry.evidence.push(evidence);
  }

  /** A typed name: resolved as a whole first, then read as text ("Data analysis & SQL"); else unrecognised. */
  addName(name: string, evidence: ResumeEvidence, extra: { level?: Proficiency; years?: number; lastUsed?: string } = {}): boolean {
    const resolved = resolveSkill(this.taxonomy, name);
    if (resolved) {
      this.add(resolved.skill, evidence, extra);
      return true;
    }
    const found = this.addText(name, evidence.source, evidence.field, extra, true);
    if (!found && name.trim() && !this.unrecognized.includes(name.trim())) this.unrecognized.push(name.trim());
    return found;
  }

  /** Every skill named in a short text (a highlight, a summary, or a typed name that lists several). */
  addText(text: string, source: ResumeEvidence['source'], field?: string, extra: { level?: Proficiency; years?: number; lastUsed?: string } = {}, inSkillList = false): boolean {
    const doc = normalizeText(text);
    const hits = skillHitsIn(this.taxonomy, tokenize(doc.text), doc.text, inSkillList);
    for (const hit of hits) {
      const skill = this.taxonomy.skills.get(hit.skillId);
      if (!skill) continue;
      const span = toSourceSpan(doc, hit.start, hit.end);
      this.add(skill, { source, ...(field ? { field } : {}), text: text.slice(span.start, span.end) }, extra);
    }
    return hits.length > 0;
  }

  build(): CandidateSkill[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

export function readResume(taxonomy: Taxonomy, input: ResumeInput): ResumeProfile {
  const profile = new ProfileBuilder(taxonomy);
  const languages: ResumeProfile['languages'] = [];
  const education: Education = { degreeLevels: [], fieldsOfStudy: [], evidence: [] };

  (input.skills ?? []).forEach((s, i) => {
    const level = proficiencyOf(s.level);
    const extra = { ...(level ? { level } : {}), ...(s.years !== undefined ? { years: s.years } : {}), ...(s.lastUsed ? { lastUsed: s.lastUsed } : {}) };
    profile.addName(s.name, { source: 'skills', field: `skills[${i}]`, text: s.name }, extra);
  });

  if (input.text) {
    const analysed = analyseText(taxonomy, input.text, { introKind: 'summary' });
    for (const { hit } of analysed.found) {
      const skill = taxonomy.skills.get(hit.skillId);
      if (!skill) continue;
      const span = toSourceSpan(analysed.doc, hit.start, hit.end);
      profile.add(skill, { source: 'text', text: input.text.slice(span.start, span.end), start: span.start, end: span.end });
    }
    for (const level of analysed.education.degreeLevels) if (!education.degreeLevels.includes(level)) education.degreeLevels.push(level);
    for (const f of analysed.education.fieldsOfStudy) if (!education.fieldsOfStudy.includes(f)) education.fieldsOfStudy.push(f);
  }

  const resume = input.jsonResume;
  if (resume) {
    (resume.skills ?? []).forEach((s, i) => {
      const level = proficiencyOf(s.level);
      const extra = level ? { level } : {};
      if (s.name) profile.addName(s.name, { source: 'jsonResume', field: `skills[${i}].name`, text: s.name }, extra);
      (s.keywords ?? []).forEach((k, j) => profile.addName(k, { source: 'jsonResume', field: `skills[${i}].keywords[${j}]`, text: k }, extra));
    });
    const texts: [string, string | undefined][] = [['basics.summary', resume.basics?.summary], ['basics.label', resume.basics?.label]];
    (resume.work ?? []).forEach((w, i) => {
      texts.push([`work[${i}].position`, w.position], [`work[${i}].summary`, w.summary], [`work[${i}].description`, w.description]);
      (w.highlights ?? []).forEach((h, j) => texts.push([`work[${i}].highlights[${j}]`, h]));
    });
    (resume.volunteer ?? []).forEach((w, i) => {
      texts.push([`volunteer[${i}].summary`, w.summary]);
      (w.highlights ?? []).forEach((h, j) => texts.push([`volunteer[${i}].highlights[${j}]`, h]));
    });
    (resume.projects ?? []).forEach((p, i) => {
      texts.push([`projects[${i}].description`, p.description]);
      (p.highlights ?? []).forEach((h, j) => texts.push([`projects[${i}].highlights[${j}]`, h]));
      (p.keywords ?? []).forEach((k, j) => profile.addName(k, { source: 'jsonResume', field: `projects[${i}].keywords[${j}]`, text: k }));
    });
    (resume.certificates ?? []).forEach((c, i) => texts.push([`certificates[${i}].name`, c.name]));
    (resume.education ?? []).forEach((e, i) => {
      const line = [e.studyType, e.area ? `degree in ${e.area}` : undefined].filter(Boolean).join(' ');
      if (line) readEducation(line.toLowerCase(), line, 0, education);
      (e.courses ?? []).forEach((c, j) => texts.push([`education[${i}].courses[${j}]`, c]));
    });
    for (const [field, text] of texts) if (typeof text === 'string' && text.trim()) profile.addText(text, 'jsonResume', field);
    for (const l of resume.languages ?? []) {
      if (!l.language) continue;
      const resolved = resolveSkill(taxonomy, l.language);
      const skill = resolved?.skill.kind === 'language' ? resolved.skill : undefined;
      const level = proficiencyOf(l.fluency);
      if (skill) profile.add(skill, { source: 'jsonResume', field: 'languages', text: l.language }, level ? { level } : {});
      languages.push({ language: l.language, ...(l.fluency ? { fluency: l.fluency } : {}), ...(skill ? { skillId: skill.id } : {}) });
    }
  }

  const skills = profile.build();
  for (const s of skills) {
    const skill = taxonomy.skills.get(s.id);
    if (skill?.kind === 'language' && !languages.some((l) => l.skillId === s.id)) languages.push({ language: skill.name, skillId: s.id });
  }
  return {
    skills,
    unrecognized: profile.unrecognized,
    languages,
    education: { degreeLevels: education.degreeLevels, fieldsOfStudy: education.fieldsOfStudy, entries: [] },
    experience: { roles: [] },
    titles: [],
    certifications: [],
    sections: [],
    taxonomyVersion: taxonomy.version,
  };
}
