import type { FitReport } from '../score/fit.js';

const TOP = 5;

export interface FitSummary {
  score: number;
  skillsScore: number;
  band: FitReport['band'];
  eligibility: FitReport['eligibility']['status'];
  /** Unmet dealbreakers, in words ("currently enrolled in a degree programme"). */
  dealbreakers: string[];
  matched: { id: string; name: string }[];
  missing: { id: string; name: string }[];
}

/** The short form of a fit report that ranking answers with. */
export function fitSummary(report: FitReport): FitSummary {
  const matched = report.requirements
    .filter((r) => r.status === 'matched')
    .sort((a, b) => b.weight - a.weight)
    .slice(0, TOP)
    .map((r) => ({ id: r.skill.id, name: r.skill.name }));
  const missing = report.gaps.slice(0, TOP).map((g) => g.skill);
  const dealbreakers = report.eligibility.checks.filter((c) => c.dealbreaker && c.status === 'unmet').map((c) => c.required);
  return {
    score: report.score,
    skillsScore: report.skillsScore,
    band: report.band,
    eligibility: report.eligibility.status,
    dealbreakers,
    matched,
    missing,
  };
}
