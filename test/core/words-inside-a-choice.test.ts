import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const groupSets = (text: string) => extractPosting(taxonomy, text).groups.map((g) => [...g.skills].sort());

describe('a word between the names of a choice', () => {
  it.each([
    [
      'a noun after "or" qualifies the second name ("or construction fieldwork")',
      'Requirements:\n- 1-2 years of experience in concrete testing or construction fieldwork',
      [['construction-materials-testing', 'field-research']],
    ],
    [
      'a word after a slash qualifies the name after it together with the word before ("Agile/Iterative project management")',
      'Requirements:\n- Experience with the SDLC, Agile/Iterative project management',
      [],
    ],
    [
      'a word glued to the next item after "and" is no qualifier ("and OutlookExcellent")',
      'Requirements:\n- Computer software applications such as MS Word, Excel, and OutlookExcellent problem-solving skills',
      [['digital-literacy', 'excel', 'microsoft-word']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(groupSets(text)).toEqual(expected);
  });
});

describe('two practices across a slash before "experience"', () => {
  it('offer a choice: "coaching/teaching experience"', () => {
    expect(groupSets('Requirements:\n• Have at least 1-3 years of coaching/teaching experience with children')).toEqual([
      ['coaching', 'teaching'],
    ]);
  });
});

describe('choices the text offers in other words', () => {
  it.each([
    [
      'the examples after the last option are options too',
      'Requirements:\n- Familiarity with Vue.js or other modern front-end frameworks such as React.',
      [['front-end-development', 'react', 'vue']],
    ],
    [
      'a slash list of tools written in lower case',
      'Requirements:\n- JavaScript tooling: linting (jshint/eslint/jslint).',
      [['eslint', 'jshint', 'jslint']],
    ],
    [
      '"one or multiple of the following" asks for any of them',
      'Requirements:\n- Experience in one or multiple of the following modalities: Cognitive Behavioral Therapy, EMDR, Dialectical Behavior Therapy',
      [['cognitive-behavioral-therapy', 'dialectical-behavior-therapy', 'emdr']],
    ],
  ])('%s', (_, text, groups) => {
    expect(groupSets(text)).toEqual(groups);
  });

  it('keeps a name listed after a choice out of it', () => {
    expect(groupSets('Requirements:\n- Spark or Hadoop, Kafka, and Airflow')).toEqual([['hadoop', 'spark']]);
  });
});
