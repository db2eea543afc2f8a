import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../src/core/taxonomy/${name}`, import.meta.url), 'utf8'));
const vocabulary = readJson('action-verbs.json') as { nounToVerb: Record<string, string>; phraseVerbs: string[] };
const taxonomy = loadTaxonomy();
const ids = (text: string) => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);

describe('the action-verb vocabulary data file', () => {
  it('follows action-verbs.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(readJson('action-verbs.schema.json') as object);
    validate(vocabulary);
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each([
    ['Responsibilities:\n- Keep accurate records of every delivery', 'record-keeping'],
    ['Responsibilities:\n- Appraising performance of the crew', 'performance-management'],
    ['Responsibilities:\n- Interviewing, hiring, and training employees', 'staff-training'],
  ])('reads an activity named verb first: "%s"', (text, skill) => {
    expect(ids(text)).toContain(skill);
  });
});

describe('duties that open with a gerund or an order', () => {
  it.each([
    ['Responsibilities:\n- Ordering supplies for the front desk', 'procurement'],
    ['Responsibilities:\n- Order supplies as needed', 'procurement'],
    ['Responsibilities:\n- Addressing complaints and resolving problems', 'complaint-handling'],
  ])('are read, not taken for the company at work: "%s"', (text, skill) => {
    expect(ids(text)).toContain(skill);
  });

  it('still reads the employer describing what it supplies', () => {
    expect(ids('About us\nAcme supplies inventory management software to hospitals.')).not.toContain('inventory-management');
  });
});
