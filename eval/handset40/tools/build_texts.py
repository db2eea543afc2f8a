#!/usr/bin/env python3
"""Rebuild eval/handset40/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html and html_to_text from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md          a Jekyll / R Markdown page: its front-matter title, a blank line, then the body (cut at
                     'cut_from' when given; HTML comments and tags removed when 'strip_html' is set); Markdown
                     markup kept as published
  php_html           an HTML page from its 'start' marker to its 'end' marker as lines: comments and scripts
                     dropped, paragraphs, list items and headings end lines, other tags removed
  feature_rows_page  (this script) a Jekyll page of the Minimal Mistakes theme whose role cards live in the
                     front matter: its title, a blank line, then the body with every
                     '{% include feature_row id="X" %}' replaced by card X's title and excerpt, as lines the
                     way php_html renders HTML
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, html_to_text  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def feature_rows_page(p, raw):
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    body = raw[m.end():]

    def card(mm):
        rows = fm[mm.group(1)]
        return ''.join(f"<h3>{r['title']}</h3><p>{r['excerpt']}</p>" for r in rows)

    body = re.sub(r'\{%\s*include feature_row id="([^"]+)"[^%]*%\}', card, body)
    text = html_to_text(body, r'<!--.*?-->|<script[^>]*>.*?</script>',
                        r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>')
    return html_to_text(f"<p>{str(fm['title']).strip()}</p>", '$^', r'</p>') + '\n' + text


BUILDERS = {'jekyll_md': jekyll_md, 'php_html': php_html, 'feature_rows_page': feature_rows_page}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
