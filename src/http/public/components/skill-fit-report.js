/**
 * <skill-fit-report>: renders a skill-matcher fit report (the answer of POST /v1/match) in its own shadow DOM.
 *
 *   <script type="module" src="https://skills.example.com/components/skill-fit-report.js"></script>
 *   <skill-fit-report api="https://skills.example.com"></skill-fit-report>
 *
 * Either give it a report (`report` property: the object, or the `report` attribute: its JSON), with the
 * `posting` and `resume` texts to highlight the evidence in, or give it the API's address (`api`) plus `posting`
 * and `resume` and it asks the API itself. `match({ posting, resume, file })` does the same on demand (a File
 * is sent as multipart). Events: `report` (detail: the report) and `error` (detail: { status, message }).
 *
 * Styles come from a constructed stylesheet and every piece of user text goes in through textContent, so it works
 * under a Content-Security-Policy without 'unsafe-inline' and no posting or résumé can inject markup.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

const STYLE = `
:host { display: block; color: #1b1f24; font: inherit; line-height: 1.45; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
h2, h3 { line-height: 1.25; margin: 1.25rem 0 0.5rem; }
h2 { font-size: 1.35rem; }
h3 { font-size: 1.1rem; }
p { margin: 0.25rem 0; }
.status { padding: 0.75rem; border-radius: 6px; background: #eef2f6; }
.error { background: #fde8e8; color: #8a1111; border: 1px solid #e3a3a3; }
.headline { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; }
.score { font-size: 2.5rem; font-weight: 700; }
.score .of { font-size: 1rem; font-weight: 400; color: #4a5563; }
.badge { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 999px; font-size: 0.875rem; font-weight: 600; border: 1px solid currentColor; }
.band-strong, .status-matched, .elig-meets { color: #0b5d1e; background: #e6f4ea; }
.band-good, .status-covered { color: #0b4f71; background: #e5f1f8; }
.band-partial, .status-partial, .elig-unknown { color: #7a4100; background: #fff3e0; }
.band-weak, .status-missing, .elig-unmet { color: #8a1111; background: #fde8e8; }
.muted { color: #4a5563; }
.charts { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; }
.chart-figure { margin: 0; flex: 1 1 18rem; max-width: 26rem; min-width: 0; }
.chart-figure figcaption { font-size: 0.875rem; }
.chart { width: 100%; height: auto; display: block; }
.chart text { fill: #1b1f24; font-size: 12px; }
.chart .track { fill: #e3e8ee; }
.chart .bar-level { fill: #2f6f9f; }
.chart .bar-kind { fill: #6b4fa0; }
ul.plain { list-style: none; padding: 0; margin: 0; }
.requirement { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
.requirement .name { font-weight: 600; margin-right: 0.5rem; }
.requirement .facts { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; align-items: center; margin: 0.25rem 0; }
.requirement .points { color: #4a5563; }
.requirement .reason { font-size: 0.95rem; }
button { font: inherit; font-size: 0.875rem; padding: 0.15rem 0.5rem; border: 1px solid #2f6f9f; border-radius: 4px; background: #fff; color: #0b4f71; cursor: pointer; }
button:hover { background: #e5f1f8; }
button:focus-visible, mark:focus, .doc:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.texts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: 1rem; }
.doc { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; font-size: 0.9rem; margin: 0; padding: 0.5rem; border: 1px solid #d0d7de; border-radius: 6px; max-height: 28rem; overflow-y: auto; background: #fbfcfd; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.status-matched { background: #c8ecd3; }
mark.status-covered { background: #cde6f5; }
mark.status-partial { background: #ffe2b3; }
mark.status-missing { background: #f9cfcf; }
mark.evidence { background: #c8ecd3; }
ol, ul { padding-left: 1.25rem; }
li { margin: 0.2rem 0; }
.legend { display: flex; flex-wrap: wrap; gap: 0.5rem; font-size: 0.875rem; margin: 0.25rem 0 0.5rem; }
.legend mark { padding: 0 0.35rem; }
`;

let sharedSheet;
function styleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(STYLE);
  }
  return sharedSheet;
}

const BAND_LABEL = { strong: 'Strong fit', good: 'Good fit', partial: 'Partial fit', weak: 'Weak fit' };
const STATUS_LABEL = { matched: 'matched', partial: 'partial', missing: 'missing', covered: 'covered by its group' };
const ELIGIBILITY_LABEL = { meets: 'meets the requirements', unmet: 'does not meet a requirement', unknown: 'cannot tell from the résumé' };
const KIND_LABEL = { hard: 'Hard skills', soft: 'Soft skills', professional: 'Professional', trait: 'Traits', language: 'Languages' };
const LEVELS = ['required', 'preferred', 'mentioned'];

/** An element with a class and text; text always goes in as textContent. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function formatNumber(x, digits = 1) {
  return typeof x === 'number' && Number.isFinite(x) ? String(Math.round(x * 10 ** digits) / 10 ** digits) : '';
}

function percent(x) {
  return `${Math.round(Math.max(0, Math.min(1, x)) * 100)}%`;
}

function skillNames(list) {
  return (Array.isArray(list) ? list : [])
    .map((s) => s?.name ?? s?.id ?? '')
    .filter(Boolean)
    .join(', ');
}

/** Coverage (0–1) by skill kind, from the rows: weight × credit over weight; a row covered by its group counts in full. */
export function coverageByKind(requirements) {
  const totals = new Map();
  for (const r of requirements) {
    const kind = r.kind ?? r.skill?.kind ?? 'hard';
    const weight = typeof r.weight === 'number' ? r.weight : 1;
    const credit = r.status === 'covered' ? 1 : typeof r.credit === 'number' ? r.credit : 0;
    const t = totals.get(kind) ?? { weight: 0, earned: 0, count: 0 };
    t.weight += weight;
    t.earned += weight * credit;
    t.count += 1;
    totals.set(kind, t);
  }
  return [...totals].map(([kind, t]) => ({ kind, count: t.count, coverage: t.weight > 0 ? t.earned / t.weight : 0 }));
}

