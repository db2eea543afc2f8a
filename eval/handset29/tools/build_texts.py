#!/usr/bin/env python3
"""Rebuild eval/handset29/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, php_html, js_strings and tidy from
eval/tools/posting_sources.py (not edited):
  html_parts  (this script) an HTML/PHP page holding several positions: the listed 'parts' in order, each
              the page cut from its 'start' to its 'end' marker and rendered by php_html (PHP, comments and
              scripts dropped, list items as '• ' bullets, paragraphs, items and headings end lines, other
              tags removed, entities decoded), parts separated by a blank line; used to keep a page's
              general requirements together with one position's own section
  js_strings  a job's entry in a JavaScript/TypeScript object literal from 'start' to 'end': each key's
              string value (backtick template strings included) on its own line after a blank line, as the
              careers modal shows title and description
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, js_strings, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def html_parts(p, raw):
    """Several start/end slices of one page, each rendered by php_html, joined by a blank line."""
    return tidy('\n\n'.join(php_html(part, raw).strip('\n') for part in p['parts']))


BUILDERS = {'html_parts': html_parts, 'js_strings': js_strings, 'jekyll_md': jekyll_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
