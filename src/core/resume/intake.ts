import type { Taxonomy } from '../taxonomy/compile.js';
import { asOfMonth, type Interval } from './dates.js';
import type { ReadResumeOptions, ResumeInput } from './input.js';
import { readJsonResume } from './json-resume.js';
import type { EducationEntry, ResumeProfile, Role } from './model.js';
import { readLevel } from './proficiency.js';
import { collectPhrases } from './phrases.js';
import { ProfileBuilder, type SkillClaim } from './profile-builder.js';
import { byRecency, totalYears } from './roles.js';
import { readResumeText } from './text-resume.js';
import { tokenize } from '../text/tokenize.js';
import { skillHitsIn } from '../extract/skill-hits.js';
import { practiceOfRole } from '../extract/roles.js';

export type { JsonResume, ListedSkill, ReadResumeOptions, ResumeInput } from './input.js';
export * from './model.js';
export { proficiencyOf } from './proficiency.js';

/**
 * Reads a résumé in any of its forms (a skills list, plain text, a JSON Resume document) into one
 * profile of taxonomy skills with the evidence for each, plus roles, education, titles,
 * certifications and languages. Nothing typed is dropped: names that resolve to no skill come back
 * in `unrecognized`.
 */
export function readResume(taxonomy: Taxonomy, input: ResumeInput, options: ReadResumeOptions = {}): ResumeProfile {
  const asOf = asOfMonth(options.asOf);
  const profile = new ProfileBuilder(taxonomy);
  const languages: ResumeProfile['languages'] = [];
  const entries: EducationEntry[] = [];
  const roles: { role: Role; interval?: Interval; months?: number }[] = [];
  const titles: string[] = [];
  const stated: string[] = [];
  const certifications: ResumeProfile['certifications'] = [];
  let sections: ResumeProfile['sections'] = [];

  (input.skills ?? []).forEach((s, i) => {
    const reading = readLevel(s.level);
    const claim: SkillClaim = {
      ...(s.level?.trim() ? { levelText: s.level } : {}),
      ...(reading.level ? { level: reading.level } : {}),
      ...(s.years !== undefined ? { years: s.years } : reading.years !== undefined ? { years: reading.years } : {}),
      ...(s.lastUsed ? { lastUsed: s.lastUsed } : {}),
    };
    profile.addName(s.name, { source: 'skills', field: `skills[${i}]`, text: s.name, section: 'skills' }, claim);
  });

  if (input.text) {
    const text = readResumeText(taxonomy, input.text, asOf);
    collectPhrases(profile.phrases, tokenize(input.text), { source: 'text' });
    for (const m of text.mentions) profile.add(m.skill, m.evidence, m.claim);
    for (const l of text.languages) {
      const skill = l.skillId ? taxonomy.skills.get(l.skillId) : undefined;
      if (skill) {
        const reading = readLevel(l.fluency);
        profile.add(skill, l.evidence, {
          ...(l.fluency ? { levelText: l.fluency } : {}),
          ...(reading.level ? { level: reading.level } : {}),
        });
      }
      languages.push({ language: l.language, ...(l.fluency ? { fluency: l.fluency } : {}), ...(l.skillId ? { skillId: l.skillId } : {}) });
    }
    entries.push(...text.education);
    roles.push(...text.roles);
    titles.push(...text.titles);
    stated.push(...text.statedTitles);
    certifications.push(...text.certifications);
    sections = text.sections;
  }

  if (input.jsonResume) {
    const json = readJsonResume(taxonomy, input.jsonResume, profile, asOf);
    entries.push(...json.education);
    roles.push(...json.roles);
    titles.push(...json.titles);
    certifications.push(...json.certifications);
    for (const l of json.languages) if (!languages.some((x) => x.skillId && x.skillId === l.skillId)) languages.push(l);
  }

  for (const { role } of roles) {
    addTitlePractice(taxonomy, role, profile);
    const until = role.current ? asOf : role.end;
    if (until) for (const id of role.skills) profile.noteUsed(id, until);
  }
  const skills = profile.build();
  for (const s of skills) {
    const skill = taxonomy.skills.get(s.id);
    if (skill?.kind === 'language' && !languages.some((l) => l.skillId === s.id))
      languages.push({ language: skill.name, ...(s.levelText ? { fluency: s.levelText } : {}), skillId: s.id });
  }
  const sortedRoles = roles.map((r) => r.role).sort(byRecency);
  for (const role of sortedRoles) if (role.title) titles.push(role.title);
  titles.push(...stated);
  const levels = [...new Set(entries.flatMap((e) => (e.degreeLevel ? [e.degreeLevel] : [])))];
  const fields = [...new Set(entries.flatMap((e) => (e.field ? [e.field] : [])))];
  const years = totalYears(roles);
  return {
    skills,
    unrecognized: profile.unrecognized,
    languages,
    education: { degreeLevels: levels, fieldsOfStudy: fields, entries },
    experience: { roles: sortedRoles, ...(years !== undefined ? { totalYears: years } : {}) },
    titles: dedupe(titles),
    certifications,
    sections,
    taxonomyVersion: taxonomy.version,
    phrases: profile.phrases,
  };
}

/**
 * "Accountant, Smith & Co (2019–2023)": a role's title names the practice it performs (accounting), a skill the
 * role shows even where no bullet names it, and whose years are the role's.
 */
function addTitlePractice(taxonomy: Taxonomy, role: Role, profile: ProfileBuilder): void {
  if (!role.title) return;
  const practiceId = practiceOfRole(taxonomy, role.title, skillHitsIn);
  const skill = practiceId === undefined ? undefined : taxonomy.skills.get(practiceId);
  if (!skill) return;
  if (!role.skills.includes(skill.id)) role.skills.push(skill.id);
  const { field, start, text } = role.evidence;
  const at = text.indexOf(role.title);
  profile.add(skill, {
    source: field === undefined ? 'text' : 'jsonResume',
    ...(field === undefined ? {} : { field: `${field}.position` }),
    text: role.title,
    ...(start !== undefined && at !== -1 ? { start: start + at, end: start + at + role.title.length } : {}),
    section: 'experience',
  });
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
