import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { readResume, type ListedSkill } from '../../src/core/resume/intake.js';
import { scoreFit } from '../../src/core/score/fit.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { BULLET_POSTING, DASH_POSTING, GLUED_POSTING } from '../fixtures/postings.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const posting = extractPosting(taxonomy, DASH_POSTING);
const fit = (skills: ListedSkill[], p = posting) => scoreFit(taxonomy, p, readResume(taxonomy, { skills }));
const allIds = FIXTURE_SEEDS.map((s) => s.name);

describe('scoreFit', () => {
  it('credits exact, narrower, broader and related skills as documented', () => {
    const p = extractPosting(taxonomy, 'Requirements:\n- SQL\n- Tableau\n- SPSS\n- deep learning');
    const report = fit([{ name: 'PostgreSQL' }, { name: 'Power BI' }, { name: 'Stata' }, { name: 'machine learning' }], p);
    const by = Object.fromEntries(report.requirements.map((r) => [r.skill.id, [r.status, r.via, r.credit]]));
    expect(by).toEqual({
      sql: ['matched', 'narrower', 1],
      tableau: ['partial', 'related', 0.5],
      spss: ['partial', 'related', 0.5],
      'deep-learning': ['partial', 'broader', 0.5],
    });
  });

  it('counts an alternatives group once, satisfied by any member', () => {
    const report = fit([{ name: 'Google Sheets' }]);
    const excel = report.requirements.find((r) => r.skill.id === 'excel');
    expect(excel).toMatchObject({
      status: 'covered',
      via: 'group',
      candidateSkill: { id: 'google-sheets' },
      points: 0,
      reason: 'satisfied by the group through Google Sheets',
    });
    expect(report.groups.find((g) => g.skills.includes('excel'))?.satisfied).toBe(true);
    const sheets = report.requirements.find((r) => r.skill.id === 'google-sheets');
    expect(sheets?.status).toBe('matched');
    expect(sheets?.points).toBeGreaterThan(0);
  });

  it('lowers credit when "proficiency" is asked and the candidate is a beginner', () => {
    const p = extractPosting(taxonomy, 'Requirements:\n- Proficiency in SQL.');
    expect(fit([{ name: 'SQL', level: 'expert' }], p).score).toBe(100);
    expect(fit([{ name: 'SQL', level: 'beginner' }], p).score).toBeLessThan(100);
  });

  it('orders gaps by kind, then by what they cost, and explains the result in a sentence', () => {
    const report = fit([{ name: 'Excel' }]);
    expect(report.gaps[0]?.level).toBe('required');
    const tier = { hard: 0, language: 0, professional: 1, trait: 2 } as const;
    for (let i = 1; i < report.gaps.length; i++) {
      const [a, b] = [report.gaps[i - 1]!, report.gaps[i]!];
      expect(tier[a.kind] < tier[b.kind] || (tier[a.kind] === tier[b.kind] && a.cost >= b.cost)).toBe(true);
    }
    expect(report.summary).toMatch(/fit \(\d+(\.\d)?\/100\)/);
  });

  it('scores a résumé holding every requirement 100 and an empty one 0', () => {
    const every = posting.requirements.map((r) => ({ name: r.skill.name }));
    expect(fit(every).score).toBe(100);
    expect(fit([]).score).toBe(0);
    expect(fit([]).band).toBe('weak');
  });

  const skillLists = fc.uniqueArray(fc.constantFrom(...allIds), { maxLength: 12 }).map((names) => names.map((name) => ({ name })));
  const postings = fc.constantFrom(DASH_POSTING, BULLET_POSTING, GLUED_POSTING).map((t) => extractPosting(taxonomy, t));

  it('keeps the score within 0..100 and is deterministic', () => {
    fc.assert(
      fc.property(postings, skillLists, (p, skills) => {
        const a = fit(skills, p);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
        expect(fit(skills, p)).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('never lowers the score when a skill the posting can use is added; one outside its areas lowers only the focus part', () => {
    let outside = 0;
    fc.assert(
      fc.property(
        postings,
        skillLists,
        fc.constantFrom(...allIds),
        fc.constantFrom('beginner', 'expert', undefined),
        (p, skills, extra, level) => {
          fc.pre(!skills.some((s) => s.name === extra));
          const before = fit(skills, p);
          const after = fit([...skills, { name: extra, ...(level ? { level } : {}) } as ListedSkill], p);
          if (after.focus.hardSkills > before.focus.hardSkills && after.focus.inArea === before.focus.inArea) {
            outside++;
            expect(after.skillsScore).toBe(before.skillsScore);
            expect(after.score).toBeLessThanOrEqual(before.score);
          } else expect(after.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
      { numRuns: 300 },
    );
    expect(outside).toBeGreaterThan(0);
  });

  it('does not depend on the order of skills', () => {
    fc.assert(
      fc.property(postings, skillLists, (p, skills) => {
        expect(fit([...skills].reverse(), p).score).toBe(fit(skills, p).score);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the same person, however the résumé arrives', () => {
  const names = fc.uniqueArray(fc.constantFrom(...allIds), { minLength: 1, maxLength: 10 });
  const postingText = fc
    .record({ required: names, preferred: fc.uniqueArray(fc.constantFrom(...allIds), { maxLength: 4 }) })
    .map(
      ({ required, preferred }) =>
        `Requirements:\n${required.map((n) => `- ${n}`).join('\n')}\nNice to have:\n${preferred.map((n) => `- ${n}`).join('\n')}`,
    );

  const ranking = (scores: number[]): number[] =>
    scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);

  it('ranks postings the same way from a skills list, a plain-text résumé and a JSON Resume', () => {
    fc.assert(
      fc.property(names, fc.array(postingText, { minLength: 2, maxLength: 5 }), (person, texts) => {
        const postings = texts.map((t) => extractPosting(taxonomy, t));
        const asList = readResume(taxonomy, { skills: person.map((name) => ({ name })) });
        const asText = readResume(taxonomy, { text: `Jane Doe\nSkills\n${person.join(', ')}` });
        const asJson = readResume(taxonomy, { jsonResume: { skills: person.map((name) => ({ name })) } });
        const scores = (profile: typeof asList) => postings.map((p) => scoreFit(taxonomy, p, profile).score);
        const expected = scores(asList);
        expect(scores(asText)).toEqual(expected);
        expect(scores(asJson)).toEqual(expected);
        expect(ranking(scores(asText))).toEqual(ranking(expected));
      }),
      { numRuns: 300 },
    );
  });
});

describe('readResume', () => {
  it('reads a skills list, plain text and JSON Resume into the same skills', () => {
    const fromList = readResume(taxonomy, { skills: [{ name: 'Python' }, { name: 'Postgres' }, { name: 'Tableau' }, { name: 'Spanish' }] });
    const fromText = readResume(taxonomy, { text: 'Skills\nPython, Postgres and Tableau\nLanguages\nSpanish' });
    const fromJson = readResume(taxonomy, {
      jsonResume: {
        skills: [
          { name: 'Programming', keywords: ['Python'] },
          { name: 'Databases', keywords: ['Postgres'] },
        ],
        work: [{ highlights: ['Built Tableau dashboards'] }],
        languages: [{ language: 'Spanish', fluency: 'Native speaker' }],
      },
    });
    const ids = (p: typeof fromList) => p.skills.map((s) => s.id).filter((id) => id !== 'programming');
    expect(ids(fromList)).toEqual(['postgresql', 'python', 'spanish', 'tableau']);
    expect(ids(fromText)).toEqual(ids(fromList));
    expect(ids(fromJson)).toEqual(ids(fromList));
    expect(fromJson.languages).toEqual([{ language: 'Spanish', fluency: 'Native speaker', skillId: 'spanish' }]);
    expect(fromJson.skills.find((s) => s.id === 'spanish')?.level).toBe('expert');
  });

  it('resolves typos and keeps what it cannot resolve', () => {
    const profile = readResume(taxonomy, {
      skills: [{ name: 'Pyhton' }, { name: 'competitive yodelling on stilts' }, { name: 'MS Excel', level: 'advanced' }],
    });
    expect(profile.skills.map((s) => s.id)).toEqual(['excel', 'python']);
    expect(profile.unrecognized).toEqual(['competitive yodelling on stilts']);
    expect(profile.skills.find((s) => s.id === 'excel')?.level).toBe('advanced');
  });

  it('points text evidence at the résumé text', () => {
    const text = 'Summary\nAnalyst who builds dashboards in Power BI.';
    const profile = readResume(taxonomy, { text });
    const ev = profile.skills.find((s) => s.id === 'power-bi')?.evidence[0];
    expect(ev && text.slice(ev.start, ev.end)).toBe('Power BI');
  });
});
