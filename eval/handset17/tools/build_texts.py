#!/usr/bin/env python3
"""Rebuild eval/handset17/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); md_section, php_html and html_to_text from
eval/tools/posting_sources.py (not edited):
  php_html       HTML (here a Grav page's HTML body and a Laravel Blade view) cut between 'start' and 'end';
                 <?php ... ?> blocks, HTML comments and <script> removed, <li> -> '• ', </p>, </li>, </h1-6>,
                 </div>, </ul>, <br>, <p>, <ul> -> line break, other tags removed, entities decoded,
                 whitespace collapsed per line
  md_section     Markdown file, YAML front matter removed, cut from 'start' (inclusive) to 'end' (exclusive)
                 when given; markup and links kept as is
  kv_md          (new in this set) a Markdown page whose metadata are 'key=value' lines at the top
                 (title=..., description=...): the 'title' value as the first line, then the Markdown body
                 cut from 'start' to 'end' (template include lines such as '<? include jobs/header ?>' fall
                 outside the cut), markup kept as is
  php_echo_html  (new in this set) a PHP page that opens with a block setting $frontmatter["department"] and
                 $frontmatter["title"] and echoing '<h2>' . department . ' &ndash; ' . title . '</h2>':
                 that block is replaced by the heading it echoes, then the page is rendered with the
                 php_html rules
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, html_to_text, md_section, php_html, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def kv_md(p, raw):
    """'key=value' metadata lines, then Markdown: the title value, a blank line, the body between the markers."""
    title = re.search(r'^title=(.*)$', raw, re.M).group(1).strip()
    body = raw[raw.index(p['start']):]
    if p.get('end'):
        body = body[:body.index(p['end'])]
    return tidy(title + '\n\n' + body)


def php_echo_html(p, raw):
    """The opening PHP block replaced by the <h2> it echoes; the page then rendered like php_html."""
    m = re.match(r'\s*<\?php(.*?)\?>', raw, re.S)
    fm = dict(re.findall(r'\$frontmatter\["(\w+)"\]\s*=\s*"((?:[^"\\]|\\.)*)"', m.group(1)))
    heading = '<h2>' + fm['department'] + ' &ndash; ' + fm['title'] + '</h2>'
    return php_html(p, heading + raw[m.end():])


BUILDERS = {'php_html': php_html, 'md_section': md_section, 'kv_md': kv_md, 'php_echo_html': php_echo_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
