import type { ResumeSectionKind } from './model.js';
import { readHeadingLine } from './headings.js';

/**
 * A résumé's sections, found line by line in normalised text. Offsets are into that text. The
 * lines before the first heading are the header: the name, a headline, contact lines and often a
 * summary; they get kind 'summary' (contact lines and the name are dropped later, line by line).
 */
export interface TextSection {
  kind: ResumeSectionKind;
  heading: string;
  headingStart: number;
  /** Content range. */
  start: number;
  end: number;
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function linesOf(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s] as string)) s++;
      while (e > s && /\s/.test(text[e - 1] as string)) e--;
      if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
      start = i + 1;
    }
  }
  return lines;
}

/** "Digital skills" names a skill too, but a label ending in a section noun is a heading. */
const SECTION_NOUN_LAST = /\b(?:skills|competences|competencies|experience|education|languages?\(?s?\)?|qualifications?)\s*$/i;

const STAYS_IN_SKILLS: ReadonlySet<ResumeSectionKind> = new Set(['skills', 'languages', 'certifications', 'other']);

/** `namesOneSkill`: the line is a skill's name as a whole ("Project Management"), so not a heading unless written as one (capitals, colon). */
export function detectResumeSections(text: string, namesOneSkill: (line: string) => boolean): TextSection[] {
  const sections: TextSection[] = [];
  let current: TextSection = { kind: 'summary', heading: '', headingStart: 0, start: 0, end: text.length };
  for (const line of linesOf(text)) {
    if (line.text.startsWith('\u2022')) continue;
    const heading = readHeadingLine(line.text);
    if (!heading) continue;
    const label = heading.labelLength === undefined ? line.text : line.text.slice(0, heading.labelLength);
    const bare = label.replace(/[:\s]+$/, '');
    const markedAsHeading = /:\s*$/.test(label) || (bare === bare.toUpperCase() && /\p{Lu}/u.test(bare)) || SECTION_NOUN_LAST.test(bare);
    if (!markedAsHeading && namesOneSkill(bare)) continue;
    // Inside a skills section, "Languages: Python, Java" or "Certifications: AWS" labels a kind of skill, not a new section.
    if (heading.labelLength !== undefined && current.kind === 'skills' && STAYS_IN_SKILLS.has(heading.kind)) continue;
    current.end = line.start;
    sections.push(current);
    const start = heading.labelLength === undefined ? line.end : line.start + heading.labelLength;
    current = { kind: heading.kind, heading: bare.trim(), headingStart: line.start, start, end: text.length };
  }
  sections.push(current);
  return sections.filter((s) => s.heading !== '' || /\S/.test(text.slice(s.start, s.end)));
}
