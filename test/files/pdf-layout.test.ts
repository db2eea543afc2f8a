import { describe, expect, it } from 'vitest';
import { layoutPages, type PositionedText } from '../../src/files/pdf-layout.js';

const SIZE = 10;
/** Width of a glyph in these fixtures: half the font size. */
const glyph = SIZE / 2;

/** One item per word, placed left to right from x with a gap (in font sizes) between words. */
function words(text: string, x: number, y: number, gap = 0.3): PositionedText[] {
  const items: PositionedText[] = [];
  let at = x;
  for (const word of text.split(' ')) {
    items.push({ str: word, x: at, y, width: word.length * glyph, fontSize: SIZE });
    at += word.length * glyph + gap * SIZE;
  }
  return items;
}

/** One item per glyph, as some résumé builders emit them; `tracking` is extra space between letters. */
function glyphs(text: string, x: number, y: number, tracking = 0.05): PositionedText[] {
  const items: PositionedText[] = [];
  let at = x;
  for (const ch of text) {
    if (ch === ' ') {
      at += 0.3 * SIZE;
      continue;
    }
    items.push({ str: ch, x: at, y, width: glyph, fontSize: SIZE });
    at += glyph + tracking * SIZE;
  }
  return items;
}

const line = (y: number) => 800 - y * 14;

describe('layoutPages', () => {
  it('joins per-word and per-glyph items into words by their gaps, whatever the letter spacing', () => {
    const text = layoutPages([
      { items: [...words('Skills: Python, SQL and Tableau', 50, line(0)), ...glyphs('Built dashboards in Power BI', 50, line(1))] },
    ]);
    expect(text).toBe('Skills: Python, SQL and Tableau\nBuilt dashboards in Power BI');
  });

  it('estimates the width of items that have none, instead of spacing out every letter', () => {
    const items = glyphs('Python', 50, line(0), 0).map((i) => ({ ...i, width: 0 }));
    expect(layoutPages([{ items }])).toBe('Python');
  });

  it('drops the second print of faux-bold text and maps symbol-font bullets', () => {
    const heading = words('Experience', 50, line(0));
    const bullet: PositionedText = { str: '\uf0b7', x: 50, y: line(1), width: 4, fontSize: SIZE };
    const text = layoutPages([
      { items: [...heading, ...heading.map((i) => ({ ...i, x: i.x + 0.3 })), bullet, ...words('Python', 60, line(1))] },
    ]);
    expect(text).toBe('Experience\n• Python');
  });

  it('reads two columns one after the other, with a full-width heading above them', () => {
    const items = [
      ...words('Casey Madeup — Data Engineer', 50, line(0)),
      ...['Skills', 'Python', 'Airflow', 'Languages', 'French'].flatMap((t, i) => words(t, 50, line(i + 2))),
      ...['Experience', 'Built pipelines in Spark', 'Ran Kafka clusters', 'Education', 'BSc Computer Science'].flatMap((t, i) =>
        words(t, 250, line(i + 2)),
      ),
    ];
    const lines = layoutPages([{ items }]).split('\n').filter(Boolean);
    expect(lines).toEqual([
      'Casey Madeup — Data Engineer',
      'Skills',
      'Python',
      'Airflow',
      'Languages',
      'French',
      'Experience',
      'Built pipelines in Spark',
      'Ran Kafka clusters',
      'Education',
      'BSc Computer Science',
    ]);
  });

  it('keeps one column with ragged lines as one column', () => {
    const texts = [
      'Summary',
      'Analyst with five years of experience in retail analytics and reporting',
      'SQL',
      'Python and R for statistics and forecasting work',
      'Git',
    ];
    const lines = layoutPages([{ items: texts.flatMap((t, i) => words(t, 50, line(i))) }]).split('\n');
    expect(lines).toEqual(texts);
  });

  it('joins a hyphenated line break only before a lower-case letter', () => {
    const text = layoutPages([
      {
        items: [
          ...words('built visual-', 50, line(0)),
          ...words('isations for Data-', 50, line(1)),
          ...words('Science teams', 50, line(2)),
        ],
      },
    ]);
    expect(text).toBe('built visualisations for Data-\nScience teams');
  });

  it('drops running headers and footers repeated on the pages, keeping the first', () => {
    const page = (n: number, body: string) => ({
      items: [...words('Casey Madeup CV', 50, 820), ...words(body, 50, 700), ...words(`Page ${n} of 3`, 50, 30)],
    });
    const text = layoutPages([page(1, 'Python'), page(2, 'SQL'), page(3, 'Tableau')]);
    expect(text.split('\n').filter(Boolean)).toEqual(['Casey Madeup CV', 'Python', 'Page 1 of 3', 'SQL', 'Tableau']);
  });

  it('reads sideways text after the page instead of mixing it into the lines', () => {
    const sideways: PositionedText = { str: 'Skills: Kubernetes', x: 20, y: line(1), width: 90, fontSize: SIZE, rotated: true };
    const text = layoutPages([{ items: [...words('Python and SQL', 50, line(0)), sideways, ...words('Tableau', 50, line(1))] }]);
    expect(text).toBe('Python and SQL\nTableau\n\nSkills: Kubernetes');
  });

  it('closes up letter-spaced words, which PDF.js reads with a space between every letter', () => {
    const items: PositionedText[] = [
      { str: 'S K I L L S', x: 50, y: line(0), width: 60, fontSize: SIZE },
      { str: 'P y t h o n', x: 50, y: line(1), width: 40, fontSize: SIZE },
      { str: ' ', x: 90, y: line(1), width: 5, fontSize: SIZE },
      { str: 'S Q L', x: 95, y: line(1), width: 20, fontSize: SIZE },
      { str: 'R , C and Go', x: 50, y: line(2), width: 60, fontSize: SIZE },
    ];
    expect(layoutPages([{ items }])).toBe('SKILLS\nPython SQL\nR , C and Go');
  });
});
