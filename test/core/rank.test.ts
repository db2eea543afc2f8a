/**
 * Ranking against the fit report: on random catalogues and résumés (with degrees, enrolment and years,
 * so the eligibility and experience factors take part), rankPostings orders and scores exactly as
 * scoring every posting with scoreFit would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DegreeLevel } from '../../src/core/extract/education.js';
import type { Intensity, Level } from '../../src/core/extract/cues.js';
import type { AlternativesGroup, PostingAnalysis, Requirement } from '../../src/core/extract/extract.js';
import { compileFamilies } from '../../src/core/occupations/families.js';
import type { OccupationRef } from '../../src/core/occupations/types.js';
import { RankIndex, type DescribeSkill, type RankInput, type StoredRankInput } from '../../src/core/rank/index.js';
import { rankInputOf } from '../../src/core/rank/compact.js';
import { occupationFit } from '../../src/core/score/occupation.js';
import { rankPostings } from '../../src/core/rank/rank.js';
import type { Proficiency, ResumeProfile } from '../../src/core/resume/model.js';
import type { SkillCategory } from '../../src/core/taxonomy/types.js';
import { scoreFit } from '../../src/core/score/fit.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { profileOf } from '../fixtures/profiles.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const describeSkill: DescribeSkill = (id) => {
  const skill = taxonomy.skills.get(id);
  return skill && { name: skill.name, category: skill.category };
};
const AS_OF = '2026-12';

// ---- The ranking core against scoreFit, on random catalogues --------------------------------

const SKILL_IDS = FIXTURE_SEEDS.map((s) => s.id);
const LEVELS: Level[] = ['required', 'preferred', 'mentioned'];
const INTENSITIES: Intensity[] = ['strong', 'normal', 'basic'];
const PROFICIENCIES: (Proficiency | undefined)[] = [undefined, 'beginner', 'intermediate', 'advanced', 'expert'];

const requirementArb = fc.record({
  skill: fc.constantFrom(...SKILL_IDS),
  level: fc.constantFrom(...LEVELS),
  intensity: fc.constantFrom(...INTENSITIES),
});

/** Requirements on distinct skills plus alternatives groups over some of them (and, rarely, over skills not required). */
const analysisArb = fc
  .record({
    requirements: fc.uniqueArray(requirementArb, { selector: (r) => r.skill, maxLength: 10 }),
    groups: fc.array(
      fc.record({
        members: fc.uniqueArray(fc.nat(12), { minLength: 2, maxLength: 4 }),
        level: fc.constantFrom(...LEVELS),
        extra: fc.option(fc.constantFrom(...SKILL_IDS)),
      }),
      { maxLength: 3 },
    ),
    dangling: fc.boolean(),
    degree: fc.option(fc.constantFrom<DegreeLevel>('bachelor', 'master')),
    enrolment: fc.boolean(),
    minYears: fc.option(fc.integer({ min: 1, max: 8 })),
  })
  .map(
    ({
      requirements,
      groups,
      dangling,
      degree,
      enrolment,
      minYears,
    }): Pick<PostingAnalysis, 'requirements' | 'groups' | 'education' | 'experience'> => {
      const built: AlternativesGroup[] = groups.map((g, k) => {
        const skills = g.members.filter((i) => i < requirements.length).map((i) => requirements[i]?.skill as string);
        if (g.extra) skills.push(g.extra);
        return { id: `g${k + 1}`, mode: 'anyOf', level: g.level, skills: [...new Set(skills)], start: 0, end: 0, text: '' };
      });
      const reqs: Requirement[] = requirements.map((r, i) => {
        const skill = taxonomy.skills.get(r.skill);
        const own = built.find((g) => g.level === r.level && g.skills.includes(r.skill));
        const group = own?.id ?? (dangling && i === 0 ? 'g99' : undefined);
        return {
          skill: {
            id: r.skill,
            name: skill?.name ?? r.skill,
            kind: skill?.kind ?? 'hard',
            category: skill?.category ?? 'software-practice',
          },
          level: r.level,
          weight: 1,
          intensity: r.intensity,
          ...(group ? { group } : {}),
          groups: [],
          mentions: [],
          cues: [],
        };
      });
      const said = { start: 0, end: 1, text: 'x' };
      return {
        requirements: reqs,
        groups: built,
        education: {
          degreeLevels: degree ? [degree] : [],
          fieldsOfStudy: [],
          ...(enrolment ? { enrolment: 'currently-enrolled' as const } : {}),
          evidence: [said],
        },
        experience: { ...(minYears ? { minYears } : {}), perSkill: [], evidence: minYears ? [said] : [] },
      };
    },
  );

