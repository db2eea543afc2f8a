#!/usr/bin/env python3
"""Rebuild eval/handset15/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); md_section and php_html from eval/tools/posting_sources.py:
  md_section   Markdown file, YAML/TOML front matter removed, cut from 'start' (inclusive) to 'end' (exclusive)
               when given; markup, HTML tags, entities and links kept as is
  php_html     PHP/HTML page (here a Jekyll post holding WordPress-exported HTML) cut between 'start' and 'end'
               when given; <?php ... ?> blocks, HTML comments and <script> removed, <li> -> '• ', </p>, </li>,
               </h1-6>, </div>, </ul>, <br>, <p>, <ul> -> line break, other tags removed, entities decoded,
               whitespace collapsed per line
  js_strings   (from eval/tools/posting_sources.py) a JavaScript data module holding job
               listings as object literals: cut between 'start' and 'end'; every string literal is one line, in
               source order, except those of the keys in 'skip'; strings inside an array are '• ' bullets unless
               the key is in 'para'; a blank line between keys; the keys in 'label' are written out on a line of
               their own before their values
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, js_strings, md_section, php_html  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BUILDERS = {'md_section': md_section, 'php_html': php_html, 'js_strings': js_strings}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
