/**
 * The fit report as a recruiter reads it: a receipt that adds up, hard skills before soft ones,
 * eligibility checked and never guessed, experience that counts, honest suggestions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import type { EducationEntry, ResumeProfile, Role } from '../../src/core/resume/model.js';
import { scoreFit } from '../../src/core/score/fit.js';
import { apportion } from '../../src/core/score/receipt.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { BULLET_POSTING, DASH_POSTING, GLUED_POSTING } from '../fixtures/postings.js';
import { profileOf } from '../fixtures/profiles.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const skill = (id: string, more: Partial<ResumeProfile['skills'][number]> = {}) => ({
  id,
  name: taxonomy.skills.get(id)?.name ?? id,
  ...more,
});
const AS_OF = '2026-12';

const role = (start: string, end: string | undefined, skills: string[] = [], title = 'Analyst'): Role => ({
  title,
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
  current: end === undefined,
  bullets: [],
  skills,
  evidence: { text: `${title} ${start} – ${end ?? 'Present'}` },
});
const degree = (degreeLevel: EducationEntry['degreeLevel'], end: string, expected = false, field = 'Statistics'): EducationEntry => ({
  degree: degreeLevel,
  ...(degreeLevel ? { degreeLevel } : {}),
  field,
  end,
  expected,
  evidence: { text: `${degreeLevel} in ${field}, ${end}` },
});

describe('the receipt', () => {
  const postings = fc.constantFrom(DASH_POSTING, BULLET_POSTING, GLUED_POSTING).map((t) => extractPosting(taxonomy, t));
  const ids = FIXTURE_SEEDS.map((s) => s.id);
  const profiles = fc
    .uniqueArray(
      fc.record({ id: fc.constantFrom(...ids), level: fc.constantFrom(undefined, 'beginner', 'intermediate', 'expert' as const) }),
      { selector: (s) => s.id, maxLength: 12 },
    )
    .map((skills) => profileOf(skills.map((s) => skill(s.id, s.level ? { level: s.level } : {}))));

  it('adds up: the points of the rows sum to the score, each row at most its share', () => {
    fc.assert(
      fc.property(postings, profiles, fc.constantFrom(1, 0.5, 0.85), (posting, profile, years) => {
        const withYears = { ...profile, experience: { roles: [], totalYears: years } };
        const report = scoreFit(taxonomy, posting, withYears, { asOf: AS_OF });
        const sum = report.requirements.reduce((a, r) => a + r.points, 0) + report.occupation.points + report.focus.points;
        expect(Math.abs(sum - report.score)).toBeLessThan(0.005);
        for (const r of report.requirements) expect(r.points).toBeGreaterThanOrEqual(0);
        for (const r of report.requirements.filter((row) => row.status === 'missing' || row.status === 'covered')) expect(r.points).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('apportions rounded shares so that they add up exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { maxLength: 30 }), (shares) => {
        const total = Math.round(shares.reduce((a, b) => a + b, 0) * 10) / 10;
        const rounded = apportion(shares, total);
        expect(Math.round(rounded.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(total * 100));
      }),
    );
  });

  it('explains partial credit in words', () => {
    const posting = extractPosting(taxonomy, 'Requirements:\n- Tableau\n- Proficiency in SQL');
    const report = scoreFit(
      taxonomy,
      posting,
      profileOf([skill('power-bi'), skill('sql', { level: 'intermediate', levelText: 'intermediate' })]),
      { asOf: AS_OF },
    );
    const by = Object.fromEntries(report.requirements.map((r) => [r.skill.id, r.reason]));
    expect(by.tableau).toBe('related skill: Power BI for Tableau');
    expect(by.sql).toBe('rated intermediate; the posting asks for strong proficiency');
  });

  it('counts an alternatives group once in the summary', () => {
    const posting = extractPosting(taxonomy, 'Requirements:\n- SPSS/R/Python/SQL or equivalent\n- Tableau');
    const report = scoreFit(taxonomy, posting, profileOf([skill('python')]), { asOf: AS_OF });
    expect(report.summary).toContain('meets 1 of 2 required skills');
    expect(report.requirements.filter((r) => r.points > 0).map((r) => r.skill.id)).toEqual(['python']);
  });
});

describe('skill kinds', () => {
  const posting = extractPosting(
    taxonomy,
    'Requirements:\n- Strong communication skills\n- Stakeholder management\n- Experience with Tableau\nNice to have:\n- Clojure',
  );

  it('never lets a soft skill lead the gaps while a hard skill is missing', () => {
    const report = scoreFit(taxonomy, posting, profileOf([]), { asOf: AS_OF });
    expect(report.gaps[0]?.kind).toBe('hard');
    expect(report.gaps.map((g) => g.kind)).toEqual(
      [...report.gaps.map((g) => g.kind)].sort(
        (a, b) => ['hard', 'language', 'professional', 'trait'].indexOf(a) - ['hard', 'language', 'professional', 'trait'].indexOf(b),
      ),
    );
  });

  it('weighs a hard skill above a professional skill at the same level', () => {
    const toolsOnly = scoreFit(taxonomy, posting, profileOf([skill('tableau')]), { asOf: AS_OF });
    const softOnly = scoreFit(taxonomy, posting, profileOf([skill('communication')]), { asOf: AS_OF });
    expect(toolsOnly.score).toBeGreaterThan(softOnly.score);
    const tableau = toolsOnly.requirements.find((r) => r.skill.id === 'tableau');
    expect(tableau).toMatchObject({ kind: 'hard', weight: 1 });
    expect(softOnly.requirements.find((r) => r.skill.id === 'communication')).toMatchObject({ kind: 'professional', weight: 0.5 });
  });

  it('takes kind weights per request', () => {
    const even = scoreFit(taxonomy, posting, profileOf([skill('communication')]), { asOf: AS_OF, kindWeights: { professional: 1 } });
    const skewed = scoreFit(taxonomy, posting, profileOf([skill('communication')]), { asOf: AS_OF });
    expect(even.score).toBeGreaterThan(skewed.score);
    expect(even.kindWeights.professional).toBe(1);
  });
});

describe('eligibility', () => {
  const internship = extractPosting(
    taxonomy,
    "Minimum Qualifications:\n- Currently pursuing a Bachelor's or Master's degree in Statistics or Economics.\n- SQL",
  );

  it('tells a graduate that the posting asks for current enrolment, first, as a dealbreaker', () => {
    const graduate = profileOf([skill('sql')], {
      education: { degreeLevels: ['master'], fieldsOfStudy: ['Statistics'], entries: [degree('master', '2019-06')] },
    });
    const report = scoreFit(taxonomy, internship, graduate, { asOf: AS_OF });
    expect(report.eligibility.status).toBe('unmet');
    expect(report.eligibility.checks[0]).toMatchObject({ kind: 'enrolment', status: 'unmet', dealbreaker: true });
    expect(report.skillsScore).toBe(100);
    expect(report.score).toBe(50);
    expect(report.summary).toMatch(/Does not meet: currently enrolled/);
  });

  it('meets enrolment, degree and field for a student, and says unknown when the résumé is silent', () => {
    const student = profileOf([skill('sql')], {
      education: { degreeLevels: ['bachelor'], fieldsOfStudy: ['Economics'], entries: [degree('bachelor', '2027-05', true, 'Economics')] },
    });
    const report = scoreFit(taxonomy, internship, student, { asOf: AS_OF });
    expect(Object.fromEntries(report.eligibility.checks.map((c) => [c.kind, c.status]))).toEqual({
      enrolment: 'meets',
      'degree-level': 'meets',
      'field-of-study': 'meets',
    });
    expect(report.score).toBe(100);
    const silent = scoreFit(taxonomy, internship, profileOf([skill('sql')]), { asOf: AS_OF });
    expect(silent.eligibility.status).toBe('unknown');
    expect(silent.eligibility.checks.every((c) => c.status === 'unknown')).toBe(true);
    expect(silent.score).toBe(100);
  });

  it('checks a degree level below the minimum and a graduation window', () => {
    const posting = extractPosting(
      taxonomy,
      "Requirements:\n- Master's degree required.\n- Graduating between December 2026 and August 2027.\n- SQL",
    );
    const bachelor = profileOf([skill('sql')], {
      education: { degreeLevels: ['bachelor'], fieldsOfStudy: [], entries: [degree('bachelor', '2028-06', true)] },
    });
    const report = scoreFit(taxonomy, posting, bachelor, { asOf: AS_OF });
    const by = Object.fromEntries(report.eligibility.checks.map((c) => [c.kind, c.status]));
    expect(by['degree-level']).toBe('unmet');
    expect(by['graduation-window']).toBe('unmet');
  });

  it('reads public-service degree paths: a baccalaureate is a bachelor, a degree that substitutes for experience is no minimum, and a diploma path makes the degree no dealbreaker', () => {
    const paths = extractPosting(
      taxonomy,
      [
        'Minimum Qualifications:',
        '1. A baccalaureate degree in civil engineering from an accredited college and four years of experience; or',
        '2. A four-year high school diploma or its educational equivalent and six years of experience.',
        "A master's degree in civil engineering may be substituted for one year of the experience.",
        '- SQL',
      ].join('\n'),
    );
    expect(paths.education).toMatchObject({ degreeLevels: ['bachelor'], fieldsOfStudy: ['civil engineering'], degreeOptional: true });
    const noDegree = profileOf([skill('sql')], {
      education: { degreeLevels: [], fieldsOfStudy: [], entries: [degree('associate', '2015-06')] },
    });
    const report = scoreFit(taxonomy, paths, noDegree, { asOf: AS_OF });
    expect(report.eligibility.checks.find((c) => c.kind === 'degree-level')).toMatchObject({ status: 'unmet', dealbreaker: false });
    expect(report.score).toBe(100);
  });

  it('compares years of experience overall and per skill', () => {
    const posting = extractPosting(taxonomy, 'Requirements:\n- 5+ years of professional experience.\n- 3+ years with SQL.\n- Python');
    const profile = profileOf([skill('sql'), skill('python')], {
      experience: { roles: [role('2023-01', undefined, ['sql'])], totalYears: 4 },
    });
    const report = scoreFit(taxonomy, posting, profile, { asOf: AS_OF });
    const overall = report.eligibility.checks.find((c) => c.kind === 'years-of-experience' && !c.skill);
    const sql = report.eligibility.checks.find((c) => c.skill?.id === 'sql');
    expect(overall).toMatchObject({ status: 'unmet', dealbreaker: false });
    expect(sql).toMatchObject({ status: 'meets', required: '3 years with SQL' });
    expect(report.experience).toMatchObject({ requiredYears: 5, years: 4 });
    expect(report.score).toBeLessThan(report.skillsScore);
  });

  it('scores more experience higher, all else equal, and never lower', () => {
    const posting = extractPosting(taxonomy, 'Requirements:\n- 6+ years of experience.\n- SQL\n- Python');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 12, noNaN: true }), fc.double({ min: 0, max: 12, noNaN: true }), (a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        const at = (years: number) =>
          scoreFit(taxonomy, posting, profileOf([skill('sql')], { experience: { roles: [], totalYears: years } }), { asOf: AS_OF }).score;
        expect(at(more)).toBeGreaterThanOrEqual(at(less));
      }),
    );
    const at = (years: number) =>
      scoreFit(taxonomy, posting, profileOf([skill('sql')], { experience: { roles: [], totalYears: years } }), { asOf: AS_OF }).score;
    expect(at(5)).toBeGreaterThan(at(1));
  });
});

describe('suggestions', () => {
  const posting = extractPosting(
    taxonomy,
    'Requirements:\n- SQL\n- Tableau or Power BI\n- Strong communication skills\nNice to have:\n- Clojure',
  );

  it('suggests the changes worth most, one member of a group, never a skill the résumé holds', () => {
    const report = scoreFit(taxonomy, posting, profileOf([skill('sql')]), { asOf: AS_OF });
    const learn = report.suggestions.filter((s) => s.action === 'learn');
    expect(learn.length).toBeGreaterThan(0);
    for (let i = 1; i < learn.length; i++) expect(learn[i - 1]!.points).toBeGreaterThanOrEqual(learn[i]!.points);
    expect(
      learn.some(
        (s) =>
          s.skills
            .map((k) => k.id)
            .sort()
            .join() === 'power-bi,tableau',
      ),
    ).toBe(true);
    expect(learn.flatMap((s) => s.skills.map((k) => k.id))).not.toContain('sql');
    for (const s of learn) expect(s.why).not.toMatch(/\bclaim|add .* to your résumé\b/i);
  });

  it('asks to show in a role a skill that sits only in a skills list', () => {
    const listedOnly = profileOf([skill('sql', { shownInWork: false }), skill('tableau', { shownInWork: true })], {
      experience: { roles: [role('2020-01', undefined, ['tableau'])], totalYears: 6.9 },
    });
    const report = scoreFit(taxonomy, posting, listedOnly, { asOf: AS_OF });
    const show = report.suggestions.filter((s) => s.action === 'show');
    expect(show.map((s) => s.skills[0]?.id)).toEqual(['sql']);
  });
});
