#!/usr/bin/env python3
"""Rebuild eval/handset41/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, html_to_text and show from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Gatsby / Hugo Markdown page: its front-matter title (and chosen fields as
                   'Label: value' lines), a blank line, then the body (HTML comments and tags removed when
                   'strip_html' is set); Markdown markup kept as published
  hugo_md_sub      (this script) jekyll_md for a Hugo page whose layout prints a front-matter value
                   ('sub_key', e.g. 'location') as a plain line under the title: title, that value, blank
                   line, body
  hugo_layout      (this script) a Hugo page whose text lives in front-matter lists printed by the
                   section's layout: the layout file ('layout', read from the same commit) is filled in -
                   {{.Title}}, {{.Content}} (the Markdown body), {{ range .Params.X }} ... {{ end }} over
                   the list X, {{ if .Params.X }} ... {{ end }} - and then turned into lines like a PHP/HTML
                   page: tags removed, paragraphs, items and headings end lines, items as '• ' bullets
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, html_to_text, show  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CURRENT = {}


def hugo_md_sub(p, raw):
    """jekyll_md with the front-matter value p['sub_key'] as a plain line under the title."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    t = jekyll_md(p, raw)
    head, rest = t.split('\n', 1)
    return head + '\n' + str(fm[p['sub_key']]).strip() + '\n' + rest


def hugo_layout(p, raw):
    """A Hugo page rendered through its section layout (read at the same commit): front-matter lists filled in."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1).replace('\t', '  ')) or {}
    body = raw[m.end():]
    tpl = show(CURRENT['repo'], CURRENT['commit'], p['layout'])
    tpl = tpl[tpl.index('{{ define "main" }}') + len('{{ define "main" }}'):tpl.rindex('{{ end }}')]

    def rng(mm):
        return ''.join(re.sub(r'\{\{\s*\.\s*\}\}', lambda _: str(v), mm.group(2)) for v in fm.get(mm.group(1)) or [])
    tpl = re.sub(r'\{\{\s*range \.Params\.(\w+)\s*\}\}(.*?)\{\{\s*end\s*\}\}', rng, tpl, flags=re.S)
    tpl = re.sub(r'\{\{\s*if \.Params\.(\w+)\s*\}\}(.*?)\{\{\s*end\s*\}\}',
                 lambda mm: mm.group(2) if fm.get(mm.group(1)) else '', tpl, flags=re.S)
    tpl = re.sub(r'\{\{\s*\.Title\s*\}\}', lambda _: str(fm['title']).strip(), tpl)
    tpl = re.sub(r'\{\{\s*\.Content\s*\}\}', lambda _: body, tpl)
    return html_to_text(tpl, r'<!--.*?-->', r'</(p|li|ul|div|h[1-6]|section|article)>|<(br|p|ul)(\s[^>]*)?/?>')


BUILDERS = {'jekyll_md': jekyll_md, 'hugo_md_sub': hugo_md_sub, 'hugo_layout': hugo_layout}


if __name__ == '__main__':
    man = json.load(open(os.path.join(HERE, 'manifest.json')))

    def wrap(fn):
        """Tells a builder which repository and commit it is reading (hugo_layout reads the layout there too)."""
        def run(sb, raw):
            posts = [p for p in man['postings'] if p['source_build'] == sb]
            CURRENT.clear()
            if len({(p['repo'], p['commit']) for p in posts}) == 1:
                CURRENT.update(repo=posts[0]['repo'], commit=posts[0]['commit'])
            return fn(sb, raw)
        return run
    build_set(HERE, {k: wrap(v) for k, v in BUILDERS.items()})
