#!/usr/bin/env python3
"""Rebuild eval/handset60/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html and tidy from
eval/tools/posting_sources.py (jekyll_md and the builders below import PyYAML for the front matter):
  jekyll_md     a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body as published
  php_html      a PHP view holding the posting as HTML: tags removed, paragraphs, list items and headings end
                lines, items as '• ' bullets
  md_job_title  (this script) a Jekyll Markdown page whose layout prints another front-matter key
                ('title_key', e.g. 'job') as the page heading: that value, a blank line, then the body with
                HTML tags removed (the layout's shared company paragraph, location and apply button are left out)
  md_body       (this script) a Jekyll Markdown page whose heading is in the body: front matter dropped, the body
                from 'start', HTML comments and tags removed (the apply button and the embedded form leave their
                link text only)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _split(raw):
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    return (yaml.safe_load(m.group(1)) or {}), raw[m.end():]


def _strip_html(s):
    s = re.sub(r'<!--.*?-->', '', s, flags=re.S)
    return re.sub(r'<[^>]+>', '', s)


def md_job_title(p, raw):
    """Title from front-matter key p['title_key'], a blank line, then the body without HTML tags."""
    fm, body = _split(raw)
    return tidy(str(fm[p['title_key']]).strip() + '\n\n' + _strip_html(body))


def md_body(p, raw):
    """The Markdown body from p['start'] (front matter dropped), HTML comments and tags removed."""
    _, body = _split(raw)
    if p.get('start'):
        body = body[body.index(p['start']):]
    return tidy(_strip_html(body))


BUILDERS = {'jekyll_md': jekyll_md, 'php_html': php_html, 'md_job_title': md_job_title, 'md_body': md_body}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
