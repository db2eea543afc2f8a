/**
 * npm run taxonomy:import -- <onet Technology_Skills.tsv> <esco folder> [prose.jsonl …]
 *
 * Finds tool and knowledge names the catalogue lacks in O*NET Technology Skills (product names) and ESCO's
 * digital, green and research collections (knowledge concepts), and writes them as skill families
 * (src/core/taxonomy/data/tools-*.json, esco-knowledge.json) for a curator to review as a diff.
 *
 * The precision guards are the catalogue's own, decided from the words of each name:
 *  - a category description ("Word processing software", "Enterprise resource planning ERP system") is no tool;
 *  - a name made only of ordinary words ("My Clients Plus") matches only as written (caseSensitive);
 *  - a one-word name counts only beside another tool (requireContext), and keeps its case when it is an ordinary
 *    word, a plain capitalised word or capitals ("Maple", "Epic", "MAGIC");
 *  - short acronyms match only in capitals;
 *  - a vendor's name ("Dassault Systemes SolidWorks") gives the product alone as an alias when what remains
 *    is not ordinary words;
 *  - nothing the catalogue already names is added, and no surface is given to two skills;
 *  - a name that reads like a job (an ESCO occupation label, or ordinary words before a role word: "Restaurant
 *    Manager", "Special Agent") is skipped, since it would read job titles as tools.
 * "Ordinary words" are the words ESCO's own occupation and skill descriptions, and any prose given (SkillSpan train
 * postings, résumés), use in lower case.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { normalizeName } from '../src/core/taxonomy/compile.js';
import { FAMILIES, familyUrl } from '../src/core/taxonomy/data/index.js';
import { loadTaxonomy } from '../src/core/taxonomy/index.js';
import { resolveSkill } from '../src/core/taxonomy/search.js';
import type { AliasSeed, SkillCategory, SkillSeed } from '../src/core/taxonomy/types.js';

const [onetFile, escoDir, ...proseFiles] = process.argv.slice(2);
if (!onetFile || !escoDir) {
  console.error('usage: npm run taxonomy:import -- <Technology_Skills.tsv> <esco folder> [prose.jsonl …]');
  process.exit(2);
}

interface Placement {
  family: string;
  category: SkillCategory;
}
const exclusions = JSON.parse(readFileSync(new URL('./data/import-exclusions.json', import.meta.url), 'utf8')) as {
  productAliases: Record<string, string>;
};
const commodities = JSON.parse(readFileSync(new URL('./data/onet-commodities.json', import.meta.url), 'utf8')) as {
  default: Placement;
  families: Record<string, string>;
  codes: Record<string, Placement>;
  names: Record<string, Placement | string>;
};

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => parse(readFileSync(join(escoDir as string, file), 'utf8'), { columns: true }) as Row[];

// Ordinary English: words ESCO writes in lower case in its descriptions and labels.
const ordinary = new Map<string, number>();
for (const file of [
  'occupations_en.csv',
  'ISCOGroups_en.csv',
  'skillGroups_en.csv',
  'greenSkillsCollection_en.csv',
  'digitalSkillsCollection_en.csv',
]) {
  for (const row of readCsv(file)) {
    for (const w of `${row.description ?? ''} ${row.preferredLabel ?? ''} ${row.altLabels ?? ''}`.match(/\b[a-z][a-z'-]+\b/g) ?? []) {
      ordinary.set(w, (ordinary.get(w) ?? 0) + 1);
    }
  }
}
// More ordinary English from any prose given (JSON lines with a "text" field: postings, résumés).
for (const file of proseFiles) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = String((JSON.parse(line) as { text?: unknown }).text ?? '');
    for (const w of text.match(/\b[a-z][a-z'-]+\b/g) ?? []) ordinary.set(w, (ordinary.get(w) ?? 0) + 1);
  }
}
const isOrdinary = (word: string): boolean => (ordinary.get(word.toLowerCase()) ?? 0) >= 2;

// A product named like a job ("Restaurant Manager", "Site Manager", "Special Agent") would read job titles as tools.
const occupationLabels = new Set<string>();
for (const row of readCsv('occupations_en.csv')) {
  for (const label of [row.preferredLabel ?? '', ...(row.altLabels ?? '').split('\n')])
    if (label.trim()) occupationLabels.add(normalizeName(label));
}

const words = (s: string): string[] => s.split(/[\s/]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const isAcronym = (w: string): boolean => /^[A-Z0-9&-]{2,}$/.test(w) && /[A-Z]/.test(w);

/** The files this script writes are replaced on each run, so only the hand-written families count as known. */
const isImported = (family: string): boolean => family.startsWith('tools-') || family === 'esco-knowledge';
const HAND_WRITTEN = FAMILIES.filter((f) => !isImported(f.family)).flatMap((f) => f.skills);
const handWrittenIds = new Set(HAND_WRITTEN.map((s) => s.id));
// A hand-written skill may point at an imported one ("screen-reader"); without the imports those links are dropped.
const withinHandWritten = (ids: string[] | undefined): string[] | undefined => ids?.filter((id) => handWrittenIds.has(id));
const taxonomy = loadTaxonomy(
  HAND_WRITTEN.map((s) => ({ ...s, broader: withinHandWritten(s.broader), related: withinHandWritten(s.related) })),
);
/** Every name and alias the catalogue holds (as the compiler normalised them), and each one claimed below. */
const taken = new Set<string>([...taxonomy.byName.keys(), ...taxonomy.byAmbiguousName.keys()]);
const textOf = (surface: AliasSeed): string => (typeof surface === 'string' ? surface : surface.text);
const surfaceNamed = (surfaces: readonly AliasSeed[], name: string): AliasSeed | undefined =>
  surfaces.find((s) => normalizeName(textOf(s)) === normalizeName(name));
