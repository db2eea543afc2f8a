#!/usr/bin/env python3
"""Rebuild eval/handset75/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md and front_matter_md from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo / Gatsby Markdown page: its front-matter title and chosen front-matter fields
                   ('fields': [label, key]) as 'Label: value' lines, a blank line, then the body from 'start'
                   (when given); Markdown markup kept as published
  front_matter_md  a Markdown page without front matter (a GitBook page): the file as published
  jekyll_md_loose  (this script) jekyll_md for a page whose front-matter delimiter lines carry trailing spaces
                   ('--- '): those lines are read as '---', the rest as jekyll_md
  md_sub           (this script) jekyll_md for a page whose template prints a front-matter value ('sub_key',
                   e.g. 'description') as a subtitle under the title: title, that value, blank line, body
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, front_matter_md  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jekyll_md_loose(p, raw):
    """jekyll_md after trailing spaces are removed from the front matter's '---' delimiter lines."""
    return jekyll_md(p, re.sub(r'^---[ \t]+$', '---', raw, flags=re.M))


def md_sub(p, raw):
    """jekyll_md with the front-matter value p['sub_key'] as a plain line under the title."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    t = jekyll_md(p, raw)
    head, rest = t.split('\n', 1)
    return head + '\n' + ' '.join(str(fm[p['sub_key']]).split()) + '\n' + rest


BUILDERS = {'jekyll_md': jekyll_md, 'front_matter_md': front_matter_md,
            'jekyll_md_loose': jekyll_md_loose, 'md_sub': md_sub}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
