#!/usr/bin/env python3
"""Rebuild eval/handset32/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, md_section and tidy from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md      a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body (from 'start'
                 to 'cut_from' when given); Markdown markup kept as published
  md_section     a Markdown file without front matter (or with it removed), whole or from 'start' to 'end';
                 Markdown markup kept as published
  md_widgets     a Markdown page written for a site's own Markdown extensions (new here): the page as published,
                 with the layout-only lines of the extensions removed - column fences (lines starting ';;;' or
                 '^^^') and video embeds (lines '@[youtube](...)') - and HTML tags removed, their text kept
                 (a '<p><strong>caption</strong></p>' line keeps its caption); Markdown markup and attribute
                 lists such as '{target="_blank"}' kept as published
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, md_section, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def md_widgets(p, raw):
    lines = []
    for line in raw.replace('\r\n', '\n').split('\n'):
        s = line.strip()
        if s.startswith(';;;') or s.startswith('^^^'):
            continue
        if re.fullmatch(r'@\[youtube\]\([^)]*\)', s):
            continue
        lines.append(re.sub(r'<[^>]+>', '', line))
    return tidy('\n'.join(lines))


BUILDERS = {'jekyll_md': jekyll_md, 'md_section': md_section, 'md_widgets': md_widgets}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
