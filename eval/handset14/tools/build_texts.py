#!/usr/bin/env python3
"""Rebuild eval/handset14/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); md_section and php_html from eval/tools/posting_sources.py:
  md_section   Markdown file, YAML/TOML front matter removed, cut from 'start' (inclusive) to 'end' (exclusive)
               when given; markup, HTML tags, HTML comments, images and links kept as is
  php_html     PHP/HTML page cut between 'start' and 'end' when given; <?php ... ?> blocks, HTML comments and
               <script> removed, <li> -> '• ', </p>, </li>, </h1-6>, </div>, </ul>, <br>, <p>, <ul> -> line break,
               other tags removed, entities decoded, whitespace collapsed per line
  jsx_html     (this set) a React/Next.js page component (.tsx): JSX whitespace expressions {" "} read as a space,
               then as php_html between 'start' and 'end'
  js_careers   (this set) a JavaScript module of job objects whose texts are HTML template literals: the object
               between 'start' and 'end'; its title as a heading line, then each template literal in source
               order (the description, then every section under its heading, the heading being the string the
               section's constant names), the HTML rendered as by php_html
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, md_section, php_html, slice_between  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jsx_html(p, raw):
    """A JSX page's markup as lines: {" "} expressions as spaces, then the php_html rendering."""
    return php_html(p, raw.replace('{" "}', ' '))


def js_careers(p, raw):
    """One job object of a JS careers module: title heading, description and titled sections (HTML literals)."""
    names = dict(re.findall(r"const (\w+) = '([^']*)';", raw))
    src = slice_between(p, raw)
    title = re.search(r"title: '([^']*)'", src).group(1)
    parts = [f'<h2>{title}</h2>']
    for key, const, body in re.findall(r"(?:\b(\w+)|\[(\w+)\]):\s*`(.*?)`", src, re.S):
        if const:
            parts.append(f'<h3>{names.get(const, const)}</h3>')
        parts.append(body)
    return php_html({}, '\n'.join(parts))


BUILDERS = {'md_section': md_section, 'php_html': php_html, 'jsx_html': jsx_html, 'js_careers': js_careers}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
