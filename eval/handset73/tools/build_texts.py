#!/usr/bin/env python3
"""Rebuild eval/handset73/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, html_to_text and slice_between from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll Markdown page: its front-matter title, a blank line, then the body (HTML comments and
                   tags removed when 'strip_html' is set); Markdown markup kept as published
  html_page        (this script) a PHP/HTML page cut from its 'start' marker to its 'end' marker: PHP, comments
                   and scripts dropped, the page's own line breaks read as spaces (as a browser does), list items as '• ' bullets, paragraphs, list ends, table rows, divs,
                   headings and <br> end lines, plus the page's own 'extra_breaks' (a regular expression, e.g. a
                   date <span> inside the title heading); other tags removed, entities decoded, whitespace runs in
                   a line collapsed (a table cell holding a '•' and a no-break space becomes '• ' before its text)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, html_to_text, slice_between  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BREAKS = r'</(p|li|ul|ol|tr|table|div|h[1-6]|article|section)>|<(br|p|ul)(\s[^>]*)?/?>'


def html_page(p, raw):
    """A PHP/HTML page's posting as lines (see the module docstring)."""
    breaks = BREAKS + ('|' + p['extra_breaks'] if p.get('extra_breaks') else '')
    html = re.sub(r'\s+', ' ', slice_between(p, raw))  # source line breaks are not text breaks (as a browser reads them)
    return html_to_text(html, r'<\?php.*?\?>|<!--.*?-->|<script[^>]*>.*?</script>', breaks)


BUILDERS = {'jekyll_md': jekyll_md, 'html_page': html_page}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
