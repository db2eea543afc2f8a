#!/usr/bin/env python3
"""Rebuild eval/handset62/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html and html_to_text from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll Markdown post: its front-matter title, a blank line, then the body (cut before
                   'cut_from' when given); Markdown markup kept as published (links, images, kramdown
                   attribute lines, '*' bullets with tabs, autolinked e-mail addresses)
  jekyll_html      (this script) a Jekyll post whose body is HTML: the front-matter title, a blank line, then
                   the body as lines - tags removed, paragraphs, items and headings end lines, items as '• '
  php_html         an HTML template's posting between the 'start' and 'end' markers, as lines: comments and
                   template code dropped, paragraphs, items and headings end lines, items as '• ' bullets
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, html_to_text  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jekyll_html(p, raw):
    """A Jekyll post with an HTML body: title, blank line, the body turned into lines like a PHP/HTML page."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    body = html_to_text(raw[m.end():], r'<!--.*?-->', r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>')
    return str(fm['title']).strip() + '\n\n' + body


BUILDERS = {'jekyll_md': jekyll_md, 'jekyll_html': jekyll_html, 'php_html': php_html}


if __name__ == '__main__':
    build_set(HERE, BUILDERS)
