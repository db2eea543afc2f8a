#!/usr/bin/env python3
"""Rebuild eval/handset63/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html and html_to_text from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jsx_page         (this script) a React page component: the JSX between 'start' and 'end' markers, JSX
                   comments and {" "} spacers removed, line breaks inside the JSX joined with a
                   space (as JSX renders text), then turned into lines like an HTML page (tags
                   removed; paragraphs, items and headings end lines; items as '• ' bullets)
  php_html         a PHP/HTML page's posting from 'start' to 'end': PHP, comments and scripts dropped;
                   paragraphs, items and headings end lines, items as '• ' bullets
  jekyll_md_sub    (this script) jekyll_md for a page whose layout prints the front-matter 'sub_key'
                   (a subtitle) as a plain line under the title, then the chosen 'fields' as 'Label: value'
                   lines, a blank line, the Markdown body (tags removed when 'strip_html')
  jekyll_md_liquid (this script) jekyll_md with strip_html, after Liquid '{% include button.html ...
                   text="X" %}' tags are replaced by their button text X
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, html_to_text, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jsx_page(p, raw):
    """A React component's JSX from p['start'] to p['end'] as lines of text."""
    s = slice_between(p, raw)
    s = re.sub(r'\{/\*.*?\*/\}', '', s, flags=re.S)
    s = re.sub(r'\{"\s*"\}', ' ', s)
    s = re.sub(r'\s*\n\s*', ' ', s)  # JSX joins a text's lines with one space
    return html_to_text(s, r'<!--.*?-->', r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>')


def jekyll_md_sub(p, raw):
    """jekyll_md with the front-matter value p['sub_key'] as a plain line under the title."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    t = jekyll_md(p, raw)
    head, rest = t.split('\n', 1)
    return head + '\n' + str(fm[p['sub_key']]).strip() + '\n' + rest


def jekyll_md_liquid(p, raw):
    """jekyll_md after Liquid button includes are replaced by their text."""
    raw = re.sub(r'\{%\s*include\s+button\.html\b[^%]*?text="([^"]*)"[^%]*%\}', lambda m: m.group(1), raw)
    return jekyll_md(p, raw)


BUILDERS = {'jsx_page': jsx_page, 'php_html': php_html, 'jekyll_md_sub': jekyll_md_sub,
            'jekyll_md_liquid': jekyll_md_liquid}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
