#!/usr/bin/env python3
"""Rebuild eval/handset74/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, front_matter_md and html_to_text from
eval/tools/posting_sources.py:
  django_page      (this script) a Django template page: the part between the 'start' and 'end' markers
                   (the page's <main> element), Django {% comment %} blocks and template tags removed, the
                   decorative 'Make a difference in the world' spans dropped, then turned into lines like a
                   PHP/HTML page: tags removed, paragraphs, items and headings end lines, items as '• ' bullets
  jekyll_html      (this script) a Jekyll / Hugo post whose body is HTML: its front-matter title, a blank
                   line, then the body turned into lines the same way (HTML comments removed; a <p> opening
                   a list item is folded into the item, so the bullet stays on the item's first line)
  front_matter_md  a Markdown page (front matter, if any, removed), cut at 'cut_from' when given; markup kept
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, front_matter_md, html_to_text  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BREAKS = r'</(p|li|ul|ol|div|h[1-6])>|<(br|p|ul|ol)(\s[^>]*)?/?>'


def django_page(p, raw):
    """The <main> part of a Django template as lines; template comments, tags and decorative spans removed."""
    s = raw[raw.index(p['start']):raw.index(p['end'])]
    s = re.sub(r'\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}', '', s, flags=re.S)
    s = re.sub(r'<span class="[^"]*display-inline-block">.*?</span>', '', s, flags=re.S)
    s = re.sub(r'\{%.*?%\}', '', s, flags=re.S)
    return html_to_text(s, r'<!--.*?-->', BREAKS)


def jekyll_html(p, raw):
    """Front-matter title, a blank line, then the HTML body as lines."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    body = re.sub(r'<li>\s*(<p>\s*)?', '<li>', raw[m.end():])
    body = html_to_text(body, r'<!--.*?-->', BREAKS)
    return str(fm['title']).strip() + '\n\n' + body


BUILDERS = {'django_page': django_page, 'jekyll_html': jekyll_html, 'front_matter_md': front_matter_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
