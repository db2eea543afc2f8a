#!/usr/bin/env python3
"""Rebuild eval/handset24/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, md_section, php_html and tidy from
eval/tools/posting_sources.py:
  astro_opening_md (new in this set) an opening of an Astro job portal kept as Markdown with a YAML front
                matter: rendered in the order the portal's opening layout (src/layouts/MarkdownLayout.astro)
                shows its text - the title, a blank line, the front matter's companyDescription (shown
                because the record sets isOpening), a blank line and the Markdown body as published; the
                layout's 'Published on' date and 'Apply today at' link are left out
  md_section    a Markdown file (no front matter here) cut from 'start' to 'end'; Markdown markup kept
  php_html      an HTML page cut from 'start' to 'end': comments, PHP and scripts dropped, paragraphs, list
                items (as '• ' bullets) and headings end lines, other tags removed, entities decoded
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, md_section, php_html, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def astro_opening_md(p, raw):
    """An opening record of the Astro portal rendered as its page's text blocks (see module docstring)."""
    import yaml  # PyYAML, as for jekyll_md

    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    body = raw[m.end():]
    out = [str(fm['title']).strip(), '']
    if fm.get('isOpening') and fm.get('companyDescription'):
        out += [str(fm['companyDescription']).strip(), '']
    out.append(body)
    return tidy('\n'.join(out))


BUILDERS = {'astro_opening_md': astro_opening_md, 'md_section': md_section, 'php_html': php_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
