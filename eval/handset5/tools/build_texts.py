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
import html, json, os, re, subprocess, sys

M = os.environ.get('MIRROR_DIR', '/work/.mirror').rstrip('/') + '/'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def gitdir(repo):
    base = M + repo.replace('/', '+') + '/repo'
    return base + '/.git' if os.path.isdir(base + '/.git') else base

def show(repo, commit, path):
    return subprocess.run(['git', '-C', gitdir(repo), 'show', f'{commit}:{path}'],
                          capture_output=True, check=True).stdout.decode('utf-8')

def tidy(t):
    lines = [l.rstrip() for l in t.replace('\r\n', '\n').split('\n')]
    t = '\n'.join(lines)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip('\n') + '\n'

def front_matter_md(p, raw):
    m = re.match(r'^(---|\+\+\+)\n.*?\n\1\n', raw, re.S)
    t = raw[m.end():] if m else raw
    if p.get('cut_from'):
        t = t[:t.index(p['cut_from'])]
    return tidy(t)

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
    check = '--check' in sys.argv
    man = json.load(open(os.path.join(HERE, 'manifest.json')))
    bad = 0
    for p in man['postings']:
        sb = p['source_build']
        t = BUILDERS[sb['build']](sb, show(p['repo'], p['commit'], p['path']))
        f = os.path.join(HERE, 'postings', p['file'])
        if check:
            same = os.path.exists(f) and open(f, encoding='utf-8').read() == t
            bad += not same
            print(p['file'], 'ok' if same else 'DIFFERS')
        else:
            open(f, 'w', encoding='utf-8').write(t)
            print(p['file'], len(t), 'chars', len(t.split()), 'words')
    sys.exit(1 if bad else 0)
