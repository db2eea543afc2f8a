#!/usr/bin/env python3
"""Rebuild eval/handset16/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); md_section, php_html and html_to_text from
eval/tools/posting_sources.py (not edited):
  md_section   Markdown file, YAML/TOML front matter removed, cut from 'start' (inclusive) to 'end' (exclusive)
               when given; markup, HTML tags, entities and links kept as is
  php_html     HTML (here a PHP view and a React/JSX page component) cut between 'start' and 'end' when given;
               <?php ... ?> blocks, HTML comments and <script> removed, <li> -> '• ', </p>, </li>, </h1-6>,
               </div>, </ul>, <br>, <p>, <ul> -> line break, other tags removed, entities decoded,
               whitespace collapsed per line
  js_html      (new in this set) a JavaScript module exporting one job object { link, title: "...",
               description: `...HTML...` }: the title string as the first paragraph, then the description
               template literal, both rendered with the same HTML rules as php_html
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, html_to_text, md_section, php_html  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def js_html(p, raw):
    """One job object of a JS module: its "title" string and its `description` HTML template literal as text."""
    title = re.search(r'title:\s*"((?:[^"\\]|\\.)*)"', raw).group(1)
    desc = re.search(r'description:\s*`((?:[^`\\]|\\.)*)`', raw, re.S).group(1)
    return html_to_text('<p>' + title + '</p>' + desc, r'<!--.*?-->|<script[^>]*>.*?</script>',
                        r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>')


BUILDERS = {'md_section': md_section, 'php_html': php_html, 'js_html': js_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
