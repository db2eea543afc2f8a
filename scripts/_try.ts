import { readFileSync } from 'node:fs';
import { readResume } from '../src/core/resume/intake.js';
import { loadTaxonomy } from '../src/core/taxonomy/index.js';
const t = loadTaxonomy();
const p = readResume(t, { text: readFileSync(process.argv[2]!, 'utf8') }, { asOf: '2026-12' });
console.log(JSON.stringify({ ...p, skills: p.skills.map((s) => `${s.id}${s.level ? ':' + s.level : ''}${s.levelText ? '(' + s.levelText + ')' : ''}${s.shownInWork ? ' W' : ''} [${[...new Set(s.evidence.map((e) => e.section))].join(',')}]`) }, null, 1));
