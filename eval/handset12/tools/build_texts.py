#!/usr/bin/env python3
"""Rebuild eval/handset12/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build), all shared ones from eval/tools/posting_sources.py:
  md_section   Markdown file, YAML/TOML front matter removed, cut from 'start' (inclusive) to 'end' (exclusive)
               when given; markup, HTML comments and links kept as is
  php_html     PHP/HTML page (here also a Vue single-file component's template) cut between 'start' and 'end'
               when given; <?php ... ?> blocks, HTML comments and <script> removed, <li> -> '• ', </p>, </li>,
               </h1-6>, </div>, </ul>, <br>, <p>, <ul> -> line break, other tags removed, entities decoded,
               whitespace collapsed per line
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, md_section, php_html  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BUILDERS = {'md_section': md_section, 'php_html': php_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
