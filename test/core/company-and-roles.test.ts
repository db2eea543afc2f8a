import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);

describe('what the company does and the roles it hires for are not asked of the candidate', () => {
  it('a sentence whose subject is the company asks nothing, even with "essential" in it', () => {
    const text =
      'Packaging Engineer\n\nSealed Air designs and delivers packaging solutions that protect essential goods and enable e-commerce.\n\nRequirements:\n- AutoCAD';
    expect(ids(text)).toEqual(['autocad']);
  });

  it('still reads a company sentence that turns to the candidate', () => {
    const text =
      'Packaging Engineer\n\nSealed Air delivers packaging solutions and is seeking an engineer with AutoCAD and e-commerce experience.';
    expect(ids(text)).toEqual(expect.arrayContaining(['autocad', 'e-commerce']));
  });

  it.each([
    [
      'in brackets',
      'Responsibilities:\n- Own the full-cycle recruiting process for customer-facing roles (Sales, Marketing, Customer Success and Support).\n- Source candidates on LinkedIn',
    ],
    [
      'after "including but not limited to"',
      'Requirements:\n- 2+ years of sourcing for roles including but not limited to: Sales, Marketing, Customer Success and Support.\n- Sourcing on LinkedIn',
    ],
  ])('the roles recruited for, %s', (_name, text) => {
    expect(ids(text)).not.toEqual(expect.arrayContaining(['sales']));
    expect(ids(text)).not.toEqual(expect.arrayContaining(['marketing']));
  });
});
