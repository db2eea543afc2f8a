/**
 * Rebuilds reading-order text from the positioned text items of PDF pages: lines from items on
 * one baseline (joined by their x gap relative to the font size, since résumé builders emit an item
 * per word or per glyph), columns read one after the other, hyphenated line breaks joined, and
 * headers and footers that repeat on most pages dropped. Pure: PDF.js produces the items.
 */

export interface PositionedText {
  str: string;
  /** Left edge of the item, in PDF units. */
  x: number;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  width: number;
  fontSize: number;
  /** Text not on a horizontal baseline (a sideways sidebar title): read after the page, in its own order. */
  rotated?: boolean;
}

export interface PageItems {
  items: PositionedText[];
}

interface Line {
  text: string;
  y: number;
  fontSize: number;
}

/** A gap wider than this share of the font size is a space between words. */
const WORD_GAP = 0.15;
/** A line's baseline may wander this share of the font size (sub- and superscripts) and stay one line. */
const BASELINE_TOLERANCE = 0.45;
/** Columns nest at most this deep (a sidebar beside two columns). */
const MAX_COLUMN_DEPTH = 3;
/** Share of lines that may cross a gutter (a full-width heading or name) and still leave columns. */
const SPANNING_SHARE = 0.12;
const BIN = 2;

function extent(values: number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Items on one baseline joined left to right; a gap wider than a word space becomes a space. */
function joinLine(items: PositionedText[]): Line {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = '';
  let previous: PositionedText | undefined;
  for (const item of sorted) {
    // Faux bold: the same text printed twice a fraction of a point apart.
    if (previous && item.str === previous.str && Math.abs(item.x - previous.x) < 1) continue;
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const size = Math.max(item.fontSize, previous.fontSize, 1);
      if (gap > WORD_GAP * size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    }
    text += item.str;
    previous = item;
  }
  const fontSize = median(items.map((i) => i.fontSize));
  return { text: text.replace(/\s+/g, ' ').trim(), y: median(items.map((i) => i.y)), fontSize };
}

/** Groups items into rows by baseline, top of the page first. */
function toRows(items: PositionedText[]): PositionedText[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  let current: PositionedText[] = [];
  let baseline = 0;
  for (const item of sorted) {
    const tolerance = BASELINE_TOLERANCE * Math.max(item.fontSize, 1);
    if (current.length > 0 && Math.abs(baseline - item.y) > tolerance) {
      rows.push(current);
      current = [];
    }
    if (current.length === 0) baseline = item.y;
    current.push(item);
  }
  if (current.length > 0) rows.push(current);
  return rows;
}

const toLines = (items: PositionedText[]): Line[] =>
  toRows(items)
    .map(joinLine)
    .filter((l) => l.text !== '');

interface Gutter {
  start: number;
  end: number;
  middle: number;
}

/**
 * The widest vertical strip in the middle of the content that (almost) no item covers, with at
 * least three items on each side at overlapping heights: two columns side by side.
 */
function findGutter(items: PositionedText[]): Gutter | undefined {
  if (items.length < 6) return undefined;
  const minX = extent(items.map((i) => i.x)).min;
  const maxX = extent(items.map((i) => i.x + i.width)).max;
  const span = maxX - minX;
  if (!(span > 0)) return undefined;
  const bins = new Int32Array(Math.ceil(span / BIN) + 1);
  for (const item of items) {
    const from = Math.floor((item.x - minX) / BIN);
    const to = Math.min(bins.length - 1, Math.ceil((item.x + item.width - minX) / BIN) - 1);
    for (let b = from; b <= to; b++) bins[b] = (bins[b] ?? 0) + 1;
  }
  // Coverage counts items, and a line may be one item or one per glyph: the allowance counts lines.
  const allowed = Math.floor(toRows(items).length * SPANNING_SHARE);
  const minWidth = Math.max(1.2 * median(items.map((i) => i.fontSize)), 6);
  const first = Math.floor((0.15 * span) / BIN);
  const last = Math.ceil((0.85 * span) / BIN);
  let best: Gutter | undefined;
  let runStart = -1;
  for (let b = first; b <= last + 1; b++) {
    const open = b <= last && (bins[b] ?? 0) <= allowed;
    if (open && runStart < 0) runStart = b;
    if (!open && runStart >= 0) {
      const start = minX + runStart * BIN;
      const end = minX + b * BIN;
      if (end - start >= minWidth && (!best || end - start > best.end - best.start)) best = { start, end, middle: (start + end) / 2 };
      runStart = -1;
    }
  }
  if (!best) return undefined;
  const gutter = best;
  const left = items.filter((i) => i.x + i.width <= gutter.middle);
  const right = items.filter((i) => i.x >= gutter.middle);
  if (toRows(left).length < 3 || toRows(right).length < 3) return undefined;
  // Side by side, not one block above the other.
  const { min: leftBottom, max: leftTop } = extent(left.map((i) => i.y));
  const beside = toRows(right.filter((i) => i.y <= leftTop && i.y >= leftBottom)).length;
  return beside >= 3 ? gutter : undefined;
}

/** Lines in reading order: each column top to bottom, left column first; full-width rows split the columns into bands. */
function readingOrder(items: PositionedText[], depth = 0): Line[] {
  const gutter = depth < MAX_COLUMN_DEPTH ? findGutter(items) : undefined;
  if (!gutter) return toLines(items);
  const isLeft = (i: PositionedText) => i.x + i.width <= gutter.middle;
  const isRight = (i: PositionedText) => i.x >= gutter.middle;
  const spanningRows = toRows(items.filter((i) => !isLeft(i) && !isRight(i)));
  const columns = (band: PositionedText[]) => [
    ...readingOrder(band.filter(isLeft), depth + 1),
    ...readingOrder(band.filter(isRight), depth + 1),
  ];
  if (spanningRows.length === 0) return columns(items);

  const out: Line[] = [];
  let remaining = items.filter((i) => isLeft(i) || isRight(i));
  for (const row of spanningRows) {
    const y = median(row.map((i) => i.y));
    const tolerance = BASELINE_TOLERANCE * Math.max(extent(row.map((i) => i.fontSize)).max, 1);
    out.push(...columns(remaining.filter((i) => i.y > y + tolerance)));
    // Items on the same baseline as a full-width row belong to it ("Analyst, Acme ....... 2021–2023").
    const line = joinLine([...row, ...remaining.filter((i) => Math.abs(i.y - y) <= tolerance)]);
    if (line.text !== '') out.push(line);
    remaining = remaining.filter((i) => i.y < y - tolerance);
  }
  out.push(...columns(remaining));
  return out;
}

/** Digits vary between pages ("Page 2 of 3"); the rest of a running header or footer does not. */
const runningKey = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Lines in the top two or bottom two rows of a page. */
function edgeLines(lines: Line[]): Set<Line> {
  const rows = [...new Set(lines.map((l) => Math.round(l.y)))].sort((a, b) => b - a);
  const edgeRows = new Set([...rows.slice(0, 2), ...rows.slice(-2)]);
  return new Set(lines.filter((l) => edgeRows.has(Math.round(l.y))));
}

/** Drops lines at the top or bottom of a page that repeat on at least half the pages (keeping the first). */
function dropRunningLines(pages: Line[][]): Line[][] {
  if (pages.length < 2) return pages;
  const edges = pages.map(edgeLines);
  const pagesWith = new Map<string, number>();
  for (const edge of edges) {
    for (const key of new Set([...edge].map((l) => runningKey(l.text)))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  const seen = new Set<string>();
  return pages.map((lines, p) =>
    lines.filter((line) => {
      if (!edges[p]?.has(line)) return true;
      const key = runningKey(line.text);
      if ((pagesWith.get(key) ?? 0) < threshold) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}

const HYPHENATED_END = /\p{Ll}[-\u00ad]$/u;
const LOWER_START = /^\p{Ll}/u;

/** Lines to text: a wide vertical gap or a jump back up (next column) is a paragraph break; a hyphenated break is joined. */
function pageText(lines: Line[]): string {
  let text = '';
  let previous: Line | undefined;
  for (const line of lines) {
    if (!previous) {
      text = line.text;
    } else if (HYPHENATED_END.test(text) && LOWER_START.test(line.text)) {
      text = text.slice(0, -1) + line.text;
    } else {
      const drop = previous.y - line.y;
      const paragraph = drop < 0 || drop > 1.9 * Math.max(previous.fontSize, line.fontSize, 1);
      text += (paragraph ? '\n\n' : '\n') + line.text;
    }
    previous = line;
  }
  return text;
}

/** Bullets drawn with a symbol font (Symbol, Wingdings) arrive as private-use code points. */
const SYMBOL_BULLETS = /[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0]/g;

/** Letter-spaced text ("S K I L L S") arrives from PDF.js with a space between every letter. */
const LETTER_SPACED = /^\p{L}(?: [\p{L}\p{N}.,:&/+#-])+$/u;

function collapseLetterSpacing(str: string): string {
  const trimmed = str.trim();
  return trimmed.length >= 5 && LETTER_SPACED.test(trimmed) ? str.replace(/(\S) (?=\S)/g, '$1') : str;
}

/** Usable items only; an item without a width (some Type3 fonts) gets one estimated from its length. */
function usable(items: PositionedText[]): PositionedText[] {
  return items
    .filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y) && Number.isFinite(i.fontSize))
    .map((i) => ({
      ...i,
      str: collapseLetterSpacing(i.str.replace(SYMBOL_BULLETS, '•')),
      width: Number.isFinite(i.width) && i.width > 0 ? i.width : 0.5 * i.fontSize * i.str.length,
    }));
}

export function layoutPages(pages: PageItems[]): string {
  const ordered = pages.map((page) => {
    const items = usable(page.items);
    const sideways = items.filter((i) => i.rotated).map((i) => ({ text: i.str.trim(), y: -Infinity, fontSize: i.fontSize }));
    return [...readingOrder(items.filter((i) => !i.rotated)), ...sideways];
  });
  return dropRunningLines(ordered)
    .map(pageText)
    .filter((t) => t !== '')
    .join('\n\n');
}
