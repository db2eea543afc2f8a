import { describe, expect, it } from 'vitest';
import { matchResume } from '../../src/core/match.js';
import { loadOccupations } from '../../src/core/occupations/index.js';
import { analysePosting } from '../../src/core/posting.js';
import { readResume } from '../../src/core/resume/intake.js';
import { FOCUS_WEIGHT, OCCUPATION_WEIGHT } from '../../src/core/score/policy.js';
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
  it('gives occupation points by relation, and the receipt adds up', () => {
    const same = matchResume(vocabularies, titled, person('Human Resources Manager'));
    const sameFamily = matchResume(vocabularies, titled, person('HR Executive'));
    // A title naming no practice of its own, so the three résumés hold the same skills (an accountant's title
    // names accounting, which half meets payroll).
    const unrelated = matchResume(vocabularies, titled, person('Farmer'));
    expect(same.occupation).toMatchObject({ relation: 'same', weight: OCCUPATION_WEIGHT, credit: 1 });
    expect(sameFamily.occupation).toMatchObject({ relation: 'same-family', family: { id: 'human-resources' }, credit: 0.7 });
    expect(unrelated.occupation).toMatchObject({ relation: 'unrelated', credit: 0, points: 0 });
    // Same skills, so the same skills score; the occupation alone orders them.
    expect(new Set([same.skillsScore, sameFamily.skillsScore, unrelated.skillsScore]).size).toBe(1);
    expect(same.score).toBeGreaterThan(sameFamily.score);
    expect(sameFamily.score).toBeGreaterThan(unrelated.score);
    for (const report of [same, sameFamily, unrelated]) {
      expect(report.focus).toMatchObject({ weight: FOCUS_WEIGHT, share: 1 });
      const expected =
        (1 - OCCUPATION_WEIGHT - FOCUS_WEIGHT) * report.skillsScore +
        100 * OCCUPATION_WEIGHT * report.occupation.credit +
        100 * FOCUS_WEIGHT * (report.focus.share as number);
      expect(report.score).toBeCloseTo(expected * report.factors.product, 0);
      const receipt = report.requirements.reduce((sum, r) => sum + r.points, 0) + report.occupation.points + report.focus.points;
      expect(Math.round(receipt * 100)).toBe(Math.round(report.score * 100));
    }
    expect(same.occupation.points).toBeCloseTo(100 * OCCUPATION_WEIGHT * same.factors.product, 1);
    expect(unrelated.summary).toMatch(/roles \(farm manager\) are in another career/);
    expect(sameFamily.summary).not.toMatch(/career/);
  });

  it('judges a posting naming no skill it knows on its occupation alone', () => {
    const bare = analysePosting(
      taxonomy,
      { text: 'The selected candidates will assist in studies and examinations of the department.' },
      { occupations, title: 'HR Manager' },
    );
    expect(bare.requirements).toEqual([]);
    const same = matchResume(vocabularies, bare, person('Human Resources Manager'));
    const unrelated = matchResume(vocabularies, bare, person('Line Cook'));
    expect(same.occupation).toMatchObject({ relation: 'same', weight: 1, points: 100 });
    expect(same.score).toBe(100);
    expect(same.summary).toMatch(/rests on the occupation/);
    expect(unrelated.score).toBe(0);
    expect(matchResume(vocabularies, analysePosting(taxonomy, { text: 'Assist in studies.' }), person('HR Manager')).score).toBe(0);
  });

  it('scores a lawyer above a non-lawyer for a legal posting even when neither names its skills', () => {
    const legal = analysePosting(
      taxonomy,
      { text: 'Requirements:\n- Trademark prosecution\n- Recruiting' },
      { occupations, title: 'Associate General Counsel' },
    );
    const lawyer = matchResume(vocabularies, legal, person('Attorney'));
    const cook = matchResume(vocabularies, legal, person('Line Cook'));
    expect(lawyer.score).toBeGreaterThan(cook.score);
  });

  it('leaves the part out for a résumé without a readable job title: a skills list is judged on its skills and focus', () => {
    const report = matchResume(vocabularies, titled, person());
    expect(report.occupation).toMatchObject({ relation: 'unstated', weight: 0, points: 0 });
    expect(report.score).toBeCloseTo((1 - FOCUS_WEIGHT) * report.skillsScore + 100 * FOCUS_WEIGHT * (report.focus.share as number), 1);
    expect(report.summary).toMatch(/names no job title/);
    const full = matchResume(
      vocabularies,
      titled,
      readResume(taxonomy, { skills: titled.requirements.map((r) => ({ name: r.skill.name })) }),
    );
    expect(full.score).toBe(100);
  });

  it('leaves the part out when the posting has no occupation: skills and focus carry the whole score', () => {
    const report = matchResume(vocabularies, untitled, person('Accountant'));
    expect(report.occupation).toMatchObject({ relation: 'unknown', weight: 0, points: 0 });
    expect(report.score).toBeCloseTo((1 - FOCUS_WEIGHT) * report.skillsScore + 100 * FOCUS_WEIGHT * (report.focus.share as number), 1);
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

describe('job titles read in their trade', () => {
  const testing = 'Test Engineer\nRequirements:\n- Test automation with Selenium and Java\n- CI/CD with Jenkins\n- SQL';
  const bench = 'Test Engineer\nRequirements:\n- Testing hydraulic pumps and engines\n- AutoCAD and MATLAB\n- Vibration analysis';
  const tester = readResume(taxonomy, {
    text: 'Priya\nQA Engineer, Infosys (2018 - 2024)\nWrote Selenium tests in Java; regression testing; JIRA; SQL',
  });

  it('reads a software posting titled "Test Engineer" as software testing, and credits a QA engineer for it', () => {
    expect(analysePosting(taxonomy, { text: bench }, { occupations }).occupation?.isco).toBe('2149');
    const posting = analysePosting(taxonomy, { text: testing }, { occupations });
    expect(posting.occupation).toMatchObject({ name: 'software tester', isco: '2519' });
    expect(matchResume(vocabularies, posting, tester).occupation).toMatchObject({ relation: 'same', credit: 1 });
  });

  it('reads "Test Engineer" on a résumé of software skills as a software tester', () => {
    const engineer = readResume(taxonomy, {
      text: 'Li\nTest Engineer, Wipro (2019 - 2024)\nSelenium and Java test automation; Jenkins; SQL',
    });
    const posting = analysePosting(taxonomy, { text: testing }, { occupations });
    expect(matchResume(vocabularies, posting, engineer).occupation).toMatchObject({ relation: 'same', resume: { isco: '2519' } });
  });
});
