#!/usr/bin/env python3
"""Rebuild eval/handset20/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); php_html, html_to_text, slice_between and tidy from
eval/tools/posting_sources.py (not edited):
  php_html      an HTML/PHP page cut from 'start' to 'end': PHP blocks, comments and scripts dropped, paragraphs,
                list items (as '• ' bullets) and headings end lines, other tags removed, entities decoded
  jsx_html      a React component's JSX markup cut from 'start' to 'end': the same rules as php_html ('{...}'
                attribute expressions sit inside tags and go with them); as in eval/handset19's tool
All: trailing whitespace trimmed per line, runs of spaces inside a line collapsed, blank-line runs collapsed, outer
blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, php_html, html_to_text, slice_between  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jsx_html(p, raw):
    """JSX markup of a React page as lines (php_html rules)."""
    return html_to_text(slice_between(p, raw), r'<!--.*?-->|\{/\*.*?\*/\}',
                        r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>')


BUILDERS = {'php_html': php_html, 'jsx_html': jsx_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
