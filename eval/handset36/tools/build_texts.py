#!/usr/bin/env python3
"""Rebuild eval/handset36/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set and jekyll_md from
eval/tools/posting_sources.py (not edited; no new builder in this set; it imports PyYAML for the front matter):
  jekyll_md     a Jekyll or Hugo Markdown page or post: its front-matter title, a blank line, then the body
                (from 'start' when given, cut at 'cut_from' when given); Markdown markup kept as published
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BUILDERS = {'jekyll_md': jekyll_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
