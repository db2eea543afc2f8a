import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);

describe('product names spelled like common words count only as the product writes them', () => {
  it.each([
    [
      'GloVe word vectors, not gloves',
      'Requirements:\n- Word vectors such as GloVe',
      'Responsibilities:\n- Stock laboratory plastic ware and gloves',
      'glove-embeddings',
    ],
    [
      'fastText, not fast text',
      'Requirements:\n- Text classification with fastText',
      'Requirements:\n- Fast text entry and typing',
      'fasttext',
    ],
  ])('%s', (_name, asked, notAsked, id) => {
    expect(ids(asked)).toContain(id);
    expect(ids(notAsked)).not.toContain(id);
  });
});
