import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);

describe('a role named where a skill is asked', () => {
  it.each([
    ['Requirements:\n- Two years of experience as a welder', 'welding'],
    ['Requirements:\n- Experience as a bartender', 'bartending'],
    ['Requirements:\n- Prior experience as a web designer', 'web-design'],
    ['Requirements:\n- Three years of experience as a carpenter', 'carpentry'],
    ['Requirements:\n- Experience as a joiner', 'joinery'],
    ['Requirements:\n- Experience as a mason', 'masonry'],
  ])('stands for the practice it performs: "%s"', (text, skill) => {
    expect(ids(text)).toEqual([skill]);
  });

  it('is the same skill as the practice named elsewhere, not a second one', () => {
    expect(ids('Responsibilities:\n- Review translations\nRequirements:\n- 3-5 years of experience as a Translator')).toEqual([
      'translation',
    ]);
  });

  it('stays a name the catalogue lacks when no practice of the catalogue is made from it', () => {
    expect(ids('Requirements:\n- Experience as a cryptozoologist')).toEqual(['unlisted-cryptozoologist']);
  });
});
