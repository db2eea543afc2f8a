/**
 * npm run taxonomy:coverage -- <skillspan.jsonl> [--onet Technology_Skills.tsv] [--top 40]
 *
 * How much of real skill vocabulary the taxonomy covers:
 *  - SkillSpan "knowledge" spans that resolve to a skill, as a whole name or by containing one;
 *  - O*NET "Hot Technology" names that resolve to a skill;
 * and the most frequent misses, to find what the catalogue lacks. Always prints the skills per family (data file),
 * kind and category, and how many carry an ESCO URI or an O*NET code.
 */
import { readFileSync } from 'node:fs';
import { skillHitsIn } from '../src/core/extract/skill-hits.js';
import { normalizeName } from '../src/core/taxonomy/compile.js';
import { FAMILIES } from '../src/core/taxonomy/data/index.js';
import { loadTaxonomy } from '../src/core/taxonomy/index.js';
import { resolveSkill } from '../src/core/taxonomy/search.js';
import { normalizeText } from '../src/core/text/normalize.js';
import { tokenize } from '../src/core/text/tokenize.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const skillspanFile = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const onetFile = option('onet');
const top = Number(option('top') ?? 40);
const taxonomy = loadTaxonomy();

function covers(name: string): 'whole' | 'contains' | undefined {
  if (resolveSkill(taxonomy, name)) return 'whole';
  const doc = normalizeText(name);
  return skillHitsIn(taxonomy, tokenize(doc.text), doc.text).length > 0 ? 'contains' : undefined;
}

function topMisses(misses: Map<string, number>): string {
  return [...misses]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([k, v]) => `${k} ×${v}`)
    .join(', ');
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

console.log(
  `taxonomy ${taxonomy.version}: ${taxonomy.stats.skills} skills, ${taxonomy.stats.surfaces} surfaces, compiled in ${taxonomy.stats.compileMs.toFixed(0)} ms`,
);
const tally = (keys: string[]): string => {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
};
console.log('skills per family:');
for (const family of FAMILIES) {
  const withEsco = family.skills.filter((s) => s.esco).length;
  const withOnet = family.skills.filter((s) => s.onet).length;
  console.log(
    `  ${family.family.padEnd(24)} ${String(family.skills.length).padStart(5)}   esco ${String(withEsco).padStart(4)}   onet ${String(withOnet).padStart(4)}`,
  );
}
console.log(`skills per kind: ${tally(taxonomy.list.map((s) => s.kind))}`);
console.log(`skills per category: ${tally(taxonomy.list.map((s) => s.category))}`);
if (skillspanFile) {
  let total = 0;
  let whole = 0;
  let contains = 0;
  const misses = new Map<string, number>();
  for (const line of readFileSync(skillspanFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text: string; spans: { start: number; end: number; type: string }[] };
    for (const span of row.spans) {
      if (span.type !== 'knowledge') continue;
      total++;
      const text = row.text.slice(span.start, span.end);
      const how = covers(text);
      if (how === 'whole') whole++;
      else if (how === 'contains') contains++;
      else {
        const key = normalizeName(text);
        misses.set(key, (misses.get(key) ?? 0) + 1);
      }
    }
  }
  console.log(
    `SkillSpan knowledge spans: ${total}; resolved as a whole ${pct(whole, total)}; resolved (whole or containing a skill) ${pct(whole + contains, total)}`,
  );
  console.log(`most frequent misses: ${topMisses(misses)}`);
}
if (onetFile) {
  const hot = new Set<string>();
  for (const line of readFileSync(onetFile, 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols[4] === 'Y' && cols[1]) hot.add(cols[1]);
  }
  const missed = [...hot].filter((name) => !resolveSkill(taxonomy, name));
  console.log(`O*NET hot technologies: ${hot.size}; resolved ${pct(hot.size - missed.length, hot.size)}`);
  if (missed.length) console.log(`missed: ${missed.slice(0, top).join(', ')}`);
}
if (!skillspanFile && !onetFile) console.log('(add <skillspan.jsonl> and/or --onet Technology_Skills.tsv for vocabulary coverage)');
