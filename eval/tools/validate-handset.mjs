// Checks a hand set's gold files the way /work/shared/eval/score.mjs reads them, and more strictly:
// every surface must occur (with the scorer's word-boundary rule), every group member must be a gold
// skill name, every group has a level and two members or more. Usage: node eval/tools/validate-handset.mjs eval/handset4
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { occurrences } from '../../../shared/eval/score.mjs';
const dir = process.argv[2] ?? fileURLToPath(new URL('../handset4', import.meta.url));
let bad = 0,
  total = 0,
  opt = 0;
for (const f of readdirSync(`${dir}/gold`)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const g = JSON.parse(readFileSync(`${dir}/gold/${f}`, 'utf8'));
  const text = readFileSync(`${dir}/postings/${g.posting}`, 'utf8');
  const names = new Set();
  for (const s of g.skills) {
    total++;
    if (s.optional) opt++;
    if (names.has(s.name)) {
      console.log(`${f}: duplicate name ${s.name}`);
      bad++;
    }
    names.add(s.name);
    if (!s.optional && !(s.level ?? []).every((l) => ['required', 'preferred', 'mentioned'].includes(l))) {
      console.log(`${f}: bad level ${s.name}`);
      bad++;
    }
    if (!s.optional && !s.level?.length) {
      console.log(`${f}: no level ${s.name}`);
      bad++;
    }
    if (!['hard', 'soft', 'language'].includes(s.kind)) {
      console.log(`${f}: bad kind ${s.name}`);
      bad++;
    }
    for (const sf of s.surfaces ?? []) {
      if (occurrences(text, sf, s.caseSensitive).length === 0) {
        console.log(`${f}: surface not found: ${JSON.stringify(sf)} (${s.name})`);
        bad++;
      }
    }
    // The scorer refuses a scored label it cannot find in the text.
    if (!s.optional && !(s.surfaces ?? []).some((sf) => occurrences(text, sf, s.caseSensitive).length > 0)) {
      console.log(`${f}: scored label without a surface in the text: ${s.name}`);
      bad++;
    }
  }
  for (const gg of g.groups ?? []) {
    if (!['required', 'preferred', 'mentioned'].includes(gg.level)) {
      console.log(`${f}: bad group level ${JSON.stringify(gg.members)}`);
      bad++;
    }
    if ((gg.members ?? []).length < 2) {
      console.log(`${f}: group with fewer than 2 members`);
      bad++;
    }
    for (const m of gg.members ?? [])
      if (!names.has(m)) {
        console.log(`${f}: group member not a skill: ${m}`);
        bad++;
      }
  }
  console.log(
    `${f}: ${g.skills.length} skills (${g.skills.filter((s) => !s.optional).length} scored), ${(g.groups ?? []).length} groups, text ${text.length} chars`,
  );
}
console.log(`TOTAL ${total} labels, ${total - opt} scored, ${opt} optional; problems: ${bad}`);
process.exit(bad ? 1 : 0);
