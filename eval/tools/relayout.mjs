// Rewrites hand sets in the layouts scrapes produce, to measure how the extractor holds up on them:
//   glued:  line breaks removed with nothing between ("…orientationTypical DutiesEngineering design…"),
//           as when a page's block markup is stripped;
//   spaced: line breaks replaced by one space ("… orientation Typical Duties Engineering design …").
// Markdown emphasis, escapes and bullets go first (a scrape keeps none of them). A gold label whose every
// surface was glued to a neighbour becomes optional in the rewritten set; the same gold also scores the
// published texts, so the two figures compare like with like.
//
//   node eval/tools/relayout.mjs glued /tmp/relayout/glued eval/handset eval/handset2 …
//   node /work/shared/eval/score.mjs --url … --gold /tmp/relayout/glued/handset2/gold --postings /tmp/relayout/glued/handset2/postings
//   node /work/shared/eval/score.mjs --url … --gold /tmp/relayout/glued/handset2/gold --postings eval/handset2/postings
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { occurrences } from '../../../shared/eval/score.mjs';

const [layout, out, ...sets] = process.argv.slice(2);
if (!['glued', 'spaced'].includes(layout) || !out || sets.length === 0) {
  console.error('usage: node eval/tools/relayout.mjs glued|spaced OUT_DIR SET_DIR…');
  process.exit(2);
}
const joiner = layout === 'glued' ? '' : ' ';

function relayout(text) {
  return text
    .replace(/\\(?=\n)/g, '')
    .replace(/\\([-*_#.\\])/g, '$1')
    .replace(/\*\*|__|^---+$/gm, '')
    .replace(/[ \t]*\n\s*(?:[-*•·]\s+)?/g, joiner)
    .replace(/#+\s*/g, '');
}

for (const set of sets) {
  const target = `${out}/${basename(set)}`;
  mkdirSync(`${target}/postings`, { recursive: true });
  mkdirSync(`${target}/gold`, { recursive: true });
  for (const file of readdirSync(`${set}/postings`).filter((f) => f.endsWith('.txt'))) {
    const text = relayout(readFileSync(`${set}/postings/${file}`, 'utf8'));
    writeFileSync(`${target}/postings/${file}`, text);
    const gold = JSON.parse(readFileSync(`${set}/gold/${file.replace(/\.txt$/, '.json')}`, 'utf8'));
    for (const skill of gold.skills) {
      skill.surfaces = (skill.surfaces ?? []).filter((s) => occurrences(text, s, skill.caseSensitive).length > 0);
      if (skill.surfaces.length === 0) skill.optional = true;
    }
    const names = new Set(gold.skills.map((s) => s.name));
    gold.groups = (gold.groups ?? []).filter((g) => g.members.every((m) => names.has(m)));
    writeFileSync(`${target}/gold/${file.replace(/\.txt$/, '.json')}`, `${JSON.stringify(gold, null, 1)}\n`);
  }
}
console.log(`${layout}: ${sets.length} sets written to ${out}`);
