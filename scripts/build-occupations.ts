/**
 * Derives src/core/occupations/data/occupations.json from the ESCO CSV export
 * (`npm run occupations:build -- ../shared/data/esco`). Run by hand when ESCO changes; the output is
 * committed and nothing reads the CSV at run time or in tests.
 * This service uses the ESCO classification of the European Commission.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const target = fileURLToPath(new URL('../src/core/occupations/data/occupations.json', import.meta.url));
const ESCO_RELEASE = 'ESCO v1.2 (English CSV export)';
const ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';

type Row = Record<string, string>;

/**
 * The copy of the export this was built from had every "aura" replaced by "cloud" ("restcloudnt
 * manager"); the official ESCO download does not, so this undoes only that substitution.
 */
const repairText = (text: string): string =>
  text
    .replace(/restcloudnt/g, 'restaurant')
    .replace(/Restcloudnt/g, 'Restaurant')
    .replace(/cloudlly/g, 'aurally');

async function readCsv(path: string): Promise<Row[]> {
  return parse(repairText(await readFile(path, 'utf8')), { columns: true, skip_empty_lines: true, relax_quotes: false }) as Row[];
}

const labels = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split('\n')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '../shared/data/esco';
  const occupations = await readCsv(join(dir, 'occupations_en.csv'));
  const groups = await readCsv(join(dir, 'ISCOGroups_en.csv'));

  const iscoGroups: Record<string, string> = {};
  for (const g of groups) {
    if (!g.code || !/^\d{1,4}$/.test(g.code) || !g.preferredLabel) continue;
    iscoGroups[g.code] = g.preferredLabel.trim();
  }

  const list = occupations
    .filter((r) => r.status === 'released')
    .map((r) => {
      const name = (r.preferredLabel ?? '').replace(/\s+/g, ' ').trim();
      const lowerName = name.toLowerCase();
      const seen = new Set([lowerName]);
      const alt = labels(r.altLabels).filter((a) => {
        const k = a.toLowerCase();
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      return { id: r.code ?? '', esco: r.conceptUri ?? '', name, isco: r.iscoGroup ?? '', alt };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

  for (const o of list) {
    if (!/^\d{4}(\.\d+)+$/.test(o.id)) throw new Error(`unexpected ESCO code "${o.id}" for ${o.esco}`);
    if (!iscoGroups[o.isco]) throw new Error(`ISCO group ${o.isco} of ${o.id} has no label`);
  }

  const data = { release: ESCO_RELEASE, attribution: ATTRIBUTION, iscoGroups, occupations: list };
  // One occupation per line: compact, yet a diff shows which occupation changed.
  const body = [
    '{',
    `"release":${JSON.stringify(data.release)},`,
    `"attribution":${JSON.stringify(data.attribution)},`,
    `"iscoGroups":${JSON.stringify(iscoGroups)},`,
    '"occupations":[',
    list.map((o) => JSON.stringify(o)).join(',\n'),
    ']}',
    '',
  ].join('\n');
  await writeFile(target, body);
  const alts = list.reduce((n, o) => n + o.alt.length, 0);
  process.stdout.write(
    `wrote ${target}: ${list.length} occupations, ${alts} alternative labels, ${Object.keys(iscoGroups).length} ISCO groups\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`build-occupations failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
