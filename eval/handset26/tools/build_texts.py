#!/usr/bin/env python3
"""Rebuild eval/handset26/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html, html_to_text and
slice_between from eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md  a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body; Markdown
             markup kept as published
  php_html   a PHP/HTML page from 'start' to 'end': PHP, comments and scripts dropped, list items as
             bullets, paragraphs, items, headings and line breaks end lines, other tags removed
  tsx_page   (this script) a Next.js page component from 'start' to 'end' as the browser shows it: the
             PageHero title and subline as the first two lines, whitespace runs of the JSX source as one
             space, soft hyphens (&shy;) removed, the {' '} spacer between two inline Typography spans as
             a space, list items as bullets, each Typography block and list item on its own line
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, html_to_text, slice_between  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def tsx_page(p, raw):
    s = slice_between(p, raw)
    s = re.sub(r'<PageHero\s+title="([^"]*)"\s+subline="([^"]*)"\s*/>', r'<p>\1</p><p>\2</p>', s)
    s = re.sub(r'\s+', ' ', s)
    s = s.replace('&shy;', '')
    s = re.sub(r"</Typography>\s*\{' '\}\s*", ' ', s)
    return html_to_text(s, r'<Spacer[^>]*/>', r'</(Typography|li|ul|p)>|<ul>')


BUILDERS = {'jekyll_md': jekyll_md, 'php_html': php_html, 'tsx_page': tsx_page}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
