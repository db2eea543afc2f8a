#!/usr/bin/env python3
"""Rebuild eval/handset18/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); md_section and tidy from eval/tools/posting_sources.py
(not edited):
  md_section     Markdown file, YAML (---) or TOML (+++) front matter removed, cut from 'start' (inclusive) to
                 'end' (exclusive) when given; markup, Markdown escapes and links kept as is
  fm_title_md    (new in this set) a Markdown page whose title sits only in its front matter: the value of the
                 front-matter field 'field' (surrounding quotes and spaces stripped) as the first line, a blank
                 line, then the body as md_section gives it
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, md_section, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fm_title_md(p, raw):
    """The front-matter field p['field'] as a title line, then the Markdown body (md_section rules)."""
    fm = re.match(r'^(---|\+\+\+)\n(.*?)\n\1\n', raw, re.S).group(2)
    value = re.search(r'^' + re.escape(p['field']) + r'\s*[:=]\s*(.*)$', fm, re.M).group(1).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
        value = value[1:-1]
    return tidy(value.strip() + '\n\n' + md_section(p, raw))


BUILDERS = {'md_section': md_section, 'fm_title_md': fm_title_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
