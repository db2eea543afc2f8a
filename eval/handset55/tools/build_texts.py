#!/usr/bin/env python3
"""Rebuild eval/handset55/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set and jekyll_md from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Astro Markdown page: its front-matter title (and chosen fields as
                   'Label: value' lines), a blank line, then the body; Markdown markup kept as published
  fm_body_md       (this script) a Jekyll collection page whose posting text is a front-matter block
                   ('body_key', e.g. 'body') that the layout markdownifies: title, chosen fields as
                   'Label: value' lines, blank line, that block as published (Markdown kept)
  header_md        (this script) a blog post with a 'key: value' header closed by a '----' line (no
                   opening '---'): the header's title, a blank line, then the body as published
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fm_body_md(p, raw):
    """Title, chosen front-matter fields, blank line, then the front-matter block p['body_key'] (Markdown)."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\s*$', raw, re.S) or re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    out = [str(fm['title']).strip()]
    for label, key in p.get('fields', []):
        if fm.get(key) not in (None, ''):
            out.append(f'{label}: {str(fm[key]).strip()}')
    out += ['', str(fm[p['body_key']])]
    return tidy('\n'.join(out))


def header_md(p, raw):
    """A post whose 'key: value' header ends at a '----' line: the header's title, blank line, body."""
    head, body = raw.split('\n----\n', 1)
    title = next(l.split(':', 1)[1].strip() for l in head.split('\n') if l.startswith('title:'))
    return tidy(title + '\n\n' + body)


BUILDERS = {'jekyll_md': jekyll_md, 'fm_body_md': fm_body_md, 'header_md': header_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
