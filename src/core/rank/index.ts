import { isUnlistedId, nameOfUnlistedId } from '../extract/list-mates.js';
import type { SkillRef } from '../extract/extract.js';
import type { ScorablePosting } from '../score/fit.js';
import { compactAnalysis, creditEntries, possibleWeight, scorableOf, skillKindOf, UNIT_WEIGHT, type CompactAnalysis } from './compact.js';
import { Interner, SkillNumbers, skillNumberOf } from './numbering.js';
import { isPacked, type StoredRankInput } from './packed.js';
import { areasOf } from '../score/focus.js';

export type { RankInput } from './compact.js';
export type { StoredRankInput } from './packed.js';

/** What the index needs of a stored posting. */
export interface IndexablePosting {
  id: string;
  seq: number;
  externalId: string | null;
  title: string | null;
  analysis: StoredRankInput;
}

/** Name, category and ids of a skill by its id, for postings stored packed (which keep only the id). */
export type DescribeSkill = (id: string) => Omit<SkillRef, 'id' | 'kind'> | undefined;

export interface IndexedPosting extends CompactAnalysis {
  /** The categories of its hard skills, for the focus part (postingAreas). */
  areas: Uint8Array;
  id: string;
  seq: number;
  externalId: string | null;
  title: string | null;
}

/** Postings with an upper bound of their score, from one pass over the posting lists. */
export interface Bounds {
  count: number;
  /** Posting slots, the first `count` entries. */
  slots: Int32Array;
  /** Per slot (not per position): the bound, 0–100. */
  bounds: Float64Array;
}

/**
 * One skill's posting list: triples (posting slot, slot generation, credit code) where the credit
 * code is the unit weight code times two, plus one for a "strong" requirement. Entries of removed
 * postings are recognised by their stale generation and dropped when the list is next compacted.
 */
interface PostingList {
  data: Int32Array;
  length: number;
  stale: number;
}

const STRIDE = 3;

function grown<T extends Int32Array | Float64Array | Uint32Array>(array: T, needed: number): T {
  if (array.length >= needed) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2, 64));
  next.set(array);
  return next;
}

/**
 * The catalogue in memory for ranking: posting id -> compact analysis (in numbered slots, reused
 * after removal), and the inverted index skill -> postings requiring it, kept in typed arrays so a
 * query can bound every candidate's score in one cache-friendly pass.
 */
export class RankIndex {
  private readonly slots: (IndexedPosting | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly slotByExternalId = new Map<string, number>();
  /** Postings naming no skill: no posting list reaches them, yet their occupation alone can score them up to 100. */
  private readonly skillless = new Set<number>();
  private generations = new Int32Array(0);
  private possible = new Float64Array(0);
  /** By skill number. */
  private readonly lists: (PostingList | undefined)[] = [];
  /** By skill number. */
  private readonly refs: (SkillRef | undefined)[] = [];
  private readonly interner = new Interner();
  /** Numbers for every skill a posting has required; résumé credit tables are indexed by them. */
  readonly skillNumbers = new SkillNumbers();
  // Scratch space of bounds(), reused by every query (queries run one at a time).
  private marks = new Uint32Array(0);
  private sums = new Float64Array(0);
  private touched = new Int32Array(0);
  private generation = 0;

  constructor(private readonly describe: DescribeSkill = () => undefined) {}

  get size(): number {
    return this.slotById.size;
  }

  upsert(posting: IndexablePosting): void {
    this.remove(posting.id);
    const { analysis } = posting;
    const compact = compactAnalysis(analysis, this.interner, this.skillNumbers);
    this.nameSkills(compact, isPacked(analysis) ? undefined : analysis.requirements);
    const indexed: IndexedPosting = {
      id: posting.id,
      seq: posting.seq,
      externalId: posting.externalId,
      title: posting.title,
      ...compact,
      areas: areasOf(compact.creditSlots.length, (i) => this.refs[skillNumberOf(compact.creditSlots[i] as number)]),
    };
    const slot = this.freeSlots.pop() ?? this.slots.length;
    this.slots[slot] = indexed;
    this.generations = grown(this.generations, slot + 1);
    this.possible = grown(this.possible, slot + 1);
    this.possible[slot] = possibleWeight(indexed);
    this.slotById.set(indexed.id, slot);
    if (indexed.externalId !== null) this.slotByExternalId.set(indexed.externalId, slot);
    if (this.possible[slot] === 0) this.skillless.add(slot);
    const generation = this.generations[slot] as number;
    for (const entry of creditEntries(indexed)) {
      const skill = skillNumberOf(entry.creditSlot);
      let list = this.lists[skill];
      if (!list) {
        list = { data: new Int32Array(4 * STRIDE), length: 0, stale: 0 };
        this.lists[skill] = list;
      }
      list.data = grown(list.data, list.length + STRIDE);
      list.data[list.length] = slot;
      list.data[list.length + 1] = generation;
      list.data[list.length + 2] = entry.unitCode * 2 + (entry.creditSlot & 1);
      list.length += STRIDE;
    }
  }

  /**
   * Keeps a reference for every skill the posting requires, by skill number: the one a plain analysis carries
   * (`given`, in requirement order), else — a packed rank input stores ids only — the taxonomy's.
   */
  private nameSkills(compact: CompactAnalysis, given: readonly { skill: SkillRef }[] | undefined): void {
    compact.creditSlots.forEach((slot, i) => {
      const n = skillNumberOf(slot);
      const known = this.refs[n];
      const skill = given?.[i]?.skill;
      if (skill) {
        if (known?.name === skill.name && known.kind === skill.kind && known.category === skill.category) return;
        const { name, kind, category, esco } = skill;
        this.refs[n] = { id: this.skillNumbers.idOf(n), name, kind, category, ...(esco ? { esco } : {}) };
        return;
      }
      const kind = skillKindOf(compact.codes[i] as number);
      if (known?.kind === kind) return;
      const id = this.skillNumbers.idOf(n);
      const described = this.describe(id) ?? {
        name: isUnlistedId(id) ? nameOfUnlistedId(id) : id,
        category: kind === 'language' ? 'spoken-language' : kind === 'hard' ? 'business-domain' : 'soft-skill',
      };
      this.refs[n] = { id, kind, ...described };
    });
  }

  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    const posting = this.slots[slot] as IndexedPosting;
    this.generations[slot] = ((this.generations[slot] as number) + 1) | 0;
    for (const entry of creditEntries(posting)) {
      const list = this.lists[skillNumberOf(entry.creditSlot)];
      if (!list) continue;
      list.stale += 1;
      if (list.stale * 2 * STRIDE > list.length) this.compact(list);
    }
    this.slotById.delete(id);
    if (posting.externalId !== null && this.slotByExternalId.get(posting.externalId) === slot)
      this.slotByExternalId.delete(posting.externalId);
    this.slots[slot] = undefined;
    this.skillless.delete(slot);
    this.freeSlots.push(slot);
    return true;
  }

