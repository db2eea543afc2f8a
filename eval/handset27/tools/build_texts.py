#!/usr/bin/env python3
"""Rebuild eval/handset27/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, html_to_text, slice_between and tidy from
eval/tools/posting_sources.py (not edited; PyYAML for the front matter):
  jsx_html      a React component's JSX markup cut from 'start' to 'end': comments ('{/* */}', '<!-- -->')
                dropped, paragraphs, list items, divs and headings end lines, other tags removed ('{...}'
                attribute expressions sit inside tags and go with them), entities decoded; the page's own
                bullet and icon glyphs kept, and a line holding only such a glyph (an icon beside its text in a
                flex row) joined to the next text line with a space
  html_page     an HTML page (Classic ASP or Laravel Blade view) cut from 'start' to 'end': server-side code
                ('<% %>', '{{-- --}}', '@...' directives at line start), comments and scripts dropped, paragraphs,
                list items (as '• ' bullets), headings and '<br>' end lines, other tags removed, entities decoded
  md_fields     a Hugo Markdown page with YAML front matter: the chosen front-matter fields ('fields': [label,
                key]; an empty label gives the bare value) as lines, a blank line, then the body as published
All: trailing whitespace trimmed per line, runs of spaces inside a line collapsed (html builders), blank-line runs
collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, html_to_text, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BLOCKS = r'</(p|li|ul|ol|div|h[1-6]|section)>|<(br|p|ul|ol)(\s[^>]*)?/?>'
GLYPH = re.compile(r'^\W{1,2}$')


def jsx_html(p, raw):
    """JSX markup of a React page as lines; icon-only lines joined to the text after them."""
    t = html_to_text(slice_between(p, raw), r'<!--.*?-->|\{/\*.*?\*/\}', BLOCKS, items=None)
    out = []
    for line in t.split('\n'):
        if out and GLYPH.match(out[-1].strip() or 'x'):
            if line.strip():
                out[-1] = out[-1].strip() + ' ' + line
            continue
        out.append(line)
    return tidy('\n'.join(out))


def html_page(p, raw):
    """A server-rendered HTML page (ASP, Blade) as lines."""
    drop = r'<%.*?%>|\{\{--.*?--\}\}|<!--.*?-->|<script[^>]*>.*?</script>|<style[^>]*>.*?</style>|^\s*@\w+.*?$'
    s = slice_between(p, raw)
    s = re.sub(r'^\s*@\w+.*?$', '', s, flags=re.M)
    return html_to_text(s, drop, BLOCKS)


def md_fields(p, raw):
    """Hugo Markdown page: chosen front-matter fields as lines, a blank line, then the body."""
    import yaml

    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    out = []
    for label, key in p.get('fields', []):
        v = fm.get(key)
        if v in (None, '', False):
            continue
        if isinstance(v, list):
            v = ', '.join(str(x) for x in v)
        out.append(f'{label}: {str(v).strip()}' if label else str(v).strip())
    out += ['', raw[m.end():]]
    return tidy('\n'.join(out))


BUILDERS = {'jsx_html': jsx_html, 'html_page': html_page, 'md_fields': md_fields}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