/**
 * Each row's contribution to the score. FitReport v2 carries `points`; for older reports they are worked out the
 * way the service scores: an alternatives group counts once (its heaviest member's weight) and its points go to the
 * member that earned them.
 */
export function pointsByRow(requirements) {
  if (requirements.every((r) => typeof r.points === 'number')) return requirements.map((r) => r.points);
  const groups = new Map();
  requirements.forEach((r, i) => {
    if (!r.group) return;
    const g = groups.get(r.group) ?? { weight: 0, credit: 0, giver: -1 };
    g.weight = Math.max(g.weight, r.weight ?? 0);
    if (r.via !== 'group' && (r.credit ?? 0) > g.credit) {
      g.credit = r.credit;
      g.giver = i;
    }
    groups.set(r.group, g);
  });
  const possible =
    requirements.filter((r) => !r.group).reduce((a, r) => a + (r.weight ?? 0), 0) + [...groups.values()].reduce((a, g) => a + g.weight, 0);
  return requirements.map((r, i) => {
    if (possible === 0) return 0;
    if (!r.group) return (100 * (r.weight ?? 0) * (r.credit ?? 0)) / possible;
    const g = groups.get(r.group);
    return g.giver === i ? (100 * g.weight * g.credit) / possible : 0;
  });
}

/** Splits `text` into plain runs and <mark>s for the spans; overlapping spans keep the first. Returns the marks made. */
export function appendHighlighted(container, text, spans) {
  const usable = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.start < text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const marks = [];
  let cursor = 0;
  for (const span of usable) {
    if (span.start < cursor) continue;
    const end = Math.min(span.end, text.length);
    if (span.start > cursor) container.append(document.createTextNode(text.slice(cursor, span.start)));
    const mark = el('mark', span.className, text.slice(span.start, end));
    mark.tabIndex = -1;
    if (span.title) mark.title = span.title;
    container.append(mark);
    marks.push({ start: span.start, end, element: mark });
    cursor = end;
  }
  if (cursor < text.length) container.append(document.createTextNode(text.slice(cursor)));
  return marks;
}

function markCovering(marks, start) {
  return marks.find((m) => start >= m.start && start < m.end)?.element;
}

