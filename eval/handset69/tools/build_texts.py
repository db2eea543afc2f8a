#!/usr/bin/env python3
"""Rebuild eval/handset69/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html, tidy, gitdir and show
from eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body (cut at
                   'cut_from' when given; HTML comments and tags removed when 'strip_html' is set); Markdown
                   markup kept as published
  jekyll_liquid    (this script) jekyll_md for a page whose body prints the site's e-mail address through
                   Liquid: '{{ site.email }}' and '{{ site.email | replace: A, B }}' are filled in from the
                   _config.yml at the same commit before jekyll_md runs
  php_html_items   (this script) php_html - a PHP/HTML page as lines: PHP, comments and scripts dropped;
                   paragraphs, items, headings and <br> end lines, list items as '• ' bullets - with each
                   bullet joined to its item's text, which the page has on the next source line
  docx_text        (this script) a Word .docx file (read as bytes at the commit): each paragraph of
                   word/document.xml one line (its w:t runs joined, XML entities decoded), numbered or
                   bulleted paragraphs (w:numPr) as '• ' lines, tabs as spaces; text before the paragraph
                   that starts with 'start' (the letterhead text boxes) left out
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import html, io, json, os, re, subprocess, sys, zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, tidy, gitdir, show  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CURRENT = {}


def jekyll_liquid(p, raw):
    """jekyll_md after filling in the Liquid site.email expressions from _config.yml at the same commit."""
    import yaml
    cfg = yaml.safe_load(show(CURRENT['repo'], CURRENT['commit'], p.get('config', '_config.yml'))) or {}
    email = str(cfg['email'])

    def fill(m):
        v = email
        for a, b in re.findall(r"\|\s*replace:\s*'([^']*)'\s*,\s*'([^']*)'", m.group(1)):
            v = v.replace(a, b)
        return v
    raw = re.sub(r'\{\{\s*site\.email((?:\s*\|[^}]*)?)\s*\}\}', fill, raw)
    return jekyll_md(p, raw)


def docx_text(p, _raw):
    """A .docx file's paragraphs as lines (the file is read as bytes; `_raw` is unused)."""
    data = subprocess.run(['git', '-C', gitdir(CURRENT['repo']), 'show', f"{CURRENT['commit']}:{CURRENT['path']}"],
                          capture_output=True, check=True).stdout
    xml = zipfile.ZipFile(io.BytesIO(data)).read('word/document.xml').decode('utf-8')
    lines = []
    for para in re.findall(r'<w:p[ >].*?</w:p>', xml, re.S):
        t = ''.join(m.group(1) if m.group(1) is not None else ' '
                    for m in re.finditer(r'<w:t(?:\s[^>]*)?>([^<]*)</w:t>|<w:tab/>', para))
        t = html.unescape(t)
        lines.append(('• ' if '<w:numPr>' in para and t.strip() else '') + t)
    i = next(k for k, l in enumerate(lines) if l.startswith(p['start']))
    return tidy('\n'.join(lines[i:]))


def php_html_items(p, raw):
    """php_html, with each list item's text joined to its '•' (the items' text sits on the next source line)."""
    return re.sub(r'^•\n(?=\S)', '• ', php_html(p, raw), flags=re.M)


BUILDERS = {'jekyll_md': jekyll_md, 'jekyll_liquid': jekyll_liquid, 'php_html_items': php_html_items,
            'docx_text': docx_text}


def _show_text_or_empty(repo, commit, path):
    try:
        return show(repo, commit, path)
    except UnicodeDecodeError:
        return ''


if __name__ == '__main__':
    import posting_sources
    man = json.load(open(os.path.join(HERE, 'manifest.json')))
    # build_set reads every file as UTF-8 text; a .docx is binary, so its builder reads the bytes itself.
    posting_sources.show = _show_text_or_empty

    def wrap(fn):
        """Tells a builder which repository, commit and path it is reading."""
        def run(sb, raw):
            posts = [p for p in man['postings'] if p['source_build'] == sb]
            CURRENT.clear()
            if len({(p['repo'], p['commit'], p['path']) for p in posts}) == 1:
                CURRENT.update(repo=posts[0]['repo'], commit=posts[0]['commit'], path=posts[0]['path'])
            return fn(sb, raw)
        return run
    build_set(HERE, {k: wrap(v) for k, v in BUILDERS.items()})
