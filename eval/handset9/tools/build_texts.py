#!/usr/bin/env python3
"""Rebuild eval/handset9/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build):
  md_section   Markdown file, YAML/TOML front matter removed, cut from 'start' (inclusive) to 'end' (exclusive)
               when given; markup, links, entities and stray HTML kept as is
  php_html     PHP/HTML page cut between 'start' and 'end' when given; <?php ... ?> blocks, HTML comments and
               <script> removed, <li> -> '• ', </p>, </li>, </h1-6>, </div>, </ul>, <br>, <p>, <ul> -> line break,
               other tags removed, entities decoded, whitespace collapsed per line
  js_template  the Markdown held in a JavaScript/TSX template literal (`const md = `...``), taken as written
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, html_to_text, md_section, php_html, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def js_template(p, raw):
    key = p.get('const', 'md')
    m = re.search(r'\bconst\s+' + key + r'\s*=\s*`(.*?)`', raw, re.S)
    return tidy(m.group(1))


BUILDERS = {'md_section': md_section, 'php_html': php_html, 'js_template': js_template}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
