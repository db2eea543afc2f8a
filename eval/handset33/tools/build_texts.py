#!/usr/bin/env python3
"""Rebuild eval/handset33/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html, html_to_text and tidy from
eval/tools/posting_sources.py (jekyll_md and yaml_html_fields import PyYAML for the front matter):
  jekyll_md         a Jekyll Markdown page: its front-matter title, a blank line, then the body from 'start'
                    (HTML comments and tags removed when 'strip_html' is set); Markdown and Liquid kept as published
  php_html          an HTML/PHP template's text from 'start' to 'end' (either optional): PHP, comments and scripts
                    dropped; paragraphs, list items and headings end lines
  yaml_html_fields  (this set) a Markdown file whose posting lives in its YAML front matter (a CMS export): the
                    title, then each field named in 'fields' ([label, key]; a null label prints the value alone),
                    HTML values turned into lines as by php_html (paragraph and line breaks end lines, entities
                    decoded, the '&bull;' bullets and the tabs after them kept as the text has them)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, html_to_text, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def yaml_html_fields(p, raw):
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    out = [str(fm['title']).strip(), '']
    for label, key in p.get('fields', []):
        v = fm.get(key)
        if v in (None, ''):
            continue
        if isinstance(v, list):
            v = ', '.join(str(x) for x in v)
        v = html_to_text(str(v), r'<!--.*?-->', r'</p>|<br\s*/?>|<p(\s[^>]*)?>', items=None)
        out.append(f'{label}: {v.strip()}' if label else v)
        out.append('')
    return tidy('\n'.join(out))


BUILDERS = {'jekyll_md': jekyll_md, 'php_html': php_html, 'yaml_html_fields': yaml_html_fields}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
