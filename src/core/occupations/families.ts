import type { FamilyData } from './types.js';

export interface CareerFamily {
  id: string;
  name: string;
}

type Placed = { id: string; isco: string };

export interface FamilyIndex {
  families: ReadonlyMap<string, CareerFamily>;
  /** The families of an occupation: those the data gives the occupation itself, else its ISCO unit group's. */
  familiesOf(occupation: Placed): readonly string[];
}

export class FamilyDataError extends Error {}

const isOccupationCode = (code: string): boolean => code.includes('.');

/** Resolves every family's codes against the known ISCO groups and ESCO occupations once, so a lookup is a map read or two. */
export function compileFamilies(
  data: FamilyData,
  iscoGroups: ReadonlyMap<string, string>,
  occupationIds: ReadonlySet<string>,
): FamilyIndex {
  const families = new Map<string, CareerFamily>();
  const byUnit = new Map<string, string[]>();
  /** ESCO occupation code → families given to it (and to the occupations nested under it). */
  const byOccupation = new Map<string, string[]>();
  const units = [...iscoGroups.keys()].filter((code) => code.length === 4);
  const addTo = (map: Map<string, string[]>, key: string, family: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(family)) list.push(family);
    map.set(key, list);
  };
  for (const family of data.families) {
    if (families.has(family.id)) throw new FamilyDataError(`career family "${family.id}" is listed twice`);
    families.set(family.id, { id: family.id, name: family.name });
    for (const code of family.isco) {
      if (isOccupationCode(code)) {
        if (!occupationIds.has(code)) throw new FamilyDataError(`career family "${family.id}" names unknown ESCO occupation ${code}`);
        addTo(byOccupation, code, family.id);
        continue;
      }
      if (!iscoGroups.has(code)) throw new FamilyDataError(`career family "${family.id}" names unknown ISCO group ${code}`);
      for (const unit of units) if (unit.startsWith(code)) addTo(byUnit, unit, family.id);
    }
  }
  const none: readonly string[] = [];
  // An occupation the data places itself ("2149.16", or a code it is nested under) takes those families instead of its unit group's.
  const familiesOf = ({ id, isco }: Placed): readonly string[] => {
    for (let code = id; isOccupationCode(code); code = code.slice(0, code.lastIndexOf('.'))) {
      const own = byOccupation.get(code);
      if (own) return own;
    }
    return byUnit.get(isco) ?? none;
  };
  return { families, familiesOf };
}

/** The first family two occupations share, if any. */
export function sharedFamily(index: Pick<FamilyIndex, 'familiesOf'>, a: Placed, b: Placed): string | undefined {
  const theirs = index.familiesOf(b);
  return index.familiesOf(a).find((f) => theirs.includes(f));
}
