#!/usr/bin/env python3
"""Rebuild eval/handset50/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, front_matter_md and html_to_text
from eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body cut at
                   'cut_from' when given (HTML comments and tags removed when 'strip_html' is set); Markdown
                   markup kept as published
  md_sub           (this script) jekyll_md for a page whose layout prints a front-matter value ('sub_key', e.g.
                   'type') as a plain line under the title: title, that value, blank line, body
  front_matter_md  a plain Markdown file (here a README without front matter), markup kept as published
  vue_slot         (this script) the posting inside a Vue single-file component's template, from the 'start'
                   marker to the 'end' marker: source line breaks joined (HTML whitespace), then as lines like a
                   PHP/HTML page - tags removed, paragraphs, items, headings and slot templates end lines, list
                   items as '• ' bullets, entities decoded
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, front_matter_md, html_to_text, slice_between  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def md_sub(p, raw):
    """jekyll_md with the front-matter value p['sub_key'] as a plain line under the title."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    t = jekyll_md(p, raw)
    head, rest = t.split('\n', 1)
    return head + '\n' + str(fm[p['sub_key']]).strip() + '\n' + rest


def vue_slot(p, raw):
    """A posting written into a Vue component's template slots, as text lines."""
    s = slice_between(p, raw)
    s = re.sub(r'[ \t]*\n[ \t]*', ' ', s)
    return html_to_text(s, r'<!--.*?-->', r'</(p|li|ul|div|h[1-6]|template)>|<(br|p|ul)(\s[^>]*)?/?>')


BUILDERS = {'jekyll_md': jekyll_md, 'md_sub': md_sub, 'front_matter_md': front_matter_md, 'vue_slot': vue_slot}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
