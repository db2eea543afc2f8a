/**
 * Job titles read from real CVs (`npm run eval:titles -- [--file eval/titles/data/resumes.jsonl] [--verbose]`):
 * for each résumé, the occupations the service reads from its text against the occupation of the title a
 * person labelled as its most recent. Prints how many résumés resolve to any occupation and how many to the
 * labelled one (the same occupation or its ISCO unit group). The texts are not in the repository; see
 * eval/titles/SOURCE.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadOccupations } from '../src/core/occupations/index.js';
import { occupationRelation } from '../src/core/occupations/relation.js';
import { resolveOccupation } from '../src/core/occupations/resolve.js';
import { readResume } from '../src/core/resume/intake.js';
import { resumeOccupations } from '../src/core/score/occupation.js';
import { loadTaxonomy } from '../src/core/taxonomy/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { file: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
const file = values.file ?? join(root, 'eval/titles/data/resumes.jsonl');
const { verbose } = values;

interface Row {
  id: string;
  category: string;
  title: string | null;
  text: string;
}

const taxonomy = loadTaxonomy();
const occupations = loadOccupations();
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

let resolved = 0;
let labelled = 0;
let matched = 0;
for (const row of rows) {
  const expected = row.title ? resolveOccupation(occupations, row.title)?.occupation : undefined;
  const held = resumeOccupations(occupations, readResume(taxonomy, { text: row.text }), taxonomy);
  if (held.length > 0) resolved++;
  if (expected) labelled++;
  const relations = expected ? held.map((h) => occupationRelation(expected, h)) : [];
  const hit = relations.some((r) => r === 'same' || r === 'same-group');
  if (hit) matched++;
  if (verbose) {
    const mark = hit ? '+' : held.length > 0 ? '~' : '-';
    console.log(
      `${mark} ${row.category.padEnd(22)} ${(row.title ?? '').slice(0, 32).padEnd(32)} → ${held.map((h) => h.name).join('; ') || '(none)'}`,
    );
  }
}
console.log(`SUMMARY resumes=${rows.length} resolvedAny=${resolved} labelledTitleResolves=${labelled} sameOccupationOrGroup=${matched}`);
