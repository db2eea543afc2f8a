#!/usr/bin/env python3
"""Rebuild eval/handset54/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set and jekyll_md from eval/tools/posting_sources.py
(jekyll_md imports PyYAML for the front matter):
  jekyll_md           a Jekyll / Grav / Gatsby Markdown page: its front-matter title (and chosen fields as
                      'Label: value' lines), a blank line, then the body; Markdown markup kept as published
  jekyll_md_unescape  (this script) jekyll_md for a page whose front-matter title holds HTML entities (a WordPress
                      export, e.g. '&#8217;'): the title is shown with the entities decoded, as the page renders it
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import html, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jekyll_md_unescape(p, raw):
    """jekyll_md with HTML entities in the front-matter title decoded."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    head = '---\ntitle: ' + json.dumps(html.unescape(str(fm['title'])).strip(), ensure_ascii=False) + '\n---\n'
    return jekyll_md(p, head + raw[m.end():])


BUILDERS = {'jekyll_md': jekyll_md, 'jekyll_md_unescape': jekyll_md_unescape}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
