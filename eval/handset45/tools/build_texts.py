#!/usr/bin/env python3
"""Rebuild eval/handset45/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, front_matter_md and php_html from
eval/tools/posting_sources.py, not edited (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Astro Markdown page: its front-matter title, a blank line, then the body;
                   Markdown markup kept as published
  front_matter_md  a plain Markdown file (no front matter here) as published, markup kept
  php_html         a PHP/HTML page cut from 'start' to 'end': PHP and comments dropped, paragraphs, items and
                   headings end lines, list items as '• ' bullets, other tags removed, entities decoded
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, front_matter_md, php_html  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BUILDERS = {'jekyll_md': jekyll_md, 'front_matter_md': front_matter_md, 'php_html': php_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
