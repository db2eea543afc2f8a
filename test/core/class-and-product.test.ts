import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);

describe('a class with one of its products in brackets asks for the product', () => {
  it('reads "spreadsheets (Excel)" and "word processors (MS Word)" as Excel and Word', () => {
    const asked = ids('Requirements:\n- Experience with word processors (MS Word) and spreadsheets (Excel)');
    expect(asked).toEqual(expect.arrayContaining(['microsoft-word', 'excel']));
    expect(asked).not.toEqual(expect.arrayContaining(['spreadsheets']));
    expect(asked).not.toEqual(expect.arrayContaining(['word-processing']));
  });

  it('keeps the class beside several examples, and where it is named on its own too', () => {
    expect(ids('Requirements:\n- BI tools (Tableau, Power BI)')).toEqual(
      expect.arrayContaining(['business-intelligence', 'tableau', 'power-bi']),
    );
    expect(ids('Requirements:\n- Spreadsheets (Excel)\n- Advanced spreadsheets')).toEqual(
      expect.arrayContaining(['spreadsheets', 'excel']),
    );
  });
});

describe('a skill with its tool in brackets is no class', () => {
  it.each([
    ['Java (Spring)', ['java', 'spring']],
    ['Git (GitHub)', ['git', 'github']],
    ['Agile (Scrum)', ['agile', 'scrum']],
  ])('"%s" asks for both', (named, expected) => {
    expect(ids(`Requirements:\n- ${named}`)).toEqual(expect.arrayContaining(expected));
  });
});

describe('a class named in the singular, its examples in brackets', () => {
  const groupsOf = (text: string) => extractPosting(taxonomy, text).groups.map((g) => [...g.skills].sort());

  it.each([
    ['a cloud provider (AWS, GCP, Azure)', ['aws', 'azure', 'gcp']],
    ['a search engine (Elasticsearch, Solr)', ['elasticsearch', 'solr']],
  ])('"%s" offers a choice', (named, members) => {
    const groups = groupsOf(`Requirements:\n- Experience with ${named}`);
    expect(groups.some((g) => members.every((m) => g.includes(m)))).toBe(true);
  });
});

describe('tools across a slash', () => {
  const groupsOf = (text: string) => extractPosting(taxonomy, text).groups.map((g) => [...g.skills].sort());

  it('of different kinds, none a substitute for another, are a stack: all asked', () => {
    expect(groupsOf('Requirements:\n- Knowledge of HTML/CSS/JavaScript\n- Perl/Unix scripting')).toEqual([]);
  });

  it.each([
    ['Experience with SPSS/R/Python', ['python', 'r', 'spss']],
    ['Python/Java', ['java', 'python']],
    ['SQL / Python (basic is fine) or BI tools', ['python', 'sql']],
  ])('substitutes, the same kind, or an "or" after them are a choice: %s', (line, members) => {
    expect(groupsOf(`Requirements:\n- ${line}`).some((g) => members.every((m) => g.includes(m)))).toBe(true);
  });

  it('a slash pair among the examples of a class is one more example, not a second choice inside the first', () => {
    expect(groupsOf('Requirements:\n- Experience in schematic tools like Allegro/OrCAD, PADS Layout, Altium Designer')).toEqual([
      ['altium-designer', 'cadence-allegro', 'mentor-graphics-pads', 'orcad'],
    ]);
  });
});