  private compact(list: PostingList): void {
    const { data } = list;
    let kept = 0;
    for (let i = 0; i < list.length; i += STRIDE) {
      if (data[i + 1] !== this.generations[data[i] as number]) continue;
      data[kept] = data[i] as number;
      data[kept + 1] = data[i + 1] as number;
      data[kept + 2] = data[i + 2] as number;
      kept += STRIDE;
    }
    list.length = kept;
    list.stale = 0;
  }

  get(id: string): IndexedPosting | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }

  getByExternalId(externalId: string): IndexedPosting | undefined {
    const slot = this.slotByExternalId.get(externalId);
    return slot === undefined ? undefined : this.slots[slot];
  }

  postingAt(slot: number): IndexedPosting | undefined {
    return this.slots[slot];
  }

  /**
   * For every posting requiring one of `skills`: an upper bound of its score given a résumé's credit
   * table, summing weight × credit over its posting-list entries (exact but for float rounding,
   * except that a group counts all its members instead of the best). One pass over typed arrays.
   * The result lives in scratch space that the next call overwrites.
   */
  bounds(skills: Iterable<string>, credits: Float64Array): Bounds {
    const capacity = this.slots.length;
    this.marks = grown(this.marks, capacity);
    this.sums = grown(this.sums, capacity);
    this.touched = grown(this.touched, capacity);
    this.generation = this.generation === 0xffffffff ? 1 : this.generation + 1;
    if (this.generation === 1) this.marks.fill(0);
    const { marks, sums, touched, generations, generation } = this;
    let count = 0;
    for (const id of skills) {
      const n = this.skillNumbers.find(id);
      const list = n === undefined ? undefined : this.lists[n];
      if (!list || n === undefined) continue;
      const normal = credits[n * 2] as number;
      const strong = credits[n * 2 + 1] as number;
      if (normal === 0 && strong === 0) continue;
      const { data } = list;
      for (let i = 0; i < list.length; i += STRIDE) {
        const slot = data[i] as number;
        if (data[i + 1] !== generations[slot]) continue;
        const code = data[i + 2] as number;
        const gain = (UNIT_WEIGHT[code >> 1] as number) * ((code & 1) === 1 ? strong : normal);
        if (marks[slot] !== generation) {
          marks[slot] = generation;
          sums[slot] = gain;
          touched[count++] = slot;
        } else sums[slot] = (sums[slot] as number) + gain;
      }
    }
    const { possible } = this;
    for (let k = 0; k < count; k++) {
      const slot = touched[k] as number;
      const p = possible[slot] as number;
      sums[slot] = p === 0 ? 0 : Math.min(100, ((sums[slot] as number) / p) * 100);
    }
    return { count, slots: touched, bounds: sums };
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

  /** The postings that name no skill. */
  *withoutSkills(): IterableIterator<IndexedPosting> {
    for (const slot of this.skillless) yield this.slots[slot] as IndexedPosting;
  }

  *all(): IterableIterator<IndexedPosting> {
    for (const posting of this.slots) if (posting) yield posting;
  }

  /** A posting's compact analysis as scoreFit takes it. */
  scorable(posting: CompactAnalysis): ScorablePosting {
    return scorableOf(posting, (n) => {
      // Every requirement's skill was registered by upsert(); the fallback only satisfies the type.
      return (
        this.refs[n] ?? { id: this.skillNumbers.idOf(n), name: this.skillNumbers.idOf(n), kind: 'hard', category: 'software-practice' }
      );
    });
  }
}

export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function trimToSmallestIds(postings: IndexedPosting[], count: number): IndexedPosting[] {
  postings.sort(byId);
  postings.length = Math.min(postings.length, count);
  return postings;
}