function barChart(title, rows) {
  const rowHeight = 26;
  const labelWidth = 120;
  const barWidth = 170;
  const height = rows.length * rowHeight + 6;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'chart');
  svg.setAttribute('viewBox', `0 0 ${labelWidth + barWidth + 44} ${height}`);
  svg.setAttribute('role', 'img');
  const titleNode = document.createElementNS(SVG_NS, 'title');
  titleNode.textContent = `${title}: ${rows.map((r) => `${r.label} ${r.value}`).join('; ')}`;
  svg.append(titleNode);
  svg.setAttribute('aria-label', titleNode.textContent);
  rows.forEach((row, i) => {
    const y = i * rowHeight + 4;
    const label = document.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', '0');
    label.setAttribute('y', String(y + 15));
    label.textContent = row.label;
    const track = document.createElementNS(SVG_NS, 'rect');
    track.setAttribute('class', 'track');
    track.setAttribute('x', String(labelWidth));
    track.setAttribute('y', String(y + 3));
    track.setAttribute('width', String(barWidth));
    track.setAttribute('height', '16');
    track.setAttribute('rx', '3');
    const bar = document.createElementNS(SVG_NS, 'rect');
    bar.setAttribute('class', row.className);
    bar.setAttribute('x', String(labelWidth));
    bar.setAttribute('y', String(y + 3));
    bar.setAttribute('width', String(Math.round(barWidth * Math.max(0, Math.min(1, row.fraction)))));
    bar.setAttribute('height', '16');
    bar.setAttribute('rx', '3');
    const value = document.createElementNS(SVG_NS, 'text');
    value.setAttribute('x', String(labelWidth + barWidth + 6));
    value.setAttribute('y', String(y + 15));
    value.textContent = row.value;
    svg.append(label, track, bar, value);
  });
  return svg;
}

async function problemMessage(response) {
  try {
    const body = await response.json();
    const details = Array.isArray(body.errors) ? body.errors.map((e) => `${e.path ?? ''} ${e.message ?? ''}`.trim()).join('; ') : '';
    return [body.detail ?? body.title, details].filter(Boolean).join(' ') || `The service answered ${response.status}.`;
  } catch {
    return `The service answered ${response.status}.`;
  }
}

export class SkillFitReport extends HTMLElement {
  static observedAttributes = ['report', 'api', 'posting', 'resume'];