const takenIds = new Set(HAND_WRITTEN.map((s) => s.id));
const knownAlready = (name: string): boolean => taken.has(normalizeName(name)) || resolveSkill(taxonomy, name) !== undefined;

/** A surface with the guard its words call for, or undefined when it is too weak to stand alone. */
function guarded(text: string): AliasSeed | undefined {
  const ws = words(text);
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2 || ws.length === 0) return undefined;
  if (ws.length === 1) {
    const [w] = ws as [string];
    if (letters.length <= 2) return undefined;
    if (isAcronym(w) && letters.length <= 4) return { text, caseSensitive: true };
    // One word nobody has reviewed counts only among other tools ("SolidWorks, AutoCAD"), never alone in prose,
    // where "LinkedIn", "NetWorker" or "Magic" are mostly something else; words, names and capitals keep their case.
    return isOrdinary(w) || /^\p{Lu}\p{Ll}+$/u.test(w) || isAcronym(w)
      ? { text, caseSensitive: true, requireContext: true }
      : { text, requireContext: true };
  }
  if (ws.every((w) => isOrdinary(w) || /^\d+$/.test(w) || isAcronym(w))) return { text, caseSensitive: true };
  return text;
}

/** "Email software", "Positive train control PTC systems", "Genotyping software": a class of software, not a product. */
function isCategoryDescription(name: string, original: string): boolean {
  const [first, ...rest] = words(name);
  if (!first) return true;
  if (rest.length === 0 && / software$/i.test(original) && /(ing|ic|ics|ical|ion|ment|ry|ers|ors|al|ive)$/.test(first)) return true;
  const restPlain = rest.every((w) => /^[\p{Ll}\d'-]+$/u.test(w) || isAcronym(w));
  return restPlain && isOrdinary(first);
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function uniqueId(name: string): string | undefined {
  const base = slug(name);
  if (!base) return undefined;
  for (const candidate of [base, `${base}-software`, `${base}-tool`]) {
    if (!takenIds.has(candidate)) {
      takenIds.add(candidate);
      return candidate;
    }
  }
  return undefined;
}

function claim(surfaces: AliasSeed[]): AliasSeed[] {
  const kept: AliasSeed[] = [];
  for (const s of surfaces) {
    const key = normalizeName(textOf(s));
    // The compiler folds plurals, so "knowledge bases" is taken when "knowledge base" is.
    if (!key || [key, `${key}s`, `${key}es`, key.replace(/e?s$/, '')].some((k) => taken.has(k))) continue;
    taken.add(key);
    kept.push(s);
  }
  return kept;
}

const out = new Map<string, SkillSeed[]>();
const add = (family: string, seed: SkillSeed): void => void out.set(family, [...(out.get(family) ?? []), seed]);

// --- O*NET product names
interface Tech {
  name: string;
  codes: Map<string, number>;
  occupations: number;
  hot: boolean;
}
const techs = new Map<string, Tech>();
for (const line of readFileSync(onetFile, 'utf8').split('\n').slice(1)) {
  const [, example, code, , hot] = line.split('\t');
  if (!example || !code) continue;
  const t = techs.get(example) ?? { name: example.trim(), codes: new Map(), occupations: 0, hot: false };
  t.codes.set(code, (t.codes.get(code) ?? 0) + 1);
  t.occupations += 1;
  t.hot ||= hot === 'Y';
  techs.set(example, t);
}
const ordered = [...techs.values()].sort(
  (a, b) => Number(b.hot) - Number(a.hot) || b.occupations - a.occupations || a.name.localeCompare(b.name),
);

// A vendor is a one- or two-word prefix, not an ordinary word, that starts at least two product names.
const prefixCount = new Map<string, number>();
for (const t of ordered) {
  const ws = words(t.name);
  for (const n of [1, 2])
    if (ws.length > n) prefixCount.set(ws.slice(0, n).join(' '), (prefixCount.get(ws.slice(0, n).join(' ')) ?? 0) + 1);
}
const isVendor = (ws: string[]): boolean => !isOrdinary(ws[0] as string) && (prefixCount.get(ws.join(' ')) ?? 0) >= 2;

const ROLE_WORD =
  /^(?:manager|director|engineer|developer|designer|analyst|assistant|agent|advisor|adviser|planner|architect|editor|writer|trainer|clerk|administrator|specialist|consultant|coordinator|technician|officer|supervisor)s?$/i;
/** An ESCO occupation's label, or an ordinary word before a role word that is no vendor's ("Site Manager", "Bid Assistant"). */
const readsLikeAJob = (name: string): boolean => {
  const ws = words(name);
  if (occupationLabels.has(normalizeName(name))) return true;
  return ws.length === 2 && ROLE_WORD.test(ws[1] as string) && isOrdinary(ws[0] as string) && !isVendor([ws[0] as string]);
};

/**
 * "Dassault Systemes SolidWorks" -> "SolidWorks": the product alone, when one distinctive word follows a vendor.
 * Like every unreviewed one-word name it needs a technical neighbour; a plain capitalised word ("Darwin",
 * "Thunderbird") also keeps its case.
 */
function productAlias(display: string): AliasSeed | undefined {
  const ws = words(display);
  const product = ws.at(-1) as string;
  if (ws.length < 2 || ws.length > 3 || !isVendor(ws.slice(0, -1)) || isOrdinary(product) || product.length < 4) return undefined;
  if (/^\d/.test(product) || knownAlready(product) || occupationLabels.has(normalizeName(product))) return undefined;
  if (Object.hasOwn(exclusions.productAliases, product)) return undefined;
  return /\p{Ll}\p{Lu}/u.test(product)
    ? { text: product, requireContext: true }
    : { text: product, caseSensitive: true, requireContext: true };
}

let onetSkipped = 0;
for (const t of ordered) {
  const display = t.name.replace(/\s+(software|Software)$/, '').trim();
  // A long name one occupation lists ("New Millennium Communications Genesis Accounting") is not how postings write it.
  const tooLong = words(display).length >= 4 && t.occupations === 1;
  if (tooLong || isCategoryDescription(display, t.name) || readsLikeAJob(display) || knownAlready(display) || knownAlready(t.name)) {
    onetSkipped++;
    continue;
  }
  const surfaces = claim([guarded(display), productAlias(display)].filter((s): s is AliasSeed => s !== undefined));
  if (surfaces.length === 0) {
    onetSkipped++;
    continue;
  }
  const id = uniqueId(display);
  if (!id) continue;
  const code = [...t.codes].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  const byName = commodities.names[display];
  const placement = (typeof byName === 'object' ? byName : undefined) ?? commodities.codes[code] ?? commodities.default;
  const nameSurface = surfaceNamed(surfaces, display);
  const aliases = surfaces.filter((s) => s !== nameSurface);
  const seed: SkillSeed = { id, name: display, kind: 'hard', category: placement.category };
  // The name is itself a surface unless a rule overrides it, so a guarded or already-taken name becomes a rule.
  if (nameSurface && typeof nameSurface !== 'string') aliases.unshift(nameSurface);
  if (!nameSurface) aliases.unshift({ text: display, caseSensitive: true, requireContext: true });
  if (aliases.length) seed.aliases = aliases;
  seed.onet = code;
  add(placement.family, seed);
}

// --- ESCO knowledge concepts (digital, green, research collections)
/** ESCO's generated variants ("types of …", "scope of …") never occur in postings. */
const ESCO_BOILERPLATE = /^(range|types?|typology|scope|diversity|characteristics|content|field|principles|variety|kinds?) of /i;
/** A knowledge concept is a lower-case noun phrase ("hazardous waste treatment"): several words match in any case. */
const knowledgeSurface = (text: string): AliasSeed | undefined =>
  words(text).length >= 2 && /^[\p{Ll}]/u.test(text) ? text : guarded(text);
const escoSeen = new Set(HAND_WRITTEN.map((s) => s.esco).filter(Boolean));
const escoCategory = (collection: string, label: string): SkillCategory =>
  collection === 'digital'
    ? /\b(law|legislation|regulation)/.test(label)
      ? 'legal-compliance'
      : 'software-practice'
    : collection === 'green'
      ? 'engineering'
      : 'research-method';
let escoSkipped = 0;
for (const [file, collection] of [
  ['digitalSkillsCollection_en.csv', 'digital'],
  ['greenSkillsCollection_en.csv', 'green'],
  ['researchSkillsCollection_en.csv', 'research'],
] as const) {
  for (const row of readCsv(file)) {
    if (row.skillType !== 'knowledge' || escoSeen.has(row.conceptUri)) continue;
    const label = (row.preferredLabel ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
    const alts = (row.altLabels ?? '')
      .split(' | ')
      .map((a) => a.replace(/\s*\([^)]*\)\s*$/, '').trim())
      .filter((a) => a && words(a).length <= 5 && !ESCO_BOILERPLATE.test(a));
    if (!label || knownAlready(label) || alts.some(knownAlready) || readsLikeAJob(label) || words(label).length > 6) {
      escoSkipped++;
      continue;
    }
    const surfaces = claim([label, ...alts].map(knowledgeSurface).filter((s): s is AliasSeed => s !== undefined));
    const nameSurface = surfaceNamed(surfaces, label);
    // A one-word lower-case concept ("ethnography") is a field, named in prose more often than asked.
    if (!nameSurface || (words(label).length === 1 && /^\p{Ll}/u.test(label))) {
      escoSkipped++;
      continue;
    }
    const id = uniqueId(label);
    if (!id) continue;
    escoSeen.add(row.conceptUri);
    const name = /^[a-z]/.test(label) ? label.charAt(0).toUpperCase() + label.slice(1) : label;
    const aliases = surfaces.filter((s) => s !== nameSurface);
    if (typeof nameSurface !== 'string') aliases.unshift({ ...nameSurface, text: name });
    const seed: SkillSeed = { id, name, kind: 'hard', category: escoCategory(collection, label) };
    if (aliases.length) seed.aliases = aliases;
    seed.esco = row.conceptUri as string;
    add('esco-knowledge', seed);
  }
}

// --- write, one key per line and arrays on one line, like the hand-written families
const inline = (v: unknown): string =>
  Array.isArray(v)
    ? `[ ${v.map(inline).join(', ')} ]`
    : typeof v === 'object' && v
      ? `{ ${Object.entries(v)
          .map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`)
          .join(', ')} }`
      : JSON.stringify(v);
const descriptions: Record<string, string> = {
  ...commodities.families,
  'esco-knowledge':
    "Knowledge concepts from ESCO's digital, green and research skill collections, with their ESCO URIs (imported by scripts/import-tools.ts, then reviewed).",
};
for (const [family, skills] of [...out].sort()) {
  const body = skills
    .map(
      (s) =>
        `    {\n${Object.entries(s)
          .map(([k, v]) => `      ${JSON.stringify(k)}: ${inline(v)}`)
          .join(',\n')}\n    }`,
    )
    .join(',\n');
  const text = `{\n  "$schema": "../skill-family.schema.json",\n  "family": ${JSON.stringify(family)},\n  "description": ${JSON.stringify(descriptions[family])},\n  "skills": [\n${body}\n  ]\n}\n`;
  writeFileSync(familyUrl(family), text);
  console.log(`${family}: ${skills.length} skills`);
}
console.log(`skipped: ${onetSkipped} O*NET names (known or a class of software), ${escoSkipped} ESCO concepts`);
