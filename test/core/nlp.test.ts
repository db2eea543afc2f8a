import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editDistance, stem } from '../../src/core/text/nlp.js';
import { porterStep1 } from '../../src/core/text/porter-step1.js';

const golden = JSON.parse(readFileSync(new URL('../fixtures/porter-step1.json', import.meta.url), 'utf8')) as {
  stems: Record<string, string>;
};

describe('Porter step 1', () => {
  it('stems every word of the taxonomy and the core tests exactly as natural 8.1.1 did', () => {
    const differing = Object.entries(golden.stems).filter(([word, expected]) => porterStep1(word) !== expected);
    expect(Object.keys(golden.stems).length).toBeGreaterThan(5000);
    expect(differing).toEqual([]);
  });

  it('lets inflections meet and leaves derivations apart', () => {
    expect(['designing', 'designed', 'designs', 'design'].map(stem)).toEqual(['design', 'design', 'design', 'design']);
    expect(['surveys', 'survey'].map(stem)).toEqual(['survei', 'survei']);
    expect(['managing', 'manages', 'manage'].map(stem)).toEqual(['manag', 'manag', 'manag']);
    expect(stem('experience')).not.toBe(stem('experiment'));
    expect(stem('production')).not.toBe(stem('product'));
  });
});

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['python', 'python', 0],
    ['pyhton', 'python', 1],
    ['tablaeu', 'tableau', 1],
    ['excel', 'exel', 1],
    ['kitten', 'sitting', 3],
    ['', 'sql', 3],
    ['sql', '', 3],
    // OSA edits no substring twice: true Damerau–Levenshtein would say 2.
    ['ca', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
