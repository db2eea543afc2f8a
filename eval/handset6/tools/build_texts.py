#!/usr/bin/env python3
"""Rebuild eval/handset6/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build):
  front_matter_md   Markdown file, YAML front matter removed (cut at 'cut_from' when given), markup kept as is
  linkedin_csv      one row (by job_id) of a LinkedIn-postings CSV sample; the 'description' field as stored
                    (headings and list items already glued together by the scrape: "...ASSIGNMENTS:Complete...")
  ats_json          one job (by id) of a job-board ingest file (jobs.json, descriptions taken from employers' ATS);
                    the 'description' field as stored, HTML entities decoded
  ts_template_html  the HTML inside a JavaScript template literal (`...`) that follows 'start'; <li> -> '• ',
                    </li>, <p>, </p>, <ul>, </ul> -> line break, other tags removed, lines stripped of indentation
  yaml_job_block    one job_position_block of a page's YAML front matter (Statamic): title line, then
                    'Label: value' lines and one '- ' line per list item, in the order of the block's keys
  jsx_children      a React page: title="..." attribute as first line, then the JSX children of the layout
                    element; <p>/<li>/<ul> -> line break, other tags removed, JSX whitespace collapsed
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
import csv, html, io, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, front_matter_md, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def linkedin_csv(p, raw):
    rows = [r for r in csv.DictReader(io.StringIO(raw)) if r['job_id'] == p['job_id']]
    assert len(rows) == 1 and rows[0]['title'] == p['job_title'], p['job_id']
    return tidy(rows[0]['description'])


def ats_json(p, raw):
    jobs = [j for j in json.loads(raw)['jobs'] if j['id'] == p['job_id']]
    assert len(jobs) == 1 and jobs[0]['title'] == p['job_title'], p['job_id']
    return tidy(html.unescape(jobs[0]['description']))


def ts_template_html(p, raw):
    i = raw.index(p['start'])
    i = raw.index('`', i) + 1
    j = raw.index('`', i)
    s = raw[i:j]
    s = re.sub(r'<li[^>]*>', '\n• ', s)
    s = re.sub(r'</?(p|ul)[^>]*>|</li>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    s = '\n'.join(re.sub(r'\s+', ' ', l).strip() for l in s.split('\n'))
    return tidy(s)


def yaml_job_block(p, raw):
    import yaml  # PyYAML
    fm = yaml.safe_load(raw.split('---\n')[1])
    block = [b for b in fm['blocks'] if b.get('type') == 'job_position_block'][p['index']]
    assert block['job_title'] == p['job_title'], block['job_title']
    labels = {'department': 'Department', 'employment_type': 'Employment type', 'education': 'Education',
              'work_experience': 'Work experience', 'location': 'Location', 'responsibilities': 'Responsibilities',
              'requirements': 'Requirements', 'offers': 'We offer'}
    out = [block['job_title'], '']
    for k, v in block.items():
        if k in labels and isinstance(v, list):
            out += ['', labels[k] + ':'] + ['- ' + str(x) for x in v]
        elif k in labels:
            out.append(f'{labels[k]}: {v}')
        elif k == 'closing_message':
            out += ['', str(v)]
    return tidy('\n'.join(out))


def jsx_children(p, raw):
    title = re.search(r'title="([^"]*)"', raw).group(1)
    i = raw.index('<' + p['element'])
    i = raw.index('\n  >', i) + len('\n  >')
    j = raw.index('</' + p['element'] + '>', i)
    s = raw[i:j]
    s = re.sub(r'</?(p|li|ul)(\s[^>]*)?>', '\u0000', s)
    s = re.sub(r'<[^>]+>', '', s)
    parts = [re.sub(r'\s+', ' ', x).strip() for x in s.split('\u0000')]
    return tidy(html.unescape(title + '\n\n' + '\n'.join(x for x in parts if x)))


BUILDERS = {'front_matter_md': front_matter_md, 'linkedin_csv': linkedin_csv, 'ats_json': ats_json,
            'ts_template_html': ts_template_html, 'yaml_job_block': yaml_job_block, 'jsx_children': jsx_children}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
