#!/usr/bin/env python3
"""Rebuild eval/handset43/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, html_to_text and tidy from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md      a Jekyll / Hugo / Astro Markdown page: its front-matter title, a blank line, then the body;
                 Markdown markup kept as published
  jsx_html       (this script) a React component's job text as the browser lays it out: JSX whitespace
                 collapsed as React does (every run of spaces and newlines inside the markup becomes one space),
                 the part from the 'start' marker to the 'end' marker taken, JSX comments and the 'drop'
                 pattern (e.g. a toggle's +/- expression) removed, then turned into lines like a PHP/HTML page
                 (paragraphs, items and headings end lines, items as '• ' bullets, other tags removed, entities
                 decoded); 'head_attrs' names string attributes of the page-title component whose values are
                 printed first, one a line (the title bar the component renders)
  md_strip_html  (this script) a Markdown file with an inline HTML block: HTML tags removed, each line's
                 whitespace collapsed, Markdown markup kept as published
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, html_to_text, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BREAKS = r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>'


def jsx_html(p, raw):
    """A React component's job text as lines (see the module docstring)."""
    head = []
    for attr in p.get('head_attrs', []):
        head.append(re.search(attr + r'="([^"]*)"', raw).group(1))
    i = raw.index(p['start'])
    j = raw.index(p['end'], i)
    s = re.sub(r'\s+', ' ', raw[i:j])
    s = re.sub(r'\{/\*.*?\*/\}', '', s)
    if p.get('drop'):
        s = re.sub(p['drop'], '', s)
    body = html_to_text(s, r'<!--.*?-->', BREAKS)
    return tidy('\n'.join(head + ([''] if head else []) + [body]))


def md_strip_html(p, raw):
    """Markdown with an inline HTML block: tags removed, each line's whitespace collapsed."""
    t = re.sub(r'<!--.*?-->', '', raw, flags=re.S)
    t = re.sub(r'<[^>]+>', '', t)
    return tidy('\n'.join(re.sub(r'\s+', ' ', l).strip() for l in t.split('\n')))


BUILDERS = {'jekyll_md': jekyll_md, 'jsx_html': jsx_html, 'md_strip_html': md_strip_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
