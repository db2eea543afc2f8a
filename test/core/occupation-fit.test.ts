import { describe, expect, it } from 'vitest';
import { matchResume } from '../../src/core/match.js';
import { loadOccupations } from '../../src/core/occupations/index.js';
import { analysePosting } from '../../src/core/posting.js';
import { readResume } from '../../src/core/resume/intake.js';
import { OCCUPATION_FACTOR } from '../../src/core/score/policy.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const occupations = loadOccupations();
const vocabularies = { taxonomy, occupations };
const text = 'Requirements:\n- Recruiting and onboarding\n- Experience with applicant tracking systems\n- Payroll';
const titled = analysePosting(taxonomy, { text }, { occupations, title: 'HR Manager' });
const untitled = analysePosting(taxonomy, { text });
const skills = ['Recruiting', 'Applicant Tracking Systems', 'Onboarding'].map((name) => ({ name }));
const person = (position?: string) =>
  readResume(taxonomy, {
    jsonResume: {
      basics: { name: 'Sam' },
      skills: [{ name: 'HR', keywords: skills.map((s) => s.name) }],
      ...(position ? { work: [{ name: 'Acme', position, startDate: '2019-01', endDate: '2024-06' }] } : {}),
    },
  });

describe('the occupation part of the fit', () => {
  it('keeps the whole score for the same career family and cuts it for an unrelated one, by the documented factors', () => {
    const sameFamily = matchResume(vocabularies, titled, person('HR Executive'));
    expect(sameFamily.occupation).toMatchObject({ relation: 'same-family', family: { id: 'human-resources' }, factor: 0.9 });
    const unrelated = matchResume(vocabularies, titled, person('Accountant'));
    expect(unrelated.occupation).toMatchObject({ relation: 'unrelated', factor: OCCUPATION_FACTOR.unrelated });
    const same = matchResume(vocabularies, titled, person('Human Resources Manager'));
    expect(same.occupation.relation).toBe('same');
    // Same skills, so the same skills score; the occupation alone orders them.
    expect(new Set([same.skillsScore, sameFamily.skillsScore, unrelated.skillsScore]).size).toBe(1);
    expect(same.score).toBeGreaterThan(sameFamily.score);
    expect(sameFamily.score).toBeGreaterThan(unrelated.score);
    expect(unrelated.score).toBeCloseTo(unrelated.skillsScore * OCCUPATION_FACTOR.unrelated, 0);
    expect(unrelated.summary).toMatch(/roles \(accountant\) are in another career/);
    expect(sameFamily.summary).not.toMatch(/career/);
  });

  it('calls a résumé without a readable job title unstated, between related and unrelated', () => {
    const report = matchResume(vocabularies, titled, person());
    expect(report.occupation).toMatchObject({ relation: 'unstated', factor: OCCUPATION_FACTOR.unstated });
    expect(OCCUPATION_FACTOR.unstated).toBeLessThan(OCCUPATION_FACTOR['same-family']);
    expect(OCCUPATION_FACTOR.unstated).toBeGreaterThan(OCCUPATION_FACTOR.unrelated);
  });

  it('judges no one on occupation when the posting has none', () => {
    const report = matchResume(vocabularies, untitled, person('Accountant'));
    expect(report.occupation).toMatchObject({ relation: 'unknown', factor: 1 });
    expect(report.score).toBe(report.skillsScore);
  });
});

describe('personality traits in a posting', () => {
  it('are shown apart from the requirements and never scored', () => {
    const withTraits = 'Requirements:\n- Self-starter with a growth mindset\n- Recruiting and onboarding\n- Curious, and SQL or Excel';
    const analysis = analysePosting(taxonomy, { text: withTraits });
    expect(analysis.traits.map((t) => t.skill.id).sort()).toEqual(['curiosity', 'growth-mindset', 'self-motivation']);
    expect(analysis.requirements.some((r) => r.skill.kind === 'trait')).toBe(false);
    expect(analysis.groups.flatMap((g) => g.skills)).not.toContain('curiosity');
    const without = analysePosting(taxonomy, { text: 'Requirements:\n- Recruiting and onboarding\n- SQL or Excel' });
    const resume = person('HR Executive');
    expect(matchResume(vocabularies, analysis, resume).score).toBe(matchResume(vocabularies, without, resume).score);
  });
});
