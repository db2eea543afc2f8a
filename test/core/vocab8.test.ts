import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);
const req = (line: string): string[] => ids(`Requirements:\n- ${line}`);

describe('vocabulary round 8: analysis and research methods, design practice, model optimisation, testing kinds, billing and analytics tools', () => {
  it.each([
    ['Understanding of algorithms, data structures and complexity analysis', ['complexity-analysis']],
    ['Familiarity with CRISP-DM', ['crisp-dm']],
    ['Data profiling and data normalization of unstructured data sets', ['data-profiling', 'data-normalization']],
    ['Research techniques for model compression, quantization and knowledge distillation', ['model-compression', 'knowledge-distillation']],
    ['Wireframes, sitemaps and flowcharts', ['sitemaps', 'flowcharting']],
    ['Co-design or participatory research activities', ['participatory-design']],
    ['Write user stories with acceptance criteria', ['acceptance-criteria']],
    ['Browser and OS compatibility testing', ['compatibility-testing']],
    ['Experience with Zuora or Chargebee', ['zuora', 'chargebee']],
    ['Monitor site activity using session replay tools', ['session-replay']],
    ['Consultative selling to enterprise accounts', ['consultative-selling']],
    ['Experience working in an agile environment', ['agile']],
  ])('reads "%s"', (line, expected) => {
    expect(req(line)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Pruning, mulching and irrigation of shrubs', ['model-pruning']],
    ['Hardware/software co-design of embedded boards', ['participatory-design']],
    ['Fresh yellowfin tuna and salmon handling', ['yellowfin']],
    ['Figma, Sketch, or other design tools', ['injection-molding']],
    ['Pretransfusion compatibility testing in the blood bank', ['compatibility-testing']],
  ])('does not read a word of another trade in "%s"', (line, absent) => {
    for (const id of absent) expect(req(line)).not.toContain(id);
  });
});
