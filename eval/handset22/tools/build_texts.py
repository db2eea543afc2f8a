#!/usr/bin/env python3
"""Rebuild eval/handset22/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html, slice_between and tidy
from eval/tools/posting_sources.py:
  board_html    (new in this set) one listing of a hand-written HTML job board (a society's jobs.php): the part
                from 'start' (the listing's anchor) to 'end' (the end of its <div>, or an earlier marker), read
                as a browser flows it: the source's line wraps inside a paragraph are joined (runs of whitespace,
                newlines included, become one space), then <br /> and </p> end lines, tags are removed, entities
                decoded (the board's '&raquo;&nbsp;' bullets read '» ') and each line is trimmed
  php_html      an HTML page (here a Twig template) cut from 'start' to 'end': paragraphs, list items (as '• '
                bullets) and headings end lines, other tags removed, entities decoded
  jekyll_md     a Hugo / Jekyll Markdown page: the title from its YAML front matter as the first line, a blank
                line and the body cut from 'start' (when given) to 'cut_from' (when given); Markdown markup kept
                as published (no front-matter fields here)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import html, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def board_html(p, raw):
    """One listing of a hand-written HTML job board, flowed as a browser shows it."""
    s = slice_between(p, raw)
    s = re.sub(r'<!--.*?-->', '', s, flags=re.S)
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'<br\s*/?>|</p>|</div>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s).replace('\xa0', ' ')
    return tidy('\n'.join(l.strip() for l in s.split('\n')))


BUILDERS = {'board_html': board_html, 'php_html': php_html, 'jekyll_md': jekyll_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
