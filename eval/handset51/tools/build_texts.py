#!/usr/bin/env python3
"""Rebuild eval/handset51/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html, html_to_text, js_strings
and slice_between from eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body cut from
                   'start' to 'cut_from' (when given); Markdown markup kept as published
  php_html         an HTML-like page (here a React JSX component) from its 'start' marker to its 'end' marker:
                   tags and comments removed, paragraphs, items and headings end lines, items as '• ' bullets
  jsx_header_html  (this script) a React page whose title and subtitle are props of a header component
                   ('header' = component name): title and subtitle as the first two lines, then the JSX
                   from 'start' to 'end' as php_html turns it into lines, after joining each text's source
                   lines with one space as JSX renders them
  ts_career        (this script) a TypeScript career-page data object ('start' / 'end' slice) rendered in the
                   order of the site's careers/[slug] page: title, location and type lines, the short
                   description, then each (heading, key) of 'sections' - a heading line followed by the
                   string value, or by '• ' bullets for a list value; keys in the object, values as written
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, html_to_text, slice_between, tidy, unescape_js  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jsx_header_html(p, raw):
    """Title and subtitle props of the header component, then the page's JSX body as lines."""
    name = p['header']
    m = re.search(r'<' + name + r'\s+title="([^"]*)"\s+subtitle="([^"]*)"\s*/>', raw)
    raw = re.sub(r'\s*\n\s*', ' ', raw)  # JSX joins a text's source lines with one space
    body = php_html(p, raw)
    return tidy(m.group(1).strip() + '\n' + m.group(2).strip() + '\n\n' + body)


STR = r'"((?:[^"\\]|\\.)*)"'


def ts_career(p, raw):
    """A career-page data object: scalar fields and lists in the page's order, with its section headings."""
    src = slice_between(p, raw)

    def value(key):
        m = re.search(r'\b' + key + r':\s*(\[|' + STR + r')', src)
        if not m:
            return None
        if m.group(1) == '[':
            j = src.index(']', m.end())
            return [unescape_js(s) for s in re.findall(STR, src[m.end():j])]
        return unescape_js(m.group(2))

    out = [value('title'), value('location'), value('type'), '', value('shortDescription'), '']
    for heading, key in p['sections']:
        v = value(key)
        if v is None:
            continue
        out.append(heading)
        out += ['• ' + s for s in v] if isinstance(v, list) else [v]
        out.append('')
    return tidy('\n'.join(out))


BUILDERS = {'jekyll_md': jekyll_md, 'php_html': php_html, 'jsx_header_html': jsx_header_html,
            'ts_career': ts_career}


if __name__ == '__main__':
    build_set(HERE, BUILDERS)
