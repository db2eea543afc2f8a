import type { Taxonomy } from '../taxonomy/compile.js';
import { resolveSkill } from '../taxonomy/search.js';

/**
 * Spoken languages as written in a languages section or line: "English (Native), French – B2",
 * "Hindi: fluent", "German C1 C1 B2 B2 C1" (a Europass grid row), "Mother tongue(s): Italian".
 */
export interface LanguageReading {
  language: string;
  fluency?: string;
  skillId?: string;
  /** Offsets of the language's name within the element's text. */
  offset: number;
}

const ELEMENT_SPLIT = /\s*(?:[,;|/\u2022]|\band\b)\s*/i;
const NAME_THEN_LEVEL =
  /^([\p{L}][\p{L} ]{1,30}?)\s*(?:\(([^)]{1,60})\)|[:\-–]\s*(.{1,60})|\s+((?:(?:[ABC][12]|native|fluent|basic|intermediate|advanced|beginner|elementary|conversational|proficient|professional|limited|full|working|mother tongue|bilingual)\b[\s,]*)+.*))?$/iu;

export function readLanguageElements(text: string, taxonomy: Taxonomy, defaultFluency?: string): LanguageReading[] {
  const found: LanguageReading[] = [];
  let offset = 0;
  const label =
    /^\s*(?:languages?(?:\s+(?:known|spoken))?|mother\s+tongue\(?s?\)?|other\s+languages?\(?s?\)?|linguistic\s+proficiency)\s*[:=-]\s*/i.exec(
      text,
    );
  const body = label ? text.slice(label[0].length) : text;
  const base = label ? label[0].length : 0;
  for (const element of body.split(/(?=[,;|\u2022])|(?<=[,;|\u2022])/)) {
    const at = offset;
    offset += element.length;
    const cleaned = element.replace(/^[\s,;|\u2022]+/, '').trim();
    if (!cleaned) continue;
    for (const part of cleaned.split(ELEMENT_SPLIT)) {
      const m = NAME_THEN_LEVEL.exec(part.trim());
      if (!m) continue;
      const name = (m[1] as string).trim();
      const resolved = resolveSkill(taxonomy, name);
      if (!resolved || resolved.skill.kind !== 'language' || resolved.confidence < 0.9) continue;
      const fluency = (m[2] ?? m[3] ?? m[4])?.trim() || defaultFluency;
      found.push({
        language: name,
        ...(fluency ? { fluency } : {}),
        skillId: resolved.skill.id,
        offset: base + at + element.indexOf(name),
      });
    }
  }
  return found;
}