  #report;
  #posting = '';
  #resume = '';
  #api;
  #message;
  #fetchScheduled = false;
  #request = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
  }

  get report() {
    return this.#report;
  }

  set report(value) {
    if (typeof value === 'string') {
      try {
        value = value.trim() ? JSON.parse(value) : undefined;
      } catch {
        this.#show({ error: 'The report attribute is not valid JSON.' });
        return;
      }
    }
    this.#report = value ?? undefined;
    this.#message = undefined;
    this.#render();
  }

  get posting() {
    return this.#posting;
  }

  set posting(value) {
    this.#posting = value == null ? '' : String(value);
    this.#render();
    this.#scheduleFetch();
  }

  get resume() {
    return this.#resume;
  }

  set resume(value) {
    this.#resume = value == null ? '' : String(value);
    this.#render();
    this.#scheduleFetch();
  }

  get api() {
    return this.#api;
  }

  set api(value) {
    this.#api = value == null ? undefined : String(value);
    this.#scheduleFetch();
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'report') this.report = value;
    else if (name === 'api') this.api = value;
    else if (name === 'posting') this.posting = value;
    else if (name === 'resume') this.resume = value;
  }

  connectedCallback() {
    this.#render();
    this.#scheduleFetch();
  }

  /**
   * Asks the API for a report and renders it. A File (or Blob) goes as multipart (parts `posting` and `file`),
   * text as JSON. Resolves with the report; rejects with an Error carrying `status` when the API refuses.
   */
  async match({ posting = this.#posting, resume = this.#resume, file } = {}) {
    const request = ++this.#request;
    this.#posting = posting ?? '';
    this.#resume = file ? '' : (resume ?? '');
    this.#report = undefined;
    this.#show({ busy: 'Scoring the fit…' });
    const url = `${(this.#api ?? '').replace(/\/+$/, '')}/v1/match`;
    let response;
    try {
      if (file) {
        const form = new FormData();
        form.append('posting', this.#posting);
        form.append('file', file, file.name ?? 'resume');
        response = await fetch(url, { method: 'POST', body: form, headers: { accept: 'application/json' } });
      } else {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ posting: { text: this.#posting }, resume: { text: this.#resume } }),
        });
      }
    } catch (err) {
      return this.#fail(request, 0, `Could not reach the service (${err instanceof Error ? err.message : String(err)}).`);
    }
    if (!response.ok) return this.#fail(request, response.status, await problemMessage(response));
    const report = await response.json();
    if (request !== this.#request) return report;
    if (file && typeof report.resumeText === 'string') this.#resume = report.resumeText;
    this.#report = report;
    this.#message = undefined;
    this.#render();
    this.dispatchEvent(new CustomEvent('report', { detail: report, bubbles: true, composed: true }));
    return report;
  }

  #fail(request, status, message) {
    if (request === this.#request) {
      this.#show({ error: message });
      this.dispatchEvent(new CustomEvent('error', { detail: { status, message }, bubbles: true, composed: true }));
    }
    const error = new Error(message);
    error.status = status;
    throw error;
  }

  #scheduleFetch() {
    if (this.#fetchScheduled || this.#api === undefined || this.hasAttribute('report')) return;
    this.#fetchScheduled = true;
    queueMicrotask(() => {
      this.#fetchScheduled = false;
      if (this.isConnected && this.#api !== undefined && this.#posting.trim() && this.#resume.trim() && !this.hasAttribute('report')) {
        this.match().catch(() => {});
      }
    });
  }

  #show(message) {
    this.#message = message;
    this.#render();
  }

  #render() {
    const root = this.shadowRoot;
    if (!root) return;
    root.replaceChildren();
    this.toggleAttribute('aria-busy', Boolean(this.#message?.busy));
    if (this.#message?.busy) {
      root.append(el('p', 'status', this.#message.busy));
      return;
    }
    if (this.#message?.error) {
      const box = el('div', 'status error');
      box.setAttribute('role', 'alert');
      box.append(el('strong', '', 'The fit could not be scored. '), document.createTextNode(this.#message.error));
      root.append(box);
      return;
    }
    const report = this.#report;
    if (!report || typeof report !== 'object') return;
    root.append(this.#renderReport(report));
  }

  #renderReport(report) {
    const requirements = Array.isArray(report.requirements) ? report.requirements : [];
    const section = el('section', 'report');
    section.setAttribute('aria-labelledby', 'fit-heading');
    const heading = el('h2', '', 'Fit report');
    heading.id = 'fit-heading';
    heading.tabIndex = -1;
    section.append(heading);

    const headline = el('div', 'headline');
    const score = el('p', 'score');
    const value = el('span', '', String(report.score));
    value.dataset.testid = 'score';
    score.append(value, el('span', 'of', ' / 100'));
    headline.append(score, el('p', `badge band-${report.band}`, BAND_LABEL[report.band] ?? report.band));
    const eligibility = report.eligibility;
    if (eligibility && typeof eligibility === 'object') {
      headline.append(
        el('p', `badge elig-${eligibility.status}`, `Eligibility: ${ELIGIBILITY_LABEL[eligibility.status] ?? eligibility.status}`),
      );
    }
    section.append(headline);
    if (report.summary) section.append(el('p', 'summary', report.summary));
    const factorLine = this.#factorsLine(report);
    if (factorLine) section.append(el('p', 'muted', factorLine));

    section.append(el('h3', '', 'Coverage'));
    const levelRows = LEVELS.filter((level) => (report.breakdown?.[level]?.possible ?? 0) > 0).map((level) => {
      const b = report.breakdown[level];
      return {
        label: `${level[0].toUpperCase()}${level.slice(1)}`,
        fraction: b.coverage,
        value: percent(b.coverage),
        className: 'bar-level',
      };
    });
    const kindRows = coverageByKind(requirements).map((k) => ({
      label: KIND_LABEL[k.kind] ?? k.kind,
      fraction: k.coverage,
      value: percent(k.coverage),
      className: 'bar-kind',
    }));
    if (levelRows.length + kindRows.length === 0) section.append(el('p', 'muted', 'The posting names no skill requirement.'));
    const charts = el('div', 'charts');
    if (levelRows.length) charts.append(this.#figure('By level', barChart('Coverage by level', levelRows)));
    if (kindRows.length) charts.append(this.#figure('By kind of skill', barChart('Coverage by kind of skill', kindRows)));
    section.append(charts);

    if (eligibility && Array.isArray(eligibility.checks) && eligibility.checks.length) {
      section.append(el('h3', '', 'Eligibility'));
      const list = el('ul');
      for (const check of eligibility.checks) {
        const item = el('li');
        item.append(
          el('span', `badge elig-${check.status}`, check.status),
          document.createTextNode(
            ` ${check.kind.replaceAll('-', ' ')}${check.skill ? ` (${check.skill.name})` : ''}: asks ${check.required}`,
          ),
        );
        if (check.found) item.append(document.createTextNode(`; found ${check.found}`));
        if (check.dealbreaker && check.status === 'unmet') item.append(el('strong', '', ' — a dealbreaker'));
        list.append(item);
      }
      section.append(list);
    }

    const texts = this.#renderTexts(report, requirements);

    section.append(el('h3', '', `Requirements (${requirements.length})`));
    const list = el('ul', 'plain');
    const points = pointsByRow(requirements);
    requirements.forEach((r, i) => list.append(this.#renderRequirement(r, i, texts, points[i])));
    section.append(list);

    const gaps = Array.isArray(report.gaps) ? report.gaps : [];
    section.append(el('h3', '', 'Gaps'));
    if (!gaps.length) section.append(el('p', 'muted', 'No gaps: every requirement is met.'));
    else {
      const ol = el('ol');
      for (const gap of gaps) {
        const item = el('li', '', `${gap.skill?.name ?? ''} (${gap.level}) costs ${formatNumber(gap.cost)} points`);
        if (gap.alternatives?.length) item.append(document.createTextNode(`; any of ${skillNames(gap.alternatives)} would do`));
        ol.append(item);
      }
      section.append(ol);
    }

    const suggestions = Array.isArray(report.suggestions) ? report.suggestions : [];
    if (suggestions.length) {
      section.append(el('h3', '', 'Suggestions'));
      const ol = el('ol');
      for (const s of suggestions) {
        const item = el('li');
        item.append(
          el('strong', '', `${s.action === 'show' ? 'Show' : 'Learn'} ${skillNames(s.skills)}`),
          document.createTextNode(` (+${formatNumber(s.points)} points)`),
        );
        if (s.why) item.append(document.createTextNode(`: ${s.why}`));
        ol.append(item);
      }
      section.append(ol);
    }

    if (Array.isArray(report.extras) && report.extras.length) {
      section.append(el('h3', '', 'Other skills on the résumé'), el('p', '', skillNames(report.extras)));
    }

    if (texts.fragment) section.append(texts.fragment);
    return section;
  }

  #figure(caption, chart) {
    const figure = el('figure', 'chart-figure');
    figure.append(el('figcaption', 'muted', caption), chart);
    return figure;
  }

  #factorsLine(report) {
    const parts = [];
    if (typeof report.skillsScore === 'number') parts.push(`skills alone ${report.skillsScore}`);
    const f = report.factors;
    if (f && typeof f === 'object') {
      for (const [name, factor] of Object.entries(f))
        if (typeof factor === 'number' && factor !== 1) parts.push(`${name} × ${formatNumber(factor, 2)}`);
    }
    const exp = report.experience;
    if (exp && typeof exp === 'object' && (exp.requiredYears !== undefined || exp.years !== undefined)) {
      parts.push(`experience: ${exp.years ?? 'unknown'} years${exp.requiredYears !== undefined ? ` of ${exp.requiredYears} asked` : ''}`);
    }
    const occ = report.occupation;
    if (occ && typeof occ === 'object' && occ.relation && occ.relation !== 'unknown') {
      const family = occ.relation === 'same-family' && occ.family?.name ? `, ${occ.family.name}` : '';
      const theirs = occ.resume?.name ? `${occ.resume.name} for ` : '';
      const points =
        typeof occ.points === 'number' && typeof occ.weight === 'number'
          ? `, ${formatNumber(occ.points, 1)} of ${Math.round(occ.weight * 100)} points`
          : '';
      parts.push(
        `occupation: ${occ.relation.replaceAll('-', ' ')}${occ.posting?.name ? ` (${theirs}${occ.posting.name}${family})` : ''}${points}`,
      );
    }
    const focus = report.focus;
    if (focus && typeof focus === 'object' && typeof focus.weight === 'number' && focus.weight > 0) {
      parts.push(
        `focus: ${focus.inArea} of ${focus.hardSkills} hard skills in the posting's areas, ${formatNumber(focus.points, 1)} of ${Math.round(focus.weight * 100)} points`,
      );
    }
    return parts.length ? `Score from ${parts.join('; ')}.` : '';
  }

  #renderTexts(report, requirements) {
    const postingText = this.#posting;
    const resumeText = typeof report.resumeText === 'string' && report.resumeText ? report.resumeText : this.#resume;
    if (!postingText && !resumeText) return { postingMarks: [], resumeMarks: [] };
    const fragment = document.createDocumentFragment();
    fragment.append(el('h3', '', 'Evidence in the texts'));
    const legend = el('p', 'legend');
    legend.append(
      el('mark', 'status-matched', 'matched'),
      el('mark', 'status-partial', 'partial'),
      el('mark', 'status-missing', 'missing'),
    );
    fragment.append(legend);
    const grid = el('div', 'texts');
    const postingSpans = [];
    const resumeSpans = [];
    requirements.forEach((r) => {
      const label = `${r.skill?.name ?? ''}: ${STATUS_LABEL[r.status] ?? r.status}`;
      for (const ev of r.postingEvidence ?? [])
        postingSpans.push({ start: ev.start, end: ev.end, className: `status-${r.status}`, title: label });
      for (const ev of r.resumeEvidence ?? []) {
        if (ev.source === 'text') resumeSpans.push({ start: ev.start, end: ev.end, className: 'evidence', title: r.skill?.name ?? '' });
      }
    });
    const checkClass = { meets: 'status-matched', unmet: 'status-missing', unknown: 'status-partial' };
    for (const check of report.eligibility?.checks ?? []) {
      const ev = check.evidence?.posting;
      if (ev)
        postingSpans.push({
          start: ev.start,
          end: ev.end,
          className: checkClass[check.status] ?? 'status-partial',
          title: `${check.kind.replaceAll('-', ' ')}: ${check.status}`,
        });
    }
    const panel = (title, text, spans, id) => {
      const box = el('div');
      const h = el('h4', '', title);
      h.id = `${id}-title`;
      const pre = el('pre', 'doc');
      pre.tabIndex = 0;
      pre.setAttribute('role', 'region');
      pre.setAttribute('aria-labelledby', h.id);
      const marks = appendHighlighted(pre, text, spans);
      box.append(h, pre);
      grid.append(box);
      return marks;
    };
    const postingMarks = postingText ? panel('Posting', postingText, postingSpans, 'posting-text') : [];
    const resumeMarks = resumeText ? panel('Résumé', resumeText, resumeSpans, 'resume-text') : [];
    fragment.append(grid);
    return { fragment, postingMarks, resumeMarks };
  }

  #renderRequirement(r, index, texts, earned) {
    const item = el('li', 'requirement');
    item.dataset.testid = 'requirement';
    const head = el('div', 'facts');
    head.append(el('span', 'name', r.skill?.name ?? r.skill?.id ?? ''));
    head.append(el('span', 'badge', r.level));
    head.append(el('span', `badge status-${r.status}`, STATUS_LABEL[r.status] ?? r.status));
    const sharedGroup = r.group && r.via === 'group' && typeof r.points !== 'number';
    head.append(el('span', 'points', `${formatNumber(earned)} points${sharedGroup ? ' (its group counts once)' : ''}`));
    item.append(head);
    const why = r.reason ?? (r.candidateSkill && r.via && r.via !== 'exact' ? `via ${r.via}: ${r.candidateSkill.name}` : undefined);
    if (why) item.append(el('p', 'reason', why));
    const quote = r.postingEvidence?.[0]?.text;
    const actions = el('div', 'facts');
    const postingMark = r.postingEvidence?.length ? markCovering(texts.postingMarks, r.postingEvidence[0].start) : undefined;
    const resumeEvidence = (r.resumeEvidence ?? []).find((ev) => ev.source === 'text' && Number.isInteger(ev.start));
    const resumeMark = resumeEvidence ? markCovering(texts.resumeMarks, resumeEvidence.start) : undefined;
    const jump = (label, target) => {
      const button = el('button', '', label);
      button.type = 'button';
      button.setAttribute('aria-label', `${label}: ${r.skill?.name ?? ''}`);
      button.addEventListener('click', () => {
        target.scrollIntoView({ block: 'center', behavior: 'smooth' });
        target.focus({ preventScroll: true });
      });
      actions.append(button);
    };
    if (postingMark) jump('Show in posting', postingMark);
    if (resumeMark) jump('Show in résumé', resumeMark);
    else if (!resumeEvidence && r.resumeEvidence?.[0]?.text) actions.append(el('span', 'muted', `Résumé: “${r.resumeEvidence[0].text}”`));
    if (!postingMark && quote) actions.append(el('span', 'muted', `Posting: “${quote}”`));
    if (actions.childNodes.length) item.append(actions);
    item.id = `requirement-${index}`;
    return item;
  }
}

if (!customElements.get('skill-fit-report')) customElements.define('skill-fit-report', SkillFitReport);
