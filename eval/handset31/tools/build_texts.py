#!/usr/bin/env python3
"""Rebuild eval/handset31/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, php_html, show and tidy from
eval/tools/posting_sources.py (not edited):
  php_html      a server page's posting (here an ASP.NET page) from its 'start' marker to its 'end' marker as
                lines: server code, HTML comments and scripts dropped; paragraphs, items and headings end lines;
                other tags removed, entities decoded
  json_post     (new in this set) a CMS post stored as JSON: its 'title', a blank line, its 'lede', a blank line,
                then its Markdown 'body' as published (HTML entities decoded, Markdown markup kept)
  md_parts      (new in this set) Markdown pages joined in the order listed in 'parts' (each repo, commit, path),
                separated by a blank line; with 'strip_html' HTML tags are removed (their text kept)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import html, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, php_html, show, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def json_post(p, raw):
    """A JSON post: title, lede and Markdown body, entities decoded."""
    d = json.loads(raw)
    out = [d['title'].strip(), '', html.unescape(d['lede']).strip(), '', html.unescape(d['body'])]
    return tidy('\n'.join(out))


def md_parts(p, raw):
    """Markdown pages in the order listed, separated by a blank line."""
    out = []
    for part in p['parts']:
        t = show(part['repo'], part['commit'], part['path'])
        if p.get('strip_html'):
            t = re.sub(r'<!--.*?-->', '', t, flags=re.S)
            t = re.sub(r'<[^>]+>', '', t)
        out.append(t.strip('\n'))
    return tidy('\n\n'.join(out))


BUILDERS = {'php_html': php_html, 'json_post': json_post, 'md_parts': md_parts}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
