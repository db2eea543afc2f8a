import type { CandidateSkill, ResumeProfile } from '../resume/model.js';
import type { HeldSkills } from './credit.js';
import type { RequirementFit, ScoringUnit } from './fit.js';
import { KIND_TIER } from './policy.js';
import { isCredentialName } from '../extract/credential-names.js';

export interface Suggestion {
  /** 'learn': gain the skill (any one of `skills` is enough); 'show': the résumé lists it but shows it in no role. */
  action: 'learn' | 'show';
  skills: { id: string; name: string }[];
  /** Score points it would add; 0 for 'show' (the score already counts the skill). */
  points: number;
  why: string;
}

const MAX_LEARN = 5;
const MAX_SHOW = 3;
const round1 = (x: number): number => Math.round(x * 10) / 10;

function names(skills: { name: string }[]): string {
  if (skills.length <= 1) return skills.map((s) => s.name).join('');
  return `${skills
    .slice(0, -1)
    .map((s) => s.name)
    .join(', ')} or ${skills[skills.length - 1]?.name}`;
}

/**
 * The few changes worth most: skills to learn for the gaps that cost most (one member of an
 * alternatives group is enough; never a skill the résumé already holds), and skills the résumé
 * lists without showing them in any role. It suggests learning or showing, never claiming.
 */
export function suggest(input: {
  fits: RequirementFit[];
  units: ScoringUnit[];
  possible: number;
  factor: number;
  resume: ResumeProfile;
  held: HeldSkills;
}): Suggestion[] {
  const { fits, units, possible, factor, resume, held } = input;
  const learn: (Suggestion & { tier: number })[] = [];
  for (const u of units) {
    if (u.credit >= 1 || possible === 0) continue;
    const candidates = u.members.map((m) => fits[m] as RequirementFit).filter((f) => !held.have.has(f.skill.id));
    if (candidates.length === 0) continue;
    const points = round1(((1 - u.credit) * u.weight * 100 * factor) / possible);
    if (points <= 0) continue;
    const skills = candidates.map((f) => ({ id: f.skill.id, name: f.skill.name }));
    const partial = u.credit > 0 ? ` Today ${fits[u.carrier]?.candidateSkill?.name ?? 'a related skill'} earns part of it.` : '';
    // A licence or certificate is obtained, not learnt: "DOT Medical Card is required; obtaining it adds …".
    const gaining = skills.length === 1 && isCredentialName(skills[0]?.name ?? '') ? 'obtaining' : 'learning';
    const started = resume.certifications.find((c) => c.inProgress && c.skills?.some((s) => skills.some((k) => k.id === s.id)));
    const what =
      skills.length > 1
        ? `The posting asks for one of ${names(skills)} (${u.level}); any one of them adds up to ${points} points.`
        : started
          ? `${skills[0]?.name} is ${u.level} in the posting and the résumé lists it in progress ("${started.name}"); obtaining it adds up to ${points} points.`
          : `${skills[0]?.name} is ${u.level} in the posting; ${gaining} it adds up to ${points} points.`;
    learn.push({ action: 'learn', skills, points, why: `${what}${partial}`, tier: KIND_TIER[u.kind] });
  }
  learn.sort((a, b) => a.tier - b.tier || b.points - a.points || (a.skills[0]?.name ?? '').localeCompare(b.skills[0]?.name ?? ''));

  const show: Suggestion[] = [];
  const hasWork = resume.experience.roles.length > 0 || resume.sections.some((s) => s.kind === 'experience' || s.kind === 'projects');
  if (hasWork) {
    const suggested = new Set<string>();
    for (const f of fits) {
      if (f.status !== 'matched' || f.points <= 0 || !f.candidateSkill) continue;
      const skill = held.have.get(f.candidateSkill.id);
      if (!skill || skill.shownInWork || suggested.has(skill.id) || isShownOtherwise(skill, held)) continue;
      suggested.add(skill.id);
      show.push({
        action: 'show',
        skills: [{ id: skill.id, name: skill.name }],
        points: 0,
        why: `${skill.name} counts for ${f.points} points but appears only in a skills list: show where you used it in a role or project.`,
      });
      if (show.length >= MAX_SHOW) break;
    }
  }
  return [...learn.slice(0, MAX_LEARN).map(({ tier: _tier, ...s }) => s), ...show];
}

/**
 * A skill a role shows through a narrower one ("deployed to AWS ECS" shows AWS), or a credential listed under
 * licences and certifications ("CDL Class A", "BLS"), which is shown by holding it, not by using it in a role.
 */
function isShownOtherwise(skill: CandidateSkill, held: HeldSkills): boolean {
  if (isCredentialName(skill.name) || skill.evidence.some((e) => e.section === 'certifications')) return true;
  return (held.narrowerHave.get(skill.id) ?? []).some((s) => s.shownInWork);
}
