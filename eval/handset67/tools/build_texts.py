#!/usr/bin/env python3
"""Rebuild eval/handset67/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, html_to_text and show from
eval/tools/posting_sources.py (the builders import PyYAML for the front matter):
  jekyll_md        a Jekyll Markdown post: its front-matter title, a blank line, then the Markdown body as
                   published
  jekyll_liquid    (this script) jekyll_md for a Jekyll collection page whose body uses Liquid page
                   variables ('{{ page.location }}', '{{ page.excerpt }}'): they are filled in from the front
                   matter, as Jekyll renders them; Markdown markup kept as published
  liquid_layout    (this script) a Jekyll post whose text lives in front-matter fields and lists printed by
                   its layout ('layout', read from 'layout_repo' at 'layout_commit', the post's own repository and commit): the layout's part from
                   'from' to 'to' is filled in - {{ page.X }}, {{ site.baseurl }} (empty), {{ content }} (the
                   post body), {% for v in page.X %} ... {% endfor %} over the list X with {{ v.key }} and
                   {% if v.key %} ... {% endif %} - and then turned into lines like an HTML page: tags removed;
                   paragraphs, items, headings, divs and articles end lines; items as '• ' bullets
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, html_to_text, show, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def front_matter(raw):
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    return (yaml.safe_load(m.group(1)) or {}), raw[m.end():]


def jekyll_liquid(p, raw):
    """jekyll_md with the body's {{ page.X }} variables filled in from the front matter."""
    fm, _ = front_matter(raw)
    t = jekyll_md(p, raw)
    return tidy(re.sub(r'\{\{\s*page\.(\w+)\s*\}\}', lambda m: str(fm.get(m.group(1), '')).strip(), t))


def liquid_layout(p, raw):
    """A Jekyll post rendered through its layout (read from the post's repository and commit): front-matter fields and lists filled in."""
    fm, body = front_matter(raw)
    tpl = show(p['layout_repo'], p['layout_commit'], p['layout'])
    tpl = tpl[tpl.index(p['from']):tpl.index(p['to'])]

    def loop(m):
        var, key, inner = m.group(1), m.group(2), m.group(3)
        out = []
        for item in fm.get(key) or []:
            s = re.sub(r'\{%\s*if ' + var + r'\.(\w+)\s*%\}(.*?)\{%\s*endif\s*%\}',
                       lambda mm: mm.group(2) if item.get(mm.group(1)) else '', inner, flags=re.S)
            s = re.sub(r'\{\{\s*' + var + r'\.(\w+)\s*\}\}', lambda mm: str(item.get(mm.group(1), '')).strip(), s)
            out.append(s)
        return ''.join(out)
    tpl = re.sub(r'\{%\s*for (\w+) in page\.(\w+)\s*%\}(.*?)\{%\s*endfor\s*%\}', loop, tpl, flags=re.S)
    tpl = re.sub(r'\{\{\s*page\.(\w+)\s*\}\}', lambda m: str(fm.get(m.group(1), '')).strip(), tpl)
    tpl = re.sub(r'\{\{\s*site\.baseurl\s*\}\}', '', tpl)
    tpl = re.sub(r'\{\{\s*content\s*\}\}', lambda _: body, tpl)
    tpl = re.sub(r'\{%.*?%\}', '', tpl, flags=re.S)
    return html_to_text(tpl, r'<!--.*?-->', r'</(p|li|ul|div|h[1-6]|section|article|a)>|<(br|p|ul|hr)(\s[^>]*)?/?>')


BUILDERS = {'jekyll_md': jekyll_md, 'jekyll_liquid': jekyll_liquid, 'liquid_layout': liquid_layout}


if __name__ == '__main__':
    build_set(HERE, BUILDERS)
