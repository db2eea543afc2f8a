#!/usr/bin/env python3
"""Rebuild eval/handset44/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md and front_matter_md from
eval/tools/posting_sources.py, not edited (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo / Eleventy Markdown page: its front-matter title and the chosen front-matter
                   fields ('fields': [label, key], the lines the page layout prints under the title) as label
                   lines, a blank line, then the body (HTML comments and tags removed when 'strip_html' is set);
                   Markdown markup kept as published
  front_matter_md  a plain Markdown file (no front matter here) as published, markup and relative links kept
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, front_matter_md  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BUILDERS = {'jekyll_md': jekyll_md, 'front_matter_md': front_matter_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
