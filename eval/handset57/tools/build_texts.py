#!/usr/bin/env python3
"""Rebuild eval/handset57/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md and tidy from
eval/tools/posting_sources.py (PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo Markdown page: front-matter title, a blank line, the body (Markdown kept)
  md_parts         (this script) a Markdown page holding several postings: the given 'title' line, a blank
                   line, then the body pieces from each 'parts' [start, end) marker pair, in order (Markdown kept)
  jekyll_job_yaml  (this script) a Jekyll job page whose text lives in front matter, printed the way its
                   layout (_layouts/job-opening.html) prints it: title, location, time, salaryRange (when
                   not empty), blank line, 'Description' and the description, 'Responsibilities:' and
                   'Requirements:' with their list items as '• ' bullets; whitespace runs in values collapsed
                   (the HTML page shows them as one space)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def md_parts(p, raw):
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    body = raw[m.end():] if m else raw
    out = [p['title'], '']
    for start, end in p['parts']:
        i = body.index(start)
        j = body.index(end, i) if end else len(body)
        out.append(body[i:j])
    return tidy('\n'.join(out))


def jekyll_job_yaml(p, raw):
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}

    def one(v):
        return re.sub(r'\s+', ' ', str(v)).strip()
    out = [one(fm['title']), one(fm['location']), one(fm['time'])]
    if one(fm.get('salaryRange') or ''):
        out.append(one(fm['salaryRange']))
    out += ['', 'Description', one(fm['description']), '', 'Responsibilities:']
    out += ['• ' + one(x) for x in fm.get('responsibilities') or []]
    out += ['', 'Requirements:']
    out += ['• ' + one(x) for x in fm.get('requirements') or []]
    return tidy('\n'.join(out))


BUILDERS = {'jekyll_md': jekyll_md, 'md_parts': md_parts, 'jekyll_job_yaml': jekyll_job_yaml}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
