#!/usr/bin/env python3
"""Rebuild eval/handset4/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)"""
import html, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, front_matter_md, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def linkedin_json(p, raw):
    d = json.loads(raw)[p['key']]
    assert d['Company'] == p['company'] and d['title'] == p['job_title'], (d['Company'], d['title'])
    # the scraped description is one run-on string (headings glued to text); only outer whitespace trimmed
    return d['description'].strip() + '\n'

def md_slice(p, raw):
    parts = []
    for a, b in p['slices']:
        i = raw.index(a)
        j = raw.index(b, i) if b else len(raw)
        parts.append(raw[i:j])
    return tidy('\n\n'.join(parts))

def yaml_job(p, raw):
    import yaml  # PyYAML
    fm = raw.split('---\n')[1]
    d = yaml.safe_load(fm)
    out = [d['role'], f"{d['job-location']} | {d['job-type']} | {d['contract']}", '',
           'Description', html.unescape(d['description_markdown']), '',
           'Responsibilities', html.unescape(d['responsibilities_markdown']), '',
           'Requirements', html.unescape(d['requirements_markdown'])]
    return tidy('\n'.join(out))

def js_html_string(p, raw):
    m = re.search(r"const description =\s*'(.*?)';\n", raw, re.S)
    s = m.group(1).replace("\\'", "'")
    s = re.sub(r'<br\s*/?>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    return tidy(html.unescape(s))

BUILDERS = {'linkedin_json': linkedin_json, 'front_matter_md': front_matter_md,
            'md_slice': md_slice, 'yaml_job': yaml_job, 'js_html_string': js_html_string}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
