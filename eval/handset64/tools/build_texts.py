#!/usr/bin/env python3
"""Rebuild eval/handset64/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md and html_to_text from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md   a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body; Markdown kept
  hugo_lead   (this script) jekyll_md for a Hugo page whose body uses paired shortcodes ({{< lead >}} ...
              {{< /lead >}}): the shortcode tags are removed, what they wrap is kept as published
  jsx_page    (this script) a React page written in JSX: the function components the page uses
              (function Name() { return ( ... ); } or a React.createClass render) are inlined where
              <Name /> appears, the PageHeader's title attribute becomes a heading, {" "} becomes a space,
              components listed in 'drop' are removed, and the markup is then turned into lines like an
              HTML page: tags removed, paragraphs, list items, headings and divs end lines, items as '• '
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, html_to_text  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def hugo_lead(p, raw):
    """jekyll_md with Hugo paired-shortcode tags ({{< x >}}, {{< /x >}}) removed from the body."""
    return jekyll_md(p, re.sub(r'\{\{<\s*/?\s*\w+\s*>\}\}', '', raw))


def jsx_page(p, raw):
    """A JSX page as text: components inlined, then tags stripped like an HTML page."""
    comps = {m.group(1): m.group(2) for m in re.finditer(
        r'function (\w+)\(\)\s*\{\s*return \((.*?)\);\s*\}\s*(?=\n\s*(?:function|export|$))', raw, re.S)}
    if p.get('main'):
        main = comps.pop(p['main'])
    else:  # React.createClass({ render: function() { return ( ... ); } })
        main = re.search(r'render:\s*function\(\)\s*\{\s*return \((.*?)\);\s*\}', raw, re.S).group(1)
    for name in p.get('drop', []):
        comps.pop(name, None)
        main = re.sub(r'<%s\s*/>' % name, '', main)
    for _ in range(3):
        main = re.sub(r'<(\w+)\s*/>', lambda m: comps.get(m.group(1), m.group(0)), main)
    main = re.sub(r'<PageHeader\s+title="([^"]*)"[^>]*>', lambda m: '<h1>%s</h1>' % m.group(1), main)
    main = re.sub(r'\{"\s*"\}', ' ', main)
    return html_to_text(main, r'\{/\*.*?\*/\}', r'</(p|li|ul|ol|div|h[1-6]|section)>|<(br|p|ul|ol)(\s[^>]*)?/?>')


BUILDERS = {'jekyll_md': jekyll_md, 'hugo_lead': hugo_lead, 'jsx_page': jsx_page}


if __name__ == '__main__':
    build_set(HERE, BUILDERS)
