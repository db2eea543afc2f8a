#!/usr/bin/env python3
"""Rebuild eval/handset5/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build):
  front_matter_md   Markdown file, YAML front matter removed, markup kept as is
  yaml_position     Markdown file whose front matter holds positions[]; one position's title + description
  nhs_jobposting    schema.org JobPosting JSON (NHS Jobs scrape); 'description' is entity-escaped HTML:
                    unescaped, <br> and </p>|</li>|</tr>|</h1-6> -> line break, <li> -> '• ', other tags removed
                    (table cells therefore run together), entities decoded
  api_doc_html      the "Description" JSON string inside a Markdown API example; JSON-decoded, then text taken
                    the way a naive scraper does: <br> -> line break, every other tag removed with no separator
                    (list items and headings run together), entities decoded, runs of spaces collapsed
  jsx_text          text of a React component: JSX whitespace rules (whitespace runs collapse to one space),
                    <br /> and block tags (h1-h6, p, ul, li, div) -> line break, other tags removed
  php_html          PHP page: the HTML between the header include and the 'Back to' link; <br> -> line break,
                    tags removed, CRLF -> LF
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
import html, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, front_matter_md, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def yaml_position(p, raw):
    import yaml  # PyYAML
    fm = raw.split('---\n')[1]
    pos = yaml.safe_load(fm)['positions'][p['index']]
    assert pos['title'] == p['position_title'], pos['title']
    return tidy(pos['title'] + '\n\n' + pos['description'])

def nhs_jobposting(p, raw):
    d = json.loads(raw)
    assert html.unescape(d['title']) == p['job_title'], d['title']
    s = html.unescape(d['description'])
    s = re.sub(r'<br\s*/?>', '\n', s)
    s = re.sub(r'</(p|li|tr|h[1-6])>', '\n', s)
    s = re.sub(r'<li[^>]*>', '• ', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    return tidy(s)

def api_doc_html(p, raw):
    m = re.search(r'"Description": "((?:[^"\\]|\\.)*)"', raw)
    s = json.loads('"' + m.group(1) + '"')
    s = re.sub(r'<br\s*/?>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    s = re.sub(r'[ \t]+', ' ', s)
    s = '\n'.join(l.strip() for l in s.split('\n'))
    return tidy(s)

def jsx_text(p, raw):
    i = raw.index(p['start']) + len(p['start'])
    j = raw.index(p['end'], i)
    s = raw[i:j]
    s = re.sub(r'\{/\*.*?\*/\}', '', s, flags=re.S)
    s = re.sub(r'<br\s*/>|</?(h[1-6]|p|ul|li|div)(\s[^>]*)?>', '\u0000', s)
    s = re.sub(r'<[^>]+>', '', s)
    parts = [re.sub(r'\s+', ' ', x).strip() for x in s.split('\u0000')]
    return tidy('\n'.join(x for x in parts))

def php_html(p, raw):
    raw = raw.replace('\r\n', '\n')
    i = raw.index('?>') + 2
    j = raw.index(p['end'], i)
    s = raw[i:j]
    s = re.sub(r'<br\s*/?>', '\n', s)
    s = re.sub(r'</h[1-6]>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    return tidy(html.unescape(s))

BUILDERS = {'front_matter_md': front_matter_md, 'yaml_position': yaml_position, 'nhs_jobposting': nhs_jobposting,
            'api_doc_html': api_doc_html, 'jsx_text': jsx_text, 'php_html': php_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
