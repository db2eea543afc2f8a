// How far two hand annotations of the same postings agree, read by the shared scorer itself: each annotation is
// served as if it were the service's answer and scored against the other. With --url, the service is scored
// against both in the same run.
//   node eval/tools/agreement.mjs [--url http://127.0.0.1:3000] [--sets "60 63 72 73"]
// First annotation: eval/handsetN/gold; second: eval/agreement/setN/gold; texts: eval/handsetN/postings.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { occurrences } from '../../../shared/eval/score.mjs';

const evalDir = fileURLToPath(new URL('..', import.meta.url));
const scorer = fileURLToPath(new URL('../../../shared/eval/score.mjs', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const sets = arg('sets', '60 63 72 73').split(/\s+/).filter(Boolean);
const service = arg('url');
const STRENGTH = { required: 3, preferred: 2, mentioned: 1 };

/** An annotation as the service would answer: its scored labels, each at its strongest level, its scored groups. */
function answersOf(goldDir, postingsDir) {
  const byText = new Map();
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(`${goldDir}/${file}`, 'utf8'));
    const text = readFileSync(`${postingsDir}/${gold.posting}`, 'utf8');
    const scored = gold.skills.filter((s) => !s.optional);
    const ids = new Map(scored.map((s, k) => [s.name, `s${k}`]));
    const requirements = scored.map((s) => ({
      skill: { id: ids.get(s.name), name: s.name, aliases: s.aliases ?? [] },
      level: [...s.level].sort((a, b) => STRENGTH[b] - STRENGTH[a])[0],
      mentions: (s.surfaces ?? [])
        .flatMap((surface) => occurrences(text, surface, s.caseSensitive))
        .map(([start, end]) => ({ start, end })),
    }));
    const groups = (gold.groups ?? [])
      .filter((g) => !g.optional)
      .map((g, k) => ({ id: `g${k}`, skills: g.members.map((m) => ids.get(m)).filter(Boolean) }))
      .filter((g) => g.skills.length >= 2);
    byText.set(text, { requirements, groups });
  }
  return byText;
}

function serve(byText) {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const answer = byText.get(JSON.parse(body || '{}').text);
      res.writeHead(answer ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer ?? { error: 'not an annotated text' }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const totals = new Map();
async function score(label, url, goldDir, postingsDir) {
  // Asynchronous: the annotations are served from this process while the scorer runs.
  const { stdout: out } = await promisify(execFile)('node', [
    scorer,
    '--url',
    url,
    '--gold',
    goldDir,
    '--postings',
    postingsDir,
    '--verbose',
  ]);
  const t = totals.get(label) ?? { tp: 0, fp: 0, fn: 0, levelOk: 0, levelN: 0, groupHits: 0, groupN: 0, spurious: 0 };
  for (const m of out.matchAll(/TP (\d+)\s+FP (\d+)\s+FN (\d+).*?level (\d+)\/(\d+)\s+groups (\d+)\/(\d+)/g)) {
    const [tp, fp, fn, lo, ln, gh, gn] = m.slice(1).map(Number);
    Object.assign(t, { tp: t.tp + tp, fp: t.fp + fp, fn: t.fn + fn, levelOk: t.levelOk + lo, levelN: t.levelN + ln });
    Object.assign(t, { groupHits: t.groupHits + gh, groupN: t.groupN + gn });
  }
  t.spurious += Number(/spuriousGroups=(\d+)/.exec(out)?.[1] ?? 0);
  totals.set(label, t);
}

for (const set of sets) {
  const postings = `${evalDir}handset${set}/postings`;
  const first = `${evalDir}handset${set}/gold`;
  const second = `${evalDir}agreement/set${set}/gold`;
  const servers = await Promise.all([serve(answersOf(second, postings)), serve(answersOf(first, postings))]);
  const [secondUrl, firstUrl] = servers.map((s) => `http://127.0.0.1:${s.address().port}`);
  await score('second annotator, scored against the first', secondUrl, first, postings);
  await score('first annotator, scored against the second', firstUrl, second, postings);
  if (service) {
    await score('service, scored against the first', service, first, postings);
    await score('service, scored against the second', service, second, postings);
  }
  for (const s of servers) s.close();
}
const f = (x) => x.toFixed(3);
for (const [label, t] of totals) {
  const p = t.tp / (t.tp + t.fp);
  const r = t.tp / (t.tp + t.fn);
  console.log(
    `AGREEMENT sets=${sets.join(',')} ${label}: f1=${f((2 * p * r) / (p + r))} precision=${f(p)} recall=${f(r)} ` +
      `level=${f(t.levelOk / t.levelN)} groups=${t.groupHits}/${t.groupN} spuriousGroups=${t.spurious} (TP ${t.tp} FP ${t.fp} FN ${t.fn})`,
  );
}
