#!/usr/bin/env python3
"""Rebuild eval/handset34/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set and php_html from
eval/tools/posting_sources.py (not edited; no new builder in this set):
  php_html      a PHP/HTML page's posting from its 'start' marker (when given) to its 'end' marker as lines:
                PHP code, HTML comments and scripts dropped; paragraphs, list items (as '• ' bullets), line
                breaks and headings end lines; other tags removed, entities decoded
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, php_html  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BUILDERS = {'php_html': php_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
