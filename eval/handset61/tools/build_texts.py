#!/usr/bin/env python3
"""Rebuild eval/handset61/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, front_matter_md, html_to_text,
slice_between, show and tidy from eval/tools/posting_sources.py (PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body; Markdown
                   markup kept as published
  front_matter_md  a plain Markdown file (no front matter here): the file as published, Markdown markup kept
  widget_sections  (this script) a Hugo/Wowchemy widget page whose text is split over several headless section
                   files in one folder ('sections', read from the same commit in that order): per section its
                   front-matter title and subtitle (when not empty) as lines, then its body; the bodies mix
                   HTML and Markdown, so HTML comments are dropped, <h2>/<p>/<br> end lines, other tags are
                   removed and entities unescaped; Markdown bullets and bold markers are kept
  html_page        (this script) a Jekyll page whose body is HTML: the part from 'start' to 'end' (both markers
                   in the raw file), <style> blocks dropped, headings, paragraphs, list items and divs ending
                   lines, list items as '• ' bullets, tags removed (the layout's own header and footer are
                   left out)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import html
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, front_matter_md, html_to_text, slice_between, show, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CURRENT = {}


def widget_sections(p, raw):
    """A Wowchemy widget page: its headless section files (read at the same commit) as one text."""
    import yaml
    out = []
    for name in p['sections']:
        src = show(CURRENT['repo'], CURRENT['commit'], p['folder'] + '/' + name)
        m = re.match(r'^---\n(.*?)\n---\n?', src, re.S)
        fm = yaml.safe_load(m.group(1)) or {}
        body = src[m.end():]
        for key in ('title', 'subtitle'):
            if fm.get(key):
                out.append(str(fm[key]).strip())
        body = re.sub(r'<!--.*?-->', '', body, flags=re.S)
        body = re.sub(r'</h[1-6]>|<br\s*/?>|</?p>', '\n', body)
        body = re.sub(r'<[^>]+>', '', body)
        out.append(html.unescape(body))
        out.append('')
    return tidy('\n'.join(out))


def html_page(p, raw):
    """The HTML body of a Jekyll page between two markers, as lines."""
    return html_to_text(slice_between(p, raw), r'<!--.*?-->|<style[^>]*>.*?</style>',
                        r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>')


BUILDERS = {'jekyll_md': jekyll_md, 'front_matter_md': front_matter_md,
            'widget_sections': widget_sections, 'html_page': html_page}


if __name__ == '__main__':
    man = json.load(open(os.path.join(HERE, 'manifest.json')))

    def wrap(fn):
        """Tells a builder which repository and commit it is reading (widget_sections reads the sections there)."""
        def run(sb, raw):
            posts = [p for p in man['postings'] if p['source_build'] == sb]
            CURRENT.clear()
            if len({(p['repo'], p['commit']) for p in posts}) == 1:
                CURRENT.update(repo=posts[0]['repo'], commit=posts[0]['commit'])
            return fn(sb, raw)
        return run
    build_set(HERE, {k: wrap(v) for k, v in BUILDERS.items()})
