#!/usr/bin/env node
/**
 * skill-matcher on the command line, in process (no server):
 *   skill-matcher extract postings/*.txt > out.ndjson
 *   skill-matcher match --posting p.txt --resume r.pdf
 *   skill-matcher rank --postings DIR --resume r.json
 * JSON or NDJSON on stdout, a progress bar and one message per bad file on stderr; exit 1 when any file failed.
 */
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { AnalysedPosting } from '../core/posting.js';
import { loadTaxonomy, type Taxonomy } from '../core/taxonomy/index.js';
import { analysePosting, fitOf, readProfile } from './fit.js';
import { InputError, postingFilesIn, readPosting, readResumeFile } from './inputs.js';
import { progress } from './progress.js';

function packageVersion(): string {
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'skill-matcher' && pkg.version) return pkg.version;
    } catch {
      // not at this depth (source vs dist)
    }
  }
  return '0.0.0';
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return n;
}

let failures = 0;

function reportFailure(err: unknown, log: (line: string) => void): void {
  failures += 1;
  log(`skill-matcher: ${err instanceof InputError ? err.message : err instanceof Error ? err.message : String(err)}`);
}

function writeLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

let taxonomy: Taxonomy | undefined;
const theTaxonomy = (): Taxonomy => (taxonomy ??= loadTaxonomy());

/** Analyses each posting file; failures are reported and skipped. */
async function analyseAll(
  files: string[],
  showProgress: boolean | undefined,
  each: (file: string, analysis: AnalysedPosting) => void,
): Promise<void> {
  const bar = progress(files.length, showProgress ?? (files.length > 1 && process.stderr.isTTY === true));
  try {
    for (const file of files) {
      try {
        each(file, analysePosting(theTaxonomy(), await readPosting(file)));
      } catch (err) {
        reportFailure(err, bar.log);
      }
      bar.tick(file);
    }
  } finally {
    bar.stop();
  }
}

const progressOption = (): Option =>
  new Option('--progress', 'show a progress bar on stderr (default: when stderr is a terminal and there are several files)');

export function cli(): Command {
  const program = new Command('skill-matcher')
    .description('Extract the skills of job postings, score a résumé against a posting, rank postings for a résumé. In process, no server.')
    .version(packageVersion())
    .showHelpAfterError();

  program
    .command('extract')
    .description('extract the skills each posting asks for: one NDJSON line per file ({ file, requirements, groups, … })')
    .argument('<files...>', 'posting files: .txt, .md, .json (text, schema.org JobPosting or JSON Resume job), .pdf, .docx')
    .option('--json', 'one JSON array instead of NDJSON')
    .addOption(progressOption())
    .option('--no-progress', 'never show the progress bar')
    .action(async (files: string[], opts: { json?: boolean; progress?: boolean }) => {
      const all: unknown[] = [];
      await analyseAll(files, opts.progress, (file, analysis) => {
        const line = { file, ...analysis };
        if (opts.json) all.push(line);
        else writeLine(line);
      });
      if (opts.json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    });

  program
    .command('match')
    .description('score how well a résumé fits a posting: the fit report as JSON (the same as POST /v1/match)')
    .requiredOption('--posting <file>', 'the posting file')
    .requiredOption('--resume <file>', 'the résumé file: .json is JSON Resume; .txt, .md, .pdf, .docx are read as text')
    .option('--compact', 'one line of JSON instead of indented')
    .action(async (opts: { posting: string; resume: string; compact?: boolean }) => {
      try {
        const [posting, resume] = await Promise.all([readPosting(opts.posting), readResumeFile(opts.resume)]);
        const report = fitOf(theTaxonomy(), analysePosting(theTaxonomy(), posting), readProfile(theTaxonomy(), resume));
        process.stdout.write(`${JSON.stringify(report, null, opts.compact ? undefined : 2)}\n`);
      } catch (err) {
        reportFailure(err, (line) => process.stderr.write(`${line}\n`));
      }
    });

  program
    .command('rank')
    .description('rank every posting in a folder for one résumé, best first: NDJSON lines { rank, file, score, band, summary, gaps }')
    .requiredOption('--postings <dir>', 'folder of posting files (.txt, .md, .json, .pdf, .docx)')
    .requiredOption('--resume <file>', 'the résumé file: .json is JSON Resume; .txt, .md, .pdf, .docx are read as text')
    .option('--limit <n>', 'only the best n', positiveInt)
    .option('--json', 'one JSON array instead of NDJSON')
    .addOption(progressOption())
    .option('--no-progress', 'never show the progress bar')
    .action(async (opts: { postings: string; resume: string; limit?: number; json?: boolean; progress?: boolean }) => {
      let files: string[];
      let profile;
      try {
        files = await postingFilesIn(opts.postings);
        profile = readProfile(theTaxonomy(), await readResumeFile(opts.resume));
      } catch (err) {
        reportFailure(err, (line) => process.stderr.write(`${line}\n`));
        return;
      }
      const ranked: { file: string; title?: string; score: number; band: string; summary: string; gaps: string[] }[] = [];
      await analyseAll(files, opts.progress, (file, analysis) => {
        const report = fitOf(theTaxonomy(), analysis, profile);
        ranked.push({
          file,
          ...(analysis.title ? { title: analysis.title } : {}),
          score: report.score,
          band: report.band,
          summary: report.summary,
          gaps: report.gaps.map((g) => g.skill.name),
        });
      });
      // Best first; ties keep file-name order (the sort is stable and files come sorted).
      ranked.sort((a, b) => b.score - a.score);
      const lines = ranked.slice(0, opts.limit ?? ranked.length).map((r, i) => ({ rank: i + 1, ...r }));
      if (opts.json) process.stdout.write(`${JSON.stringify(lines, null, 2)}\n`);
      else lines.forEach(writeLine);
    });

  return program;
}

cli()
  .parseAsync(process.argv)
  .then(() => {
    process.exitCode = failures > 0 ? 1 : 0;
  })
  .catch((err: unknown) => {
    process.stderr.write(`skill-matcher: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
