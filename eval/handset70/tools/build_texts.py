#!/usr/bin/env python3
"""Rebuild eval/handset70/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build), all from eval/tools/posting_sources.py (not edited):
  jekyll_md     a Jekyll / Docusaurus Markdown page: its front-matter title, a blank line, then the body;
                Markdown markup (and HTML entities such as '&#39;') kept as published (PyYAML for the front matter)
  md_section    a Markdown page without front matter, from its 'start' marker to its 'end' marker (either may
                be absent): one role out of a GitBook page of role descriptions, or a whole mdBook page
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, md_section  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

if __name__ == '__main__':
    build_set(HERE, {'jekyll_md': jekyll_md, 'md_section': md_section})
