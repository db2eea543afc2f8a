import type { Level } from './cues.js';

/**
 * Person-specification tables ("| Criteria | Essential | Desirable | How identified |"), common in UK
 * public-sector and school postings: a row's cells take their level from their column's heading, so
 * "Experience of working in a classroom" under Essential is required and "… in an after-school provision"
 * under Desirable is preferred, whatever section the table sits in. Pipe tables only (Markdown and text
 * exports); an HTML table reaches the extractor as one cell per line, its columns lost.
 */
export interface LevelledCell {
  start: number;
  end: number;
  level: Level;
}

const REQUIRED_COLUMN =
  /^(?:essential|required|requirements?|minimum|must[- ]haves?|mandatory)(?:\s+(?:criteria|requirements?|qualifications?|skills?))?$/i;
const PREFERRED_COLUMN =
  /^(?:desirable|desired|preferred|nice[- ]to[- ]haves?|advantageous|bonus|optional)(?:\s+(?:criteria|requirements?|qualifications?|skills?))?$/i;
const SEPARATOR_ROW = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*\|?\s*$/;

function columnLevel(heading: string): Level | undefined {
  const text = heading.trim().replace(/[*_]/g, '');
  if (REQUIRED_COLUMN.test(text)) return 'required';
  if (PREFERRED_COLUMN.test(text)) return 'preferred';
  return undefined;
}

/** The cells of a pipe-table row: offsets of the text between its bars. */
function cellsOf(text: string, lineStart: number, lineEnd: number): { start: number; end: number }[] {
  const bars: number[] = [];
  for (let i = lineStart; i < lineEnd; i++) if (text.charCodeAt(i) === 124) bars.push(i);
  const cells: { start: number; end: number }[] = [];
  const first = text.slice(lineStart, bars[0] ?? lineEnd).trim() === '' ? 0 : -1;
  let from = first === 0 ? (bars[0] as number) + 1 : lineStart;
  for (let k = first === 0 ? 1 : 0; k <= bars.length; k++) {
    const to = k < bars.length ? (bars[k] as number) : lineEnd;
    if (k === bars.length && text.slice(from, to).trim() === '') break;
    cells.push({ start: from, end: to });
    from = to + 1;
  }
  return cells;
}

const isTableRow = (line: string): boolean => {
  let bars = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 124) bars++;
  return bars >= 2;
};

/** Every cell of a pipe table whose header names levels, with the level of its column. Linear in the text. */
export function levelledTableCells(text: string): LevelledCell[] {
  if (!text.includes('|')) return [];
  const out: LevelledCell[] = [];
  let levels: (Level | undefined)[] | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (!isTableRow(line)) levels = undefined;
    else if (levels === undefined) {
      const header = cellsOf(text, lineStart, lineEnd).map((c) => columnLevel(text.slice(c.start, c.end)));
      levels = header.some((l) => l !== undefined) ? header : [];
    } else if (levels.length > 0 && !SEPARATOR_ROW.test(line)) {
      cellsOf(text, lineStart, lineEnd).forEach((cell, k) => {
        const level = levels?.[k];
        if (level) out.push({ ...cell, level });
      });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return out;
}

/** The level of the table cell holding this offset, if it sits in a levelled column; cells are in text order, so a binary search. */
export function tableLevelAt(cells: readonly LevelledCell[], at: number): Level | undefined {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cell = cells[mid] as LevelledCell;
    if (at < cell.start) hi = mid - 1;
    else if (at >= cell.end) lo = mid + 1;
    else return cell.level;
  }
  return undefined;
}
