import type { Taxonomy } from '../taxonomy/compile.js';
import { resolveSkill } from '../taxonomy/search.js';
import { isInProgressLine } from './credentials-in-progress.js';
import { readJsonEducation } from './education.js';
import type { JsonResume } from './input.js';
import type { EducationEntry, ResumeEvidence, ResumeProfile, ResumeSectionKind, Role } from './model.js';
import { readLevel } from './proficiency.js';
import type { ProfileBuilder, SkillClaim } from './profile-builder.js';
import { readJsonRoles } from './roles.js';
import type { Interval } from './dates.js';

/**
 * A JSON Resume document. Of `basics`, only the summary and the label are read: the name, e-mail,
 * phone, location, picture and profiles are who the person is, never a skill.
 */
export interface JsonReading {
  roles: { role: Role; interval?: Interval }[];
  education: EducationEntry[];
  titles: string[];
  certifications: ResumeProfile['certifications'];
  languages: ResumeProfile['languages'];
}

function claimOf(level: string | undefined): SkillClaim {
  if (!level?.trim()) return {};
  const reading = readLevel(level);
  return {
    levelText: level,
    ...(reading.level ? { level: reading.level } : {}),
    ...(reading.years !== undefined ? { years: reading.years } : {}),
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

export function readJsonResume(taxonomy: Taxonomy, resume: JsonResume, profile: ProfileBuilder, asOf: string): JsonReading {
  const reading: JsonReading = { roles: [], education: [], titles: [], certifications: [], languages: [] };
  const text = (field: string, value: unknown, section: ResumeSectionKind, inSkillList = false): string[] =>
    typeof value === 'string' && value.trim() ? profile.addText(value, { source: 'jsonResume', field, section }, {}, inSkillList) : [];

  (resume.skills ?? []).forEach((s, i) => {
    const claim = claimOf(str(s.level));
    if (str(s.name))
      profile.addName(
        s.name as string,
        { source: 'jsonResume', field: `skills[${i}].name`, text: s.name as string, section: 'skills' },
        claim,
      );
    (s.keywords ?? []).forEach((k, j) => {
      if (str(k)) profile.addName(k, { source: 'jsonResume', field: `skills[${i}].keywords[${j}]`, text: k, section: 'skills' }, claim);
    });
  });
  text('basics.summary', resume.basics?.summary, 'summary');
  text('basics.label', resume.basics?.label, 'summary');
  if (str(resume.basics?.label)) reading.titles.push((resume.basics?.label as string).trim());

  const work = resume.work ?? [];
  reading.roles = readJsonRoles(work, asOf);
  work.forEach((w, i) => {
    const ids = new Set<string>();
    const add = (list: string[]): void => list.forEach((id) => ids.add(id));
    add(text(`work[${i}].position`, w.position, 'experience'));
    add(text(`work[${i}].summary`, w.summary, 'experience'));
    add(text(`work[${i}].description`, w.description, 'experience'));
    (w.highlights ?? []).forEach((h, j) => add(text(`work[${i}].highlights[${j}]`, h, 'experience')));
    const role = reading.roles[i];
    if (role) role.role.skills = [...ids];
  });
  (resume.volunteer ?? []).forEach((w, i) => {
    text(`volunteer[${i}].summary`, w.summary, 'volunteer');
    (w.highlights ?? []).forEach((h, j) => text(`volunteer[${i}].highlights[${j}]`, h, 'volunteer'));
  });
  (resume.projects ?? []).forEach((p, i) => {
    text(`projects[${i}].description`, p.description, 'projects');
    (p.highlights ?? []).forEach((h, j) => text(`projects[${i}].highlights[${j}]`, h, 'projects'));
    (p.keywords ?? []).forEach((k, j) => {
      if (str(k)) profile.addName(k, { source: 'jsonResume', field: `projects[${i}].keywords[${j}]`, text: k, section: 'projects' });
    });
  });
  (resume.certificates ?? []).forEach((c, i) => {
    const name = str(c.name);
    if (!name) return;
    const evidence: ResumeEvidence = { source: 'jsonResume', field: `certificates[${i}].name`, text: name, section: 'certifications' };
    if (isInProgressLine(name)) {
      const skills = profile.namedIn(name).map((s) => ({ id: s.id, name: s.name }));
      reading.certifications.push({ name, evidence, inProgress: true, skills });
      return;
    }
    text(`certificates[${i}].name`, name, 'certifications');
    reading.certifications.push({ name, evidence });
  });
  const education = resume.education ?? [];
  reading.education = readJsonEducation(education, asOf);
  education.forEach((e, i) => (e.courses ?? []).forEach((c, j) => text(`education[${i}].courses[${j}]`, c, 'education')));

  for (const l of resume.languages ?? []) {
    const language = str(l.language);
    if (!language) continue;
    const resolved = resolveSkill(taxonomy, language);
    const skill = resolved?.skill.kind === 'language' ? resolved.skill : undefined;
    const fluency = str(l.fluency);
    if (skill) profile.add(skill, { source: 'jsonResume', field: 'languages', text: language, section: 'languages' }, claimOf(fluency));
    reading.languages.push({ language, ...(fluency ? { fluency } : {}), ...(skill ? { skillId: skill.id } : {}) });
  }
  return reading;
}
