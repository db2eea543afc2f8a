import { describe, expect, it } from 'vitest';
import { compileTaxonomy, TaxonomyError } from '../../src/core/taxonomy/compile.js';
import { ALL_SEEDS } from '../../src/core/taxonomy/data/index.js';
import { loadTaxonomy, taxonomyVersion } from '../../src/core/taxonomy/index.js';
import { resolveSkill, searchSkills } from '../../src/core/taxonomy/search.js';
import { CATEGORIES, type SkillSeed } from '../../src/core/taxonomy/types.js';

const taxonomy = loadTaxonomy();

describe('the catalogue', () => {
  it('is large and covers every kind', () => {
    expect(taxonomy.stats.skills).toBeGreaterThanOrEqual(6000);
    const kinds = new Set(taxonomy.list.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['hard', 'language', 'soft', 'trait']);
    expect(taxonomy.list.every((s) => (CATEGORIES as readonly string[]).includes(s.category))).toBe(true);
  });

  it('compiles without an undeclared collision: no name or alias claimed by two skills', () => {
    expect(taxonomy.collisions).toEqual([]);
  });

  it('has a version that changes with the data', () => {
    expect(taxonomy.version).toMatch(/^\d{4}\.\d+\.\d+\+[0-9a-f]{8}$/);
    const edited = [...ALL_SEEDS.slice(1)];
    expect(taxonomyVersion(edited)).not.toBe(taxonomy.version);
  });

  it('tells traits (how a person is) from soft skills (what a person can be seen doing)', () => {
    expect(['curiosity', 'growth-mindset', 'self-motivation'].map((id) => taxonomy.skills.get(id)?.kind)).toEqual([
      'trait',
      'trait',
      'trait',
    ]);
    expect(['attention-to-detail', 'negotiation', 'communication'].map((id) => taxonomy.skills.get(id)?.kind)).toEqual([
      'soft',
      'soft',
      'soft',
    ]);
  });

  it('resolves relations both ways', () => {
    const sql = taxonomy.skills.get('sql');
    expect(sql?.narrower).toEqual(expect.arrayContaining(['postgresql', 'mysql']));
    expect(taxonomy.ancestors('pytorch')).toEqual(expect.arrayContaining(['deep-learning', 'machine-learning']));
  });
});

describe('compileTaxonomy keeps the data sound', () => {
  const base: SkillSeed = { id: 'a', name: 'A skill', kind: 'hard', category: 'software-practice' };
  it.each<[string, SkillSeed[], RegExp]>([
    ['duplicate ids', [base, { ...base, name: 'Other' }], /defined twice/],
    ['unknown references', [{ ...base, broader: ['missing'] }], /unknown skill "missing"/],
    [
      'cycles in broader',
      [
        { ...base, broader: ['b'] },
        { ...base, id: 'b', name: 'B', broader: ['a'] },
      ],
      /cycle/,
    ],
    ['ids that are not slugs', [{ ...base, id: 'Not A Slug' }], /slug/],
  ])('rejects %s', (_name, seeds, message) => {
    expect(() => compileTaxonomy(seeds, 't')).toThrow(TaxonomyError);
    expect(() => compileTaxonomy(seeds, 't')).toThrow(message);
  });

  it('reports a name two skills claim', () => {
    const t = compileTaxonomy([base, { ...base, id: 'b', name: 'B', aliases: ['A skill'] }], 't');
    expect(t.collisions).toEqual([{ surface: 'a skill', skillIds: ['a', 'b'] }]);
  });
});

describe('search and resolve', () => {
  it.each(['pyth', 'pyhton', 'Python'])('"%s" finds Python first', (q) => {
    expect(searchSkills(taxonomy, { q })[0]?.skill.id).toBe('python');
  });

  it('tolerates two typos in a long name', () => {
    expect(searchSkills(taxonomy, { q: 'postgersql' }).map((h) => h.skill.id)).toContain('postgresql');
  });

  it('finds nothing, quickly, for a query longer than any name', () => {
    expect(searchSkills(taxonomy, { q: 'python '.repeat(30) })).toEqual([]);
  });

  it('filters by kind and category', () => {
    const hits = searchSkills(taxonomy, { q: 'eng', kind: 'language' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.skill.kind === 'language')).toBe(true);
    expect(hits[0]?.skill.id).toBe('english');
  });

  it.each([
    ['Python', 'python', 'exact'],
    ['MS Excel', 'excel', 'alias'],
    ['Google Data Studio', 'looker-studio', 'alias'],
    ['Data Studio', 'looker-studio', 'alias'],
    ['LLMs', 'large-language-models', 'alias'],
    ['A/B tests', 'a-b-testing', 'alias'],
    ['PowerBI', 'power-bi', 'alias'],
    ['pyhton', 'python', 'fuzzy'],
    ['R', 'r', 'exact'],
    ['Structured query language SQL', 'sql', 'alias'],
  ])('resolves "%s" to %s via %s', (input, id, via) => {
    const r = resolveSkill(taxonomy, input);
    expect(r?.skill.id).toBe(id);
    expect(r?.via).toBe(via);
  });

  it.each([
    ['http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', 'python'],
    ['https://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996/', 'postgresql'],
    ['http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742', 'sql'],
    ['http://data.europa.eu/esco/skill/7dd94ad3-13d6-43fe-8b94-51fcbf67ced9', 'critical-thinking'],
  ])('resolves the ESCO concept %s to %s', (uri, id) => {
    expect(resolveSkill(taxonomy, uri)).toEqual({
      skill: expect.objectContaining({ id, esco: uri.replace('https:', 'http:').replace(/\/$/, '') }),
      via: 'exact',
      confidence: 1,
    });
  });

  it('resolves an ESCO URI it does not hold to nothing, never to a look-alike name', () => {
    expect(resolveSkill(taxonomy, 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000')).toBeUndefined();
  });

  it('carries O*NET commodity codes on tools', () => {
    expect(taxonomy.skills.get('autocad')?.onet).toBe('43232604');
    expect(taxonomy.skills.get('excel')?.onet).toBe('43232110');
  });

  it('returns nothing for a name it does not know', () => {
    expect(resolveSkill(taxonomy, 'competitive yodelling on stilts')).toBeUndefined();
  });
});
