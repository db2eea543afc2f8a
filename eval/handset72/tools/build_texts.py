#!/usr/bin/env python3
"""Rebuild eval/handset72/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md and php_html from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter); no new builder:
  php_html         a PHP / HTML page's (or a React/Next JSX component's) posting from its 'start' marker to
                   its 'end' marker as lines: PHP, comments and scripts dropped; tags removed (JSX attributes
                   and self-closing components such as <ApplyNow /> go with them); paragraphs, items and
                   headings (h1-h6) end lines, items as '• ' bullets
  jekyll_md        a Jekyll Markdown page: its front-matter title, a blank line, then the body; Markdown
                   markup (links included) kept as published
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BUILDERS = {'php_html': php_html, 'jekyll_md': jekyll_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
