#!/usr/bin/env python3
"""Rebuild eval/handset59/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, html_to_text and show from
eval/tools/posting_sources.py (PyYAML for the front matter):
  jekyll_md        a Jekyll Markdown page: its front-matter title, a blank line, then the body; Markdown markup
                   kept as published
  jekyll_role_card (this script) a Jekyll collection item whose whole text lives in front-matter fields and is
                   printed as a card on a listing page: the card's heading (field 'position') and its time line
                   ('time'), a blank line, the listing page's introductory paragraph (the first <p> of the page
                   given as 'page', read from the same commit, tags removed), a blank line, the description
                   ('description'), a blank line, the requirements line ('requisites')
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, html_to_text, show, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CURRENT = {}


def jekyll_role_card(p, raw):
    """A front-matter-only Jekyll collection item rendered as its listing page's card, with the page's intro."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    page = show(CURRENT['repo'], CURRENT['commit'], p['page'])
    intro = re.search(r'<p[^>]*>(.*?)</p>', page, re.S).group(1)
    intro = html_to_text(intro, r'<!--.*?-->', r'<br\s*/?>').strip()
    out = [str(fm['position']).strip(), str(fm['time']).strip(), '', intro, '',
           str(fm['description']).strip(), '', str(fm['requisites']).strip()]
    return tidy('\n'.join(out))


BUILDERS = {'jekyll_md': jekyll_md, 'jekyll_role_card': jekyll_role_card}


if __name__ == '__main__':
    man = json.load(open(os.path.join(HERE, 'manifest.json')))

    def wrap(fn):
        """Tells a builder which repository and commit it is reading (jekyll_role_card reads the listing page there too)."""
        def run(sb, raw):
            posts = [p for p in man['postings'] if p['source_build'] == sb]
            CURRENT.clear()
            if len({(p['repo'], p['commit']) for p in posts}) == 1:
                CURRENT.update(repo=posts[0]['repo'], commit=posts[0]['commit'])
            return fn(sb, raw)
        return run
    build_set(HERE, {k: wrap(v) for k, v in BUILDERS.items()})
