#!/usr/bin/env python3
"""Rebuild eval/handset11/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build):
  md_section   Markdown file, YAML/TOML front matter removed, cut from 'start' (inclusive) to 'end' (exclusive)
               when given; markup and links kept as is
  php_html     PHP/HTML (or ASP.NET .aspx) page cut between 'start' and 'end' when given; <?php ... ?> blocks,
               HTML comments and <script> removed, <li> -> '• ', </p>, </li>, </h1-6>, </div>, </ul>, <br>, <p>, <ul>
               -> line break, other tags removed, entities decoded, whitespace collapsed per line
  mui_jsx      JSX of a React (Material UI) component cut between 'start' and 'end': {" "} and {/* */} removed,
               source line breaks inside the markup joined (as a browser renders them), <li> -> '• ',
               </Typography>, </li>, </ul>, </div> and <br /> -> line break, other tags removed, entities decoded
  tsx_job      TypeScript data file holding one job object: import lines, the 'export const ... = {' line and the
               closing '};' dropped; plain fields (title, slug, category, technologies, salaries, locations ...)
               kept as written; each JSX field 'key: (<> ... </>)' turned into 'key:' plus its text as in mui_jsx
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, html_to_text, md_section, php_html, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jsx_text(s):
    s = re.sub(r'\{"\s*"\}|\{/\*.*?\*/\}', ' ', s, flags=re.S)
    s = re.sub(r'\s*\n\s*', ' ', s)
    return html_to_text(s, r'(?!x)x', r'</(Typography|li|ul|div|p|strong)>|<br\s*/?>|<ul>')


def mui_jsx(p, raw):
    return jsx_text(slice_between(p, raw))


def tsx_job(p, raw):
    out = []
    body = re.sub(r'^import .*\n', '', raw, flags=re.M)
    body = re.sub(r'^export const .*= \{\n', '', body, flags=re.M)
    body = re.sub(r'\n\};\s*$', '\n', body)
    pos = 0
    for m in re.finditer(r'^(\s*)(\w+): \(\s*<>(.*?)</>\s*\),\n', body, flags=re.M | re.S):
        out.append(body[pos:m.start()])
        out.append(m.group(1) + m.group(2) + ':\n' + jsx_text(m.group(3)))
        pos = m.end()
    out.append(body[pos:])
    return tidy(''.join(out))


BUILDERS = {'md_section': md_section, 'php_html': php_html, 'mui_jsx': mui_jsx, 'tsx_job': tsx_job}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
