#!/usr/bin/env python3
"""Rebuild eval/handset71/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build), all from eval/tools/posting_sources.py (not edited):
  php_html   a PHP/HTML page's posting from its 'start' marker to its 'end' marker: PHP, comments and scripts
             dropped; paragraphs, items and headings end lines; list items as '• ' bullets
  jekyll_md  a Jekyll / MkDocs Markdown page: its front-matter title and chosen front-matter fields
             ('fields': [label, key]) as 'Label: value' lines, a blank line, then the body as published
             (PyYAML for the front matter)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

if __name__ == '__main__':
    build_set(HERE, {'php_html': php_html, 'jekyll_md': jekyll_md})
