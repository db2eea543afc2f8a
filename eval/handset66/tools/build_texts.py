#!/usr/bin/env python3
"""Rebuild eval/handset66/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md and php_html from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  php_html         a PHP / WML / HTML page's posting from its 'start' marker to its 'end' marker as lines:
                   PHP, comments and scripts dropped; paragraphs, items and headings end lines, items as '• '
  jekyll_md        a Jekyll / Eleventy Markdown page: its front-matter title, a blank line, then the body;
                   Markdown markup kept as published
  astro_job_md     (this script) an Astro content-collection job page whose title is the front-matter
                   'position' (not 'title'): position, chosen front-matter fields as 'Label: value' lines,
                   a blank line, then the Markdown body as published (the front matter's duplicate
                   'description' summary is not printed)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def astro_job_md(p, raw):
    """Astro job page: front-matter 'position' as the title line, chosen fields, blank line, Markdown body."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    out = [str(fm['position']).strip()]
    for label, key in p.get('fields', []):
        if fm.get(key) not in (None, ''):
            out.append(f'{label}: {str(fm[key]).strip()}')
    out += ['', raw[m.end():]]
    return tidy('\n'.join(out))


BUILDERS = {'php_html': php_html, 'jekyll_md': jekyll_md, 'astro_job_md': astro_job_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
