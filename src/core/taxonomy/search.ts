import { editDistance } from '../text/nlp.js';
import { normalizeName, type Skill, type Taxonomy } from './compile.js';

/**
 * Name lookups for people typing: autocomplete (prefix and typo-tolerant) and resolving a typed
 * name to one skill.
 */
export interface SearchQuery {
  q?: string;
  kind?: Skill['kind'];
  category?: Skill['category'];
}

export interface SearchHit {
  skill: Skill;
  matchedAlias?: string;
  score: number;
}

/** Vendor words people add or drop ("MS Excel", "Apache Spark", "Google BigQuery"). */
const VENDOR_PREFIXES = [
  'microsoft',
  'ms',
  'apache',
  'google',
  'amazon',
  'aws',
  'ibm',
  'oracle',
  'adobe',
  'the mathworks',
  'sap',
  'autodesk',
  'salesforce',
  'atlassian',
  'esri',
];

function rank(norm: string, q: string): number | undefined {
  if (norm === q) return 100;
  if (norm.startsWith(q)) return 80 - Math.min(20, norm.length - q.length) / 2;
  if (norm.includes(` ${q}`)) return 60 - Math.min(20, norm.length - q.length) / 2;
  const allowed = q.length >= 8 ? 2 : 1;
  // A name shorter than the query by more than the typos allowed cannot be within them: skip the distance.
  // A typo keeps the first or the second letter, or swaps the two: the rest of the catalogue is skipped unmeasured.
  const sharesStart = norm[0] === q[0] || norm[1] === q[1] || (norm[0] === q[1] && norm[1] === q[0]);
  if (q.length >= 4 && sharesStart && norm.length >= q.length - allowed) {
    // Typo in what has been typed so far: compare with the same-length prefix ("pyhton" ~ "python").
    const d = editDistance(q, norm.slice(0, q.length));
    if (d <= allowed) return 40 - d * 5 - Math.min(10, norm.length - q.length) / 4;
  }
  return undefined;
}

/** Autocomplete: every skill whose name or alias matches, best first; ties go to the shorter, then alphabetical name. */
export function searchSkills(taxonomy: Taxonomy, query: SearchQuery): SearchHit[] {
  const q = normalizeName(query.q ?? '');
  const best = new Map<string, SearchHit>();
  if (!q) {
    return taxonomy.list
      .filter((s) => (!query.kind || s.kind === query.kind) && (!query.category || s.category === query.category))
      .map((skill) => ({ skill, score: 0 }))
      .sort((a, b) => a.skill.name.localeCompare(b.skill.name));
  }
  for (const surface of taxonomy.surfaceList) {
    const score = rank(surface.norm, q);
    if (score === undefined) continue;
    const skill = taxonomy.skills.get(surface.skillId);
    if (!skill || (query.kind && skill.kind !== query.kind) || (query.category && skill.category !== query.category)) continue;
    const adjusted = score + (surface.isName ? 1 : 0);
    const prev = best.get(skill.id);
    if (!prev || adjusted > prev.score) {
      best.set(skill.id, { skill, score: adjusted, ...(surface.isName ? {} : { matchedAlias: surface.display }) });
    }
  }
  return [...best.values()].sort(
    (a, b) => b.score - a.score || a.skill.name.length - b.skill.name.length || a.skill.name.localeCompare(b.skill.name),
  );
}

export type ResolveVia = 'exact' | 'alias' | 'fuzzy';

export interface Resolution {
  skill: Skill;
  via: ResolveVia;
  confidence: number;
}

function viaFor(skill: Skill, norm: string): ResolveVia {
  return normalizeName(skill.name) === norm ? 'exact' : 'alias';
}

function pick(taxonomy: Taxonomy, ids: readonly string[] | undefined): Skill | undefined {
  return ids && ids.length > 0 ? taxonomy.skills.get(ids[0] as string) : undefined;
}

/** An ESCO skill concept URI, as career sites and job platforms exchange them (https and a trailing slash tolerated). */
const ESCO_URI = /^https?:\/\/data\.europa\.eu\/esco\/skill\/([0-9a-fA-F-]{36})\/?$/;

/** Resolves what a person typed to one skill: an ESCO URI, name, alias, spacing and vendor variants, then one or two typos. */
export function resolveSkill(taxonomy: Taxonomy, input: string): Resolution | undefined {
  const escoUri = ESCO_URI.exec(input.trim());
  if (escoUri) {
    const skill = taxonomy.skills.get(
      taxonomy.byEsco.get(`http://data.europa.eu/esco/skill/${(escoUri[1] as string).toLowerCase()}`) ?? '',
    );
    return skill ? { skill, via: 'exact', confidence: 1 } : undefined;
  }
  const norm = normalizeName(input);
  if (!norm) return undefined;
  const direct = pick(taxonomy, taxonomy.byName.get(norm));
  if (direct) return { skill: direct, via: viaFor(direct, norm), confidence: 1 };
  const ambiguous = pick(taxonomy, taxonomy.byAmbiguousName.get(norm));
  if (ambiguous) return { skill: ambiguous, via: viaFor(ambiguous, norm), confidence: input.trim() === ambiguous.name ? 0.95 : 0.8 };
  const compactHit = pick(taxonomy, taxonomy.byCompactName.get(norm.replace(/ /g, '')));
  if (compactHit) return { skill: compactHit, via: 'alias', confidence: 0.95 };
  for (const vendor of VENDOR_PREFIXES) {
    if (norm.startsWith(`${vendor} `)) {
      const rest = norm.slice(vendor.length + 1);
      const hit = pick(taxonomy, taxonomy.byName.get(rest));
      if (hit) return { skill: hit, via: 'alias', confidence: 0.9 };
    }
  }
  const singular = norm.replace(/(?<=[a-z]{3})(?:es|s)$/, '');
  if (singular !== norm) {
    const hit = pick(taxonomy, taxonomy.byName.get(singular));
    if (hit) return { skill: hit, via: 'alias', confidence: 0.9 };
  }
  // "electronic" is not a typo of "electronics", nor "logistic" of "logistics": an adjective beside the field's name.
  const fuzzy = taxonomy.fuzzyNames.lookup(norm).find((n) => n.word !== `${norm}s` && `${n.word}s` !== norm);
  if (fuzzy) {
    const hit = pick(taxonomy, fuzzy.values);
    if (hit) return { skill: hit, via: 'fuzzy', confidence: Math.max(0.5, 1 - fuzzy.distance / Math.max(4, norm.length)) };
  }
  return undefined;
}
