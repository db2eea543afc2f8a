import { describe, expect, it } from 'vitest';
import { FuzzyIndex } from '../../src/core/text/fuzzy.js';

describe('FuzzyIndex', () => {
  const index = new FuzzyIndex<string>(5);
  for (const word of ['tableau', 'tablet', 'environmental social and governance', 'supply chain management', 'supply chain managers'])
    index.add(word, word);
  const found = (q: string): string[] => index.lookup(q).map((f) => f.word);

  it.each([
    ['tablaeu', 'tableau'],
    ['enviromental social and governance', 'environmental social and governance'],
    ['environmental social and governancee', 'environmental social and governance'],
    ['environmental social and govrnance', 'environmental social and governance'],
    ['environmental sociaX and governance', 'environmental social and governance'],
    // a swap across the middle of a long name changes both its halves
    ['environmental socila and governance', 'environmental social and governance'],
    ['environmental social nad governance', 'environmental social and governance'],
  ])('finds "%s" one edit from "%s"', (query, word) => {
    expect(found(query)).toContain(word);
  });

  it('finds every long name one edit away, nearest first, and nothing two edits away', () => {
    expect(found('supply chain manager')).toEqual(['supply chain managers']);
    expect(found('supply chain managemnet')).toEqual(['supply chain management']);
    expect(found('supply chian managment')).toEqual([]);
  });
});
