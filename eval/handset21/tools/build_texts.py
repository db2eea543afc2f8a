#!/usr/bin/env python3
"""Rebuild eval/handset21/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, show and tidy from
eval/tools/posting_sources.py:
  jekyll_md     (new in this set, shared since set 22) a Jekyll / Hugo / Astro Markdown post: the title from its YAML front matter as
                the first line, then the front-matter fields named in 'fields' as 'Label: value' lines (the job
                layout's sidebar, as set 19's pickle_job renders a record's labels), a blank line and the body
                cut from 'start' (when given) to 'cut_from' (when given); with 'strip_html' HTML comments and tags
                are removed from the body (their text kept); Markdown markup is kept as published
  sh_md_parts   (new in this set) Markdown held in shell-style assignments (key='...') of a translations
                repository: the listed 'parts' in order, each the value of 'key' in the file 'path' (the posting's
                own file when no path is given), cut from 'start' to 'end' when given, parts separated by a blank
                line
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, show, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _sh_value(raw, key):
    m = re.search(r"(?m)^" + re.escape(key) + r"='\n?(.*?)\n?'\s*$", raw, re.S)
    return m.group(1)


def sh_md_parts(p, raw):
    """Markdown fragments from key='...' assignments, in the order listed."""
    out = []
    for part in p['parts']:
        src = show(part['repo'], part['commit'], part['path']) if part.get('path') else raw
        t = _sh_value(src, part['key'])
        if part.get('start'):
            t = t[t.index(part['start']):]
        if part.get('end'):
            t = t[:t.index(part['end'])]
        out.append(t.strip('\n'))
    return tidy('\n\n'.join(out))


BUILDERS = {'jekyll_md': jekyll_md, 'sh_md_parts': sh_md_parts}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
