#!/usr/bin/env python3
"""Rebuild eval/handset46/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md and md_section from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo / Next.js Markdown page: its front-matter title, a blank line, then the body;
                   Markdown markup kept as published
  md_section       a Markdown page without front matter, from its 'start' marker (when given) to the end;
                   Markdown markup kept as published
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, md_section  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILDERS = {'jekyll_md': jekyll_md, 'md_section': md_section}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
