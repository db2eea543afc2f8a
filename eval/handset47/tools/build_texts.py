#!/usr/bin/env python3
"""Rebuild eval/handset47/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html and tidy from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll Markdown page: its front-matter title (and chosen fields as 'Label: value'
                   lines), a blank line, then the body; Markdown markup kept as published
  jekyll_excerpt   (this script) jekyll_md for a post whose body starts with Liquid '{{ page.excerpt }}':
                   the front-matter excerpt (a folded YAML string) put in its place, as Jekyll renders it
  md_links         (this script) a Markdown page without a title field: front matter removed, Markdown
                   links '[text](url)' reduced to their text, everything else as published
  md_strip_html    (this script) a MkDocs Markdown page: HTML comments and tags removed (the closing
                   apply button leaves 'Apply Now'), Markdown markup kept
  php_html         a PHP/HTML page sliced from its 'start' to its 'end' marker: PHP, comments and
                   scripts dropped; paragraphs, items and headings end lines, items as '• ' bullets
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jekyll_excerpt(p, raw):
    """jekyll_md with the Liquid '{{ page.excerpt }}' replaced by the front-matter excerpt."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    t = jekyll_md(p, raw)
    return tidy(t.replace('{{ page.excerpt }}', str(fm.get('excerpt') or '').strip()))


def md_links(p, raw):
    """Front matter removed, Markdown links reduced to their text."""
    m = re.match(r'^---\n.*?\n---\n', raw, re.S)
    body = raw[m.end():] if m else raw
    body = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', body)
    return tidy(body)


def md_strip_html(p, raw):
    """A Markdown page with its HTML comments and tags removed."""
    body = re.sub(r'<!--.*?-->', '', raw, flags=re.S)
    body = re.sub(r'<[^>]+>', '', body)
    return tidy(body)


BUILDERS = {'jekyll_md': jekyll_md, 'jekyll_excerpt': jekyll_excerpt, 'md_links': md_links,
            'md_strip_html': md_strip_html, 'php_html': php_html}


if __name__ == '__main__':
    build_set(HERE, BUILDERS)
