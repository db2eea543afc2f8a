import type { SkillRef } from '../extract/extract.js';
import { compactAnalysis, Interner, toScorable, type CompactAnalysis, type ScorableAnalysis } from './compact.js';

/** What the index needs of a stored posting. */
export interface IndexablePosting {
  id: string;
  seq: number;
  externalId: string | null;
  title: string | null;
  analysis: ScorableAnalysis;
}

export interface IndexedPosting extends CompactAnalysis {
  id: string;
  seq: number;
  externalId: string | null;
  title: string | null;
}

/**
 * The catalogue in memory for ranking: posting id -> compact analysis, and the inverted index
 * skill id -> postings requiring it. Postings live in numbered slots so that the skill lists hold
 * small integers; a removed posting's slot is reused.
 */
export class RankIndex {
  private readonly slots: (IndexedPosting | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly slotByExternalId = new Map<string, number>();
  private readonly slotsBySkill = new Map<string, Set<number>>();
  private readonly refs = new Map<string, SkillRef>();
  private readonly interner = new Interner();
  /** Per slot, the query generation that last collected it: de-duplicates candidates without a Set. */
  private marks = new Uint32Array(1024);
  private generation = 0;

  get size(): number {
    return this.slotById.size;
  }

  upsert(posting: IndexablePosting): void {
    this.remove(posting.id);
    for (const { skill } of posting.analysis.requirements) {
      const known = this.refs.get(skill.id);
      if (known?.name !== skill.name || known.kind !== skill.kind || known.category !== skill.category) {
        this.refs.set(skill.id, { id: this.interner.intern(skill.id), name: skill.name, kind: skill.kind, category: skill.category });
      }
    }
    const indexed: IndexedPosting = {
      id: posting.id,
      seq: posting.seq,
      externalId: posting.externalId,
      title: posting.title,
      ...compactAnalysis(posting.analysis, this.interner),
    };
    const slot = this.freeSlots.pop() ?? this.slots.length;
    this.slots[slot] = indexed;
    this.slotById.set(indexed.id, slot);
    if (indexed.externalId !== null) this.slotByExternalId.set(indexed.externalId, slot);
    for (const skill of new Set(indexed.skills)) {
      let holders = this.slotsBySkill.get(skill);
      if (!holders) {
        holders = new Set();
        this.slotsBySkill.set(skill, holders);
      }
      holders.add(slot);
    }
  }

  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    const posting = this.slots[slot] as IndexedPosting;
    for (const skill of posting.skills) {
      const holders = this.slotsBySkill.get(skill);
      holders?.delete(slot);
      if (holders?.size === 0) this.slotsBySkill.delete(skill);
    }
    this.slotById.delete(id);
    if (posting.externalId !== null && this.slotByExternalId.get(posting.externalId) === slot) this.slotByExternalId.delete(posting.externalId);
    this.slots[slot] = undefined;
    this.freeSlots.push(slot);
    return true;
  }

  get(id: string): IndexedPosting | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }

  getByExternalId(externalId: string): IndexedPosting | undefined {
    const slot = this.slotByExternalId.get(externalId);
    return slot === undefined ? undefined : this.slots[slot];
  }

  /** Postings requiring at least one of `skillIds`, each once. */
  postingsWithAny(skillIds: Iterable<string>): IndexedPosting[] {
    const generation = this.nextGeneration();
    const found: IndexedPosting[] = [];
    for (const skill of skillIds) {
      for (const slot of this.slotsBySkill.get(skill) ?? []) {
        if (this.marks[slot] === generation) continue;
        this.marks[slot] = generation;
        found.push(this.slots[slot] as IndexedPosting);
      }
    }
    return found;
  }

  /** Up to `count` postings with the smallest ids, leaving out `skip`. A full scan: only for filling up short rankings. */
  firstById(count: number, skip: ReadonlySet<string>): IndexedPosting[] {
    const chosen: IndexedPosting[] = [];
    for (const posting of this.all()) {
      if (skip.has(posting.id)) continue;
      chosen.push(posting);
      if (chosen.length > count * 4) trimToSmallestIds(chosen, count);
    }
    return trimToSmallestIds(chosen, count);
  }

  *all(): IterableIterator<IndexedPosting> {
    for (const posting of this.slots) if (posting) yield posting;
  }

  /** A posting's compact analysis as scoreFit takes it. */
  scorable(posting: CompactAnalysis): ScorableAnalysis {
    // Every requirement's skill was registered by upsert(); the fallback only satisfies the type.
    return toScorable(posting, (id) => this.refs.get(id) ?? { id, name: id, kind: 'hard', category: 'software-practice' });
  }

  private nextGeneration(): number {
    if (this.marks.length < this.slots.length) {
      const grown = new Uint32Array(Math.max(this.slots.length, this.marks.length * 2));
      grown.set(this.marks);
      this.marks = grown;
    }
    this.generation = this.generation === 0xffffffff ? 1 : this.generation + 1;
    if (this.generation === 1) this.marks.fill(0);
    return this.generation;
  }
}

export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function trimToSmallestIds(postings: IndexedPosting[], count: number): IndexedPosting[] {
  postings.sort(byId);
  postings.length = Math.min(postings.length, count);
  return postings;
}
