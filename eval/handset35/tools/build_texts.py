#!/usr/bin/env python3
"""Rebuild eval/handset35/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, html_to_text, slice_between and tidy
from eval/tools/posting_sources.py (not edited; it imports PyYAML for the front matter):
  jekyll_md          a Hugo / Jekyll Markdown page: its front-matter title as the first line, a blank line, then
                     the body (Markdown markup kept as published)
  front_matter_text  (new in this set) a Jekyll collection item whose text lives in one front-matter field
                     (p['field'], here 'description', which the site's layout renders as Markdown): the title as
                     the first line, a blank line, then that field's value as published (Markdown kept)
  dl_html            (new in this set) one listing of an HTML careers page, from 'start' to 'end': PHP short tags
                     and comments dropped; headings, paragraphs, list items, definition terms (<dt>) and list ends
                     end lines; definition descriptions (<dd>) become '• ' bullets; other tags removed, entities
                     decoded, runs of whitespace in a line collapsed
  hugo_md            (new in this set) a Hugo Markdown page cut from 'start' to 'cut_from': the front-matter title
                     as the first line, a blank line, then the body with Hugo shortcode tags removed; the lines
                     inside a {{< list >}} shortcode (which the site's theme renders as list items) become '- '
                     items; other Markdown kept as published
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, html_to_text, jekyll_md, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _front_matter(raw):
    import yaml

    m = re.match(r'^---\n(.*?)\n---\n?', raw, re.S)
    return (yaml.safe_load(m.group(1)) or {}), raw[m.end():]


def front_matter_text(p, raw):
    """A Jekyll item whose posting text is one front-matter field: title, blank line, the field's value."""
    fm, _ = _front_matter(raw)
    return tidy('\n'.join([str(fm['title']).strip(), '', str(fm[p['field']])]))


def dl_html(p, raw):
    """One listing of an HTML careers page with <dl> qualification lists, as lines ('• ' for <dd> items)."""
    return html_to_text(slice_between(p, raw), r'<\?.*?\?>|<!--.*?-->',
                        r'</(p|li|ol|ul|dl|dt|h[1-6])>|<(dl|dt|br)(\s[^>]*)?/?>', items=r'<dd[^>]*>')


def hugo_md(p, raw):
    """A Hugo page cut from 'start' to 'cut_from': shortcode tags removed, {{< list >}} lines as '- ' items."""
    fm, body = _front_matter(raw)
    body = body[body.index(p['start']):] if p.get('start') else body
    body = body[:body.index(p['cut_from'])] if p.get('cut_from') else body
    body = re.sub(r'\{\{<\s*list[^>]*>\}\}(.*?)\{\{<\s*/list\s*>\}\}',
                  lambda m: '\n'.join('- ' + l.strip() if l.strip() else '' for l in m.group(1).split('\n')),
                  body, flags=re.S)
    body = re.sub(r'\{\{<.*?>\}\}', '', body, flags=re.S)
    return tidy('\n'.join([str(fm['title']).strip(), '', body]))


BUILDERS = {'jekyll_md': jekyll_md, 'front_matter_text': front_matter_text, 'dl_html': dl_html, 'hugo_md': hugo_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