const profileArb = fc
  .record({
    skills: fc.uniqueArray(fc.record({ id: fc.constantFrom(...SKILL_IDS), level: fc.constantFrom(...PROFICIENCIES) }), {
      selector: (s) => s.id,
      maxLength: 6,
    }),
    degree: fc.option(
      fc.record({
        level: fc.constantFrom<DegreeLevel>('bachelor', 'master', 'doctorate'),
        end: fc.constantFrom('2019-06', '2027-05'),
        expected: fc.boolean(),
      }),
    ),
    years: fc.option(fc.double({ min: 0, max: 10, noNaN: true })),
  })
  .map(({ skills, degree, years }): ResumeProfile =>
    profileOf(
      skills.map((s) => ({ id: s.id, name: taxonomy.skills.get(s.id)?.name ?? s.id, ...(s.level ? { level: s.level } : {}) })),
      {
        education: {
          degreeLevels: degree ? [degree.level] : [],
          fieldsOfStudy: [],
          entries: degree
            ? [{ degreeLevel: degree.level, end: degree.end, expected: degree.expected, evidence: { text: degree.level } }]
            : [],
        },
        experience: { roles: [], ...(years !== null ? { totalYears: years } : {}) },
      },
    ),
  );

describe('rankPostings', () => {
  // Stored rank inputs are packed (rankInputOf); rows written before packing hold the plain analysis.
  it.each([
    ['a plain analysis', (analysis: RankInput): StoredRankInput => analysis],
    ['a packed rank input', (analysis: RankInput): StoredRankInput => rankInputOf(analysis)],
  ])('orders exactly as scoring every posting with scoreFit would (score, then id), with the same scores, from %s', (_, stored) => {
    fc.assert(
      fc.property(
        fc.array(analysisArb, { maxLength: 25 }),
        fc.array(fc.record({ target: fc.nat(30), replacement: fc.option(analysisArb, { freq: 2 }) }), { maxLength: 12 }),
        profileArb,
        fc.integer({ min: 1, max: 30 }),
        (analyses, edits, profile, limit) => {
          const index = new RankIndex(describeSkill);
          const current = new Map(analyses.map((analysis, i) => [`p${String(i).padStart(2, '0')}-${i % 3}`, analysis]));
          let seq = 0;
          for (const [id, analysis] of current) index.upsert({ id, seq: ++seq, externalId: null, title: null, analysis: stored(analysis) });
          // Replace and remove some, so slots, generations and posting lists get reused and compacted.
          for (const { target, replacement } of edits) {
            const id = [...current.keys()][target % Math.max(1, current.size)];
            if (id === undefined) continue;
            if (replacement) {
              current.set(id, replacement);
              index.upsert({ id, seq: ++seq, externalId: null, title: null, analysis: stored(replacement) });
            } else {
              current.delete(id);
              index.remove(id);
            }
          }
          const expected = [...current]
            .map(([id, analysis]) => ({ id, score: scoreFit(taxonomy, analysis, profile, { asOf: AS_OF }).score }))
            .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
            .slice(0, limit);
          const ranking = rankPostings(taxonomy, index, profile, { limit, asOf: AS_OF });
          expect(ranking.items.map((r) => ({ id: r.posting.id, score: r.report.score }))).toEqual(expected);
          expect(ranking.total).toBe(current.size);
          for (const { posting, report } of ranking.items) {
            const full = scoreFit(taxonomy, current.get(posting.id) as PostingAnalysis, profile, { asOf: AS_OF });
            expect(report.gaps).toEqual(full.gaps);
            expect(report.requirements.map((r) => [r.skill.id, r.skill.name, r.skill.kind, r.status, r.credit])).toEqual(
              full.requirements.map((r) => [r.skill.id, r.skill.name, r.skill.kind, r.status, r.credit]),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  const OCCUPATIONS: OccupationRef[] = [
    { id: '2611.1', esco: 'e1', name: 'lawyer', isco: '2611' },
    { id: '2611.2', esco: 'e2', name: 'corporate lawyer', isco: '2611' },
    { id: '3411.1', esco: 'e3', name: 'paralegal', isco: '3411' },
    { id: '5120.1', esco: 'e4', name: 'cook', isco: '5120' },
  ];
  const families = compileFamilies(
    { families: [{ id: 'legal', name: 'Legal', isco: ['2611', '3411'] }] },
    new Map([
      ['2611', 'Lawyers'],
      ['3411', 'Legal associates'],
      ['5120', 'Cooks'],
    ]),
    new Set(OCCUPATIONS.map((o) => o.id)),
  );

  it('stays exact with the occupation part, where postings sharing no skill can still score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(analysisArb, fc.option(fc.constantFrom(...OCCUPATIONS))), { maxLength: 25 }),
        fc.uniqueArray(fc.constantFrom(...OCCUPATIONS), { maxLength: 2, selector: (o) => o.id }),
        profileArb,
        fc.integer({ min: 1, max: 30 }),
        (postings, held, profile, limit) => {
          const index = new RankIndex();
          const current = new Map(
            postings.map(([analysis, occupation], i) => [
              `p${String(i).padStart(2, '0')}`,
              { ...analysis, ...(occupation ? { occupation } : {}) },
            ]),
          );
          let seq = 0;
          for (const [id, analysis] of current) index.upsert({ id, seq: ++seq, externalId: null, title: null, analysis });
          const fitOf = (posting: OccupationRef | undefined) => occupationFit(posting, held, families);
          const expected = [...current]
            .map(([id, analysis]) => ({
              id,
              score: scoreFit(taxonomy, analysis, profile, { asOf: AS_OF, occupation: fitOf(analysis.occupation) }).score,
            }))
            .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
            .slice(0, limit);
          const ranking = rankPostings(taxonomy, index, profile, { limit, asOf: AS_OF, occupationFit: fitOf });
          expect(ranking.items.map((r) => ({ id: r.posting.id, score: r.report.score }))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lets a posting sharing no skill take the last place by its occupation when it ties and has the smaller id', () => {
    const req = (id: string, category: SkillCategory, level: Level = 'required', intensity: Intensity = 'strong'): Requirement => ({
      skill: { id, name: id, kind: 'hard', category },
      level,
      weight: 1,
      intensity,
      groups: [],
      mentions: [],
      cues: [],
    });
    const [lawyer, , paralegal] = OCCUPATIONS as [OccupationRef, OccupationRef, OccupationRef];
    // p03 shares a skill with the résumé and scores 30; p02 shares none but earns 30 for the résumé's own occupation.
    const postings: [string, Requirement[], OccupationRef][] = [
      ['p00', [], lawyer],
      ['p01', [], lawyer],
      ['p02', [req('programming', 'software-practice')], paralegal],
      [
        'p03',
        [
          req('programming', 'software-practice'),
          req('tableau', 'bi-visualization', 'mentioned', 'basic'),
          req('java', 'programming-language'),
          req('javascript', 'programming-language'),
          req('survey-design', 'research-method'),
          req('stata', 'statistics-software'),
        ],
        lawyer,
      ],
    ];
    const index = new RankIndex();
    postings.forEach(([id, requirements, occupation], i) =>
      index.upsert({ id, seq: i + 1, externalId: null, title: null, analysis: { requirements, groups: [], occupation } }),
    );
    const profile = profileOf([
      { id: 'data-visualization', name: 'data visualization' },
      { id: 'data-analysis', name: 'data analysis' },
      { id: 'a-b-testing', name: 'A/B testing' },
    ]);
    const fitOf = (posting: OccupationRef | undefined) => occupationFit(posting, [paralegal], families);
    const ranking = rankPostings(taxonomy, index, profile, { limit: 3, asOf: AS_OF, occupationFit: fitOf });
    expect(ranking.items.map((r) => [r.posting.id, r.report.score])).toEqual([
      ['p00', 70],
      ['p01', 70],
      ['p02', 30],
    ]);
    const p03 = rankPostings(taxonomy, index, profile, { limit: 4, asOf: AS_OF, occupationFit: fitOf }).items[3];
    expect([p03?.posting.id, p03?.report.score]).toEqual(['p03', 30]);
  });

  it('stays correct as postings are replaced and removed', () => {
    const index = new RankIndex();
    const profile: ResumeProfile = profileOf([{ id: 'sql', name: 'SQL' }]);
    const req = (skill: string): Requirement => ({
      skill: { id: skill, name: skill, kind: 'hard', category: 'database' },
      level: 'required',
      weight: 1,
      intensity: 'normal',
      groups: [],
      mentions: [],
      cues: [],
    });
    index.upsert({ id: 'a', seq: 1, externalId: 'ext-a', title: null, analysis: { requirements: [req('sql')], groups: [] } });
    index.upsert({ id: 'b', seq: 2, externalId: null, title: null, analysis: { requirements: [req('python')], groups: [] } });
    expect(rankPostings(taxonomy, index, profile, { limit: 5 }).items.map((r) => [r.posting.id, r.report.score])).toEqual([
      ['a', 100],
      ['b', 0],
    ]);
    index.upsert({ id: 'a', seq: 1, externalId: 'ext-a2', title: null, analysis: { requirements: [req('excel')], groups: [] } });
    index.upsert({ id: 'b', seq: 2, externalId: null, title: null, analysis: { requirements: [req('mysql')], groups: [] } });
    // SQL earns half credit for MySQL, and a skill earning credit is in the posting's area: 0.75 × 50 + 25 focus points.
    expect(rankPostings(taxonomy, index, profile, { limit: 5 }).items.map((r) => [r.posting.id, r.report.score])).toEqual([
      ['b', 62.5],
      ['a', 0],
    ]);
    expect(index.getByExternalId('ext-a')).toBeUndefined();
    expect(index.remove('b')).toBe(true);
    expect(rankPostings(taxonomy, index, profile, { limit: 5 }).items.map((r) => r.posting.id)).toEqual(['a']);
    expect(index.size).toBe(1);
  });
});

// ---- The HTTP API --------------------------------------------------------------------------
