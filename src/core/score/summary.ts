import type { Eligibility } from './eligibility.js';
import type { FactorReport } from './factors.js';
import type { FocusReport, Gap, RequirementFit, ScoringUnit } from './fit.js';
import type { Band } from './policy.js';

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The report in words; counts scoring units, so an alternatives group is one requirement. */
export function summarize(input: {
  score: number;
  skillsScore: number;
  band: Band;
  fits: RequirementFit[];
  units: ScoringUnit[];
  gaps: Gap[];
  eligibility: Eligibility;
  occupation?: FactorReport['occupation'];
  focus?: FocusReport;
}): string {
  const { score, skillsScore, band, fits, units, gaps, eligibility, occupation, focus } = input;
  if (fits.length === 0) {
    if (occupation?.posting && occupation.weight > 0)
      return `The posting names no skills the service recognises: the score (${score}/100) rests on the occupation (${occupation.relation.replaceAll('-', ' ')}).`;
    return 'The posting names no skills the service recognises, so there is nothing to score.';
  }
  const required = units.filter((u) => u.level === 'required');
  const met = required.filter((u) => u.credit >= 1).length;
  const bandWord = `${band[0]?.toUpperCase()}${band.slice(1)}`;
  const parts = [
    required.length > 0
      ? `${bandWord} fit (${score}/100): meets ${met} of ${required.length} required skill${required.length === 1 ? '' : 's'}.`
      : `${bandWord} fit (${score}/100).`,
  ];
  const dealbreakers = eligibility.checks.filter((c) => c.dealbreaker && c.status === 'unmet');
  if (dealbreakers.length > 0)
    parts.push(`Does not meet: ${list(dealbreakers.map((c) => c.required))} (skills alone: ${skillsScore}/100).`);
  const occupationSentence = occupationInWords(occupation);
  if (occupationSentence) parts.push(occupationSentence);
  const focusSentence = focusInWords(focus);
  if (focusSentence) parts.push(focusSentence);
  const top = gaps.slice(0, 3).map((g) => g.skill.name);
  parts.push(top.length > 0 ? `Biggest gaps: ${list(top)}.` : 'No skill gaps.');
  return parts.join(' ');
}

/** Only what the reader may not expect: work in another career (no occupation points), or no job title to compare (skills alone). */
function occupationInWords(occupation: FactorReport['occupation'] | undefined): string | undefined {
  if (!occupation?.posting) return undefined;
  if (occupation.relation === 'unrelated' && occupation.resume)
    return `The résumé's roles (${occupation.resume.name}) are in another career than the posting's (${occupation.posting.name}): no occupation points.`;
  if (occupation.relation === 'unstated')
    return `The résumé names no job title to compare with the posting's (${occupation.posting.name}): the score rests on skills.`;
  return undefined;
}

/** Only a résumé mostly outside the posting's areas: most of what it brings earns no focus points. */
function focusInWords(focus: FocusReport | undefined): string | undefined {
  if (focus?.share === undefined || focus.share >= 0.5 || focus.weight === 0) return undefined;
  return `${focus.inArea} of the résumé's ${focus.hardSkills} hard skills lie in the posting's areas.`;
}
