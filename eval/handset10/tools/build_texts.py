#!/usr/bin/env python3
"""Rebuild eval/handset10/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build):
  md_section   Markdown file, YAML/TOML front matter removed, cut from 'start' (inclusive) to 'end' (exclusive)
               when given; markup, links and Liquid tags kept as is
  md_raw       Markdown file taken whole, YAML front matter (with its requirement/benefit lists) kept as written
  jsx_html     the JSX markup of a React component cut between 'start' and 'end': <h*>, <p>, <div> and <br> end
               lines, other tags removed, entities decoded, whitespace collapsed per line
  fm_field     Markdown file whose YAML front matter holds the employer's original text in a field ('field',
               e.g. original_markdown_body); that field's value taken as Markdown, cut from 'start' to 'end' when given
  php_html     PHP/HTML page cut between 'start' and 'end' when given; <?php ... ?> blocks, HTML comments and
               <script> removed, <li> -> '• ', </p>, </li>, </h1-6>, </div>, </ul>, <br>, <p>, <ul> -> line break,
               other tags removed, entities decoded, whitespace collapsed per line
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, html_to_text, md_section, php_html, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def md_raw(p, raw):
    return tidy(raw)


def jsx_html(p, raw):
    return html_to_text(slice_between(p, raw), r'\{/\*.*?\*/\}',
                        r'</(p|div|h[1-6])>|<br\s*/?>', items=None)


def fm_field(p, raw):
    import yaml  # PyYAML
    fm = re.match(r'^---\n(.*?)\n---\n', raw, re.S).group(1)
    t = yaml.safe_load(fm)[p['field']]
    if p.get('start'):
        t = t[t.index(p['start']):]
    if p.get('end'):
        t = t[:t.index(p['end'])]
    return tidy(t)


BUILDERS = {'md_section': md_section, 'md_raw': md_raw, 'jsx_html': jsx_html, 'php_html': php_html, 'fm_field': fm_field}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
