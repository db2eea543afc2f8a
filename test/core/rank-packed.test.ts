/**
 * The rank input as stored: packed into one short string per posting, read back by the index exactly
 * (test/core/rank.test.ts ranks from both forms), and refused when damaged rather than misread.
 */
import { describe, expect, it } from 'vitest';
import { analysePosting } from '../../src/core/posting.js';
import { rankInputOf } from '../../src/core/rank/compact.js';
import { RankIndex } from '../../src/core/rank/index.js';
import { PackedRankInputError } from '../../src/core/rank/packed.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const POSTING = [
  'Requirements:',
  '- 3+ years of SQL and Python',
  '- Experience with Tableau or Power BI',
  "- Bachelor's degree in Computer Science",
  'Nice to have: Excel',
].join('\n');

describe('packed rank input', () => {
  it('keeps each requirement as its skill id, level, intensity, kind and group, and the groups, degree and years', () => {
    const analysis = analysePosting(taxonomy, { text: POSTING });
    const packed = rankInputOf(analysis);
    const tokens = packed.r.split(' ');
    expect(tokens.map((t) => t.split('/')[0])).toEqual(analysis.requirements.map((r) => r.skill.id));
    expect(tokens.find((t) => t.startsWith('sql/'))).toMatch(/^sql\/r[snb]h$/);
    expect(tokens.find((t) => t.startsWith('excel/'))).toMatch(/^excel\/p[snb]h$/);
    const grouped = tokens.filter((t) => /\d$/.test(t)).map((t) => t.split('/')[0]);
    expect(grouped.sort()).toEqual(['power-bi', 'tableau']);
    expect(packed.g?.[0]?.[2]).toEqual(expect.arrayContaining(['tableau', 'power-bi']));
    expect(packed.education?.degreeLevels).toEqual(['bachelor']);
    expect(packed.experience).toEqual(analysis.experience);
    expect(packed.experience?.perSkill?.map((s) => [s.skill.id, s.years])).toContainEqual(['sql', 3]);
  });

  it('is a fraction of the size of the same requirements written out as objects', () => {
    const analysis = analysePosting(taxonomy, { text: POSTING });
    const plain = { requirements: analysis.requirements.map(({ skill, level, intensity }) => ({ skill, level, intensity })) };
    expect(JSON.stringify(rankInputOf(analysis).r).length * 4).toBeLessThan(JSON.stringify(plain).length);
  });

  it('names skills from the catalogue it is given, since only ids are stored', () => {
    const index = new RankIndex((id) => (id === 'sql' ? { name: 'Structured Query Language', category: 'query-language' } : undefined));
    index.upsert({ id: 'p1', seq: 1, externalId: null, title: null, analysis: rankInputOf(analysePosting(taxonomy, { text: POSTING })) });
    const posting = index.get('p1');
    if (!posting) throw new Error('not indexed');
    const skills = index.scorable(posting).requirements.map((r) => r.skill);
    expect(skills.find((s) => s.id === 'sql')).toMatchObject({ name: 'Structured Query Language', kind: 'hard' });
    // A skill the catalogue no longer has keeps its id as its name until the posting is re-analysed.
    expect(skills.find((s) => s.id === 'python')).toMatchObject({ name: 'python', kind: 'hard' });
  });

  it.each([
    ['no level code', 'sql'],
    ['an unknown level', 'sql/xnh'],
    ['a cut code', 'sql/rn'],
    ['a group the input does not list', 'sql/rnh4'],
  ])('refuses a damaged input (%s) rather than misreading it', (_, r) => {
    const index = new RankIndex();
    expect(() => index.upsert({ id: 'p1', seq: 1, externalId: null, title: null, analysis: { r } })).toThrow(PackedRankInputError);
    expect(index.size).toBe(0);
  });
});
