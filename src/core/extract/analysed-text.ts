import type { Skill } from '../taxonomy/compile.js';
import type { NormalizedText } from '../text/normalize.js';
import type { Section } from '../text/sections.js';
import type { Intensity, Level } from './cues.js';
import type { Education, Experience } from './education.js';
import type { SkillHit } from './match.js';

/*
 * The typed document the posting pipeline builds (`analyseText`) and its later stages read: the items
 * of each section with their cues, and the names found in them with the level each is asked at.
 */

/** One sentence or list item, with what its section and cues say about the names in it. */
export interface Item {
  start: number;
  end: number;
  section: Section;
  level: Level;
  intensity: Intensity;
  cues: string[];
}

export interface Found {
  hit: SkillHit;
  item: Item;
  /** Where a hedge binds to some names only ("programming (ideally in Python)"), the level and intensity of this name. */
  level: Level;
  intensity: Intensity;
  /**
   * Named as part of a role: the job's own ("We are hiring a Senior Java Developer") counts only when
   * nothing else names the skill; colleagues' ("work with UX Designers") never does.
   */
  inRole?: 'own' | 'colleagues';
  /** For a name the catalogue lacks: the known name listed beside it (or, after an ask, a generic one), whose kind and category it takes. */
  unlistedBeside?: Skill;
}

/** The typed document that flows through the stages. */
export interface AnalysedText {
  doc: NormalizedText;
  sections: Section[];
  found: Found[];
  items: Item[];
  education: Education;
  experience: Experience;
  /** Sentences that ask for what the one before named (see `levelReferredBack`). */
  backReferences: BackReference[];
}

export interface BackReference {
  /** The item whose names are asked for. */
  to: Item;
  /** "at least two of those": the names are a choice. */
  choice: boolean;
}

export function foundByItem(found: readonly Found[]): Map<Item, Found[]> {
  const byItem = new Map<Item, Found[]>();
  for (const f of found) {
    const list = byItem.get(f.item);
    if (list) list.push(f);
    else byItem.set(f.item, [f]);
  }
  return byItem;
}
