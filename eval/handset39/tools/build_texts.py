#!/usr/bin/env python3
"""Rebuild eval/handset39/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html and tidy from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body
                   (HTML comments and tags removed when 'strip_html' is set); Markdown markup kept as published
  jekyll_md_key    (this script) jekyll_md for a page whose layout prints another front-matter key as the
                   heading ('title_key', e.g. 'job-title'): that value is taken as the title, the rest as jekyll_md
  php_html         a PHP/HTML page as lines: PHP and comments dropped, paragraphs, items and headings end lines,
                   list items as '• ' bullets, other tags removed, entities decoded
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jekyll_md_key(p, raw):
    """jekyll_md with the heading taken from front-matter key p['title_key'] (the key the page layout prints)."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    head = '---\ntitle: ' + json.dumps(str(fm[p['title_key']]).strip(), ensure_ascii=False) + '\n---\n'
    return jekyll_md(p, head + raw[m.end():])


BUILDERS = {'jekyll_md': jekyll_md, 'jekyll_md_key': jekyll_md_key, 'php_html': php_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
