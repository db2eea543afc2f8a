import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { HEADING_ENTRIES, headingWords } from '../../src/core/text/headings.js';

const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../src/core/text/data/${name}`, import.meta.url), 'utf8'));
const vocabulary = readJson('headings.json') as { fields: string[]; headings: Record<string, string[]>; notes: Record<string, string> };

describe('the heading vocabulary data file', () => {
  it('follows headings.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(readJson('headings.schema.json') as object);
    validate(vocabulary);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('gives no phrase two kinds, so no heading depends on the order of the lists', () => {
    const kindsOf = new Map<string, string[]>();
    for (const [kind, phrases] of Object.entries({ ...vocabulary.headings, field: vocabulary.fields }))
      for (const phrase of phrases)
        kindsOf.set(headingWords(phrase).join(' '), [...(kindsOf.get(headingWords(phrase).join(' ')) ?? []), kind]);
    expect([...kindsOf].filter(([, kinds]) => new Set(kinds).size > 1)).toEqual([]);
  });

  it('explains only entries it holds', () => {
    const lists = vocabulary as unknown as Record<string, unknown>;
    const holds = (path: string): boolean => {
      const [list, ...rest] = path.split('.');
      const entry = rest.join('.');
      const value =
        list === 'headings'
          ? (vocabulary.headings[entry.split('.')[0] as string] ?? []).includes(entry.split('.').slice(1).join('.'))
          : undefined;
      if (value !== undefined) return value;
      const data = lists[list as string];
      return Array.isArray(data) ? data.includes(entry) : typeof data === 'object' && data !== null && entry in data;
    };
    expect(Object.keys(vocabulary.notes).filter((path) => !holds(path))).toEqual([]);
  });

  it('lists compounds only after words read as run-on headings, where they have an effect', () => {
    const data = vocabulary as unknown as { runOnHeadings: string[]; runOnCompounds: Record<string, string[]> };
    expect(Object.keys(data.runOnCompounds).filter((head) => !data.runOnHeadings.includes(head))).toEqual([]);
  });

  it('is what the section reader uses: every phrase and field opens its kind', () => {
    const entries = new Set(HEADING_ENTRIES.map((e) => `${e.kind}:${e.words.join(' ')}:${e.field}`));
    for (const [kind, phrases] of Object.entries(vocabulary.headings))
      for (const phrase of phrases) expect(entries.has(`${kind}:${headingWords(phrase).join(' ')}:false`), phrase).toBe(true);
    for (const field of vocabulary.fields) expect(entries.has(`boilerplate:${headingWords(field).join(' ')}:true`), field).toBe(true);
  });
});
