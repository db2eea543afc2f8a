#!/usr/bin/env python3
"""Rebuild eval/handset68/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builder (parameters in manifest.json -> source_build); build_set and jekyll_md from eval/tools/posting_sources.py
(PyYAML for the front matter):
  jekyll_md        a Jekyll / Nuxt-content / Gatsby Markdown page: its front-matter title and the chosen
                   front-matter fields (source_build.fields: [label, key]) as 'Label: value' lines, a blank line,
                   then the Markdown body as published (with strip_html: MDX/HTML tags removed, their text kept)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BUILDERS = {'jekyll_md': jekyll_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
