// Scores hand sets as published, glued and spaced (see relayout.mjs), each against the same relaid gold,
// and prints one pooled line per layout. Usage:
//   node eval/tools/score-layouts.mjs http://127.0.0.1:3000 eval/handset eval/handset2 …
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const [url, ...sets] = process.argv.slice(2);
if (!url || sets.length === 0) {
  console.error('usage: node eval/tools/score-layouts.mjs URL SET_DIR…');
  process.exit(2);
}
const scorer = fileURLToPath(new URL('../../../shared/eval/score.mjs', import.meta.url));
const relayout = fileURLToPath(new URL('./relayout.mjs', import.meta.url));
const out = `/tmp/score-layouts-${process.pid}`;
for (const layout of ['glued', 'spaced']) execFileSync('node', [relayout, layout, `${out}/${layout}`, ...sets]);

function pooled(layout, postingsOf) {
  const sum = { tp: 0, fp: 0, fn: 0, levelOk: 0, levelN: 0 };
  for (const set of sets) {
    const gold = `${out}/${layout}/${basename(set)}/gold`;
    const text = execFileSync('node', [scorer, '--url', url, '--gold', gold, '--postings', postingsOf(set), '--verbose'], {
      encoding: 'utf8',
    });
    for (const m of text.matchAll(/TP (\d+) {2}FP (\d+) {2}FN (\d+) .*?level (\d+)\/(\d+)/g)) {
      sum.tp += Number(m[1]);
      sum.fp += Number(m[2]);
      sum.fn += Number(m[3]);
      sum.levelOk += Number(m[4]);
      sum.levelN += Number(m[5]);
    }
  }
  const p = sum.tp / (sum.tp + sum.fp);
  const r = sum.tp / (sum.tp + sum.fn);
  return `found=${sum.tp} fp=${sum.fp} fn=${sum.fn} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${((2 * p * r) / (p + r)).toFixed(3)} level=${(sum.levelOk / sum.levelN).toFixed(3)}`;
}

for (const layout of ['glued', 'spaced']) {
  console.log(`LAYOUT ${layout.padEnd(6)} published ${pooled(layout, (set) => `${set}/postings`)}`);
  console.log(`LAYOUT ${layout.padEnd(6)} relaid    ${pooled(layout, (set) => `${out}/${layout}/${basename(set)}/postings`)}`);
}
