#!/usr/bin/env python3
"""Rebuild eval/handset56/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md and html_to_text from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll Markdown page: its front-matter title, a blank line, then the body (HTML tags
                   removed when 'strip_html' is set); Markdown markup kept as published
  jekyll_md_sub    (this script) jekyll_md for a page whose layout prints a front-matter value ('sub_key',
                   e.g. 'subtitle') under the title: title, that value (its <br> tags as line ends, other tags
                   removed), blank line, body; with 'unescape' the HTML entities of the result are decoded
                   (R&eacute;sum&eacute; -> Résumé, &ndash; -> –) as a browser shows them
  jsx_job          (this script) a Gatsby/React job page whose text is JSX children of a template
                   component: the component's 'title_attr' attribute (the job title) as the first line, a
                   blank line, then the children between the opening tag and p['end'] as lines - tags
                   removed, headings, paragraphs and items end lines, items as '• ' bullets
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import html, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, html_to_text, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jekyll_md_sub(p, raw):
    """jekyll_md with the front-matter value p['sub_key'] as plain line(s) under the title."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    sub = re.sub(r'<\s*/?\s*br\s*/?\s*>', '\n', str(fm[p['sub_key']]).strip())
    sub = re.sub(r'<[^>]+>', '', sub)
    t = jekyll_md(p, raw)
    head, rest = t.split('\n', 1)
    t = head + '\n' + sub + '\n' + rest
    if p.get('unescape'):
        t = html.unescape(t)
    return tidy(t)


def jsx_job(p, raw):
    """The job title attribute of a JSX template component, then its children as text lines."""
    m = re.search(r'<' + p['component'] + r'\s+' + p['title_attr'] + r'="([^"]*)"\s*>', raw)
    body = raw[m.end():raw.index(p['end'], m.end())]
    body = re.sub(r'\{\{.*?\}\}', '', body)  # inline style objects
    text = html_to_text(body, r'<hr[^>]*/>', r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>')
    return tidy(m.group(1).strip() + '\n\n' + text)


BUILDERS = {'jekyll_md': jekyll_md, 'jekyll_md_sub': jekyll_md_sub, 'jsx_job': jsx_job}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
