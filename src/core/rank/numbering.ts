import { isUnlistedId, phraseKeyOfId } from '../extract/list-mates.js';

/** Where a requirement's credit sits in a résumé's credit table: two slots per skill, normal and strong. */
export const creditSlot = (skillNumber: number, strong: boolean): number => skillNumber * 2 + (strong ? 1 : 0);
export const skillNumberOf = (slot: number): number => slot >> 1;

/** Dense numbers for skill ids, so that a résumé's credits are an array indexed by slot, not a map. */
export class SkillNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  /** Numbers of the requirements the catalogue lacks, by phrase key: what a résumé's phrase can meet. */
  private readonly unlisted = new Map<string, number[]>();

  get size(): number {
    return this.ids.length;
  }

  numberOf(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.push(id) - 1;
      this.numbers.set(id, n);
      if (isUnlistedId(id)) {
        const key = phraseKeyOfId(id);
        const same = this.unlisted.get(key);
        if (same) same.push(n);
        else this.unlisted.set(key, [n]);
      }
    }
    return n;
  }

  find(id: string): number | undefined {
    return this.numbers.get(id);
  }

  /** The ids of unlisted requirements a résumé phrase with this key meets. */
  unlistedIdsOf(phraseKey: string): readonly string[] {
    return (this.unlisted.get(phraseKey) ?? []).map((n) => this.idOf(n));
  }

  idOf(n: number): string {
    return this.ids[n] as string;
  }
}

/** Shares one string per distinct value across all compact analyses (ids repeat across postings). */
export class Interner {
  private readonly strings = new Map<string, string>();
  intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }
}
