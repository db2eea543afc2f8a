#!/usr/bin/env python3
"""Rebuild eval/handset4/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)"""
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

def linkedin_json(p, raw):
    d = json.loads(raw)[p['key']]
    assert d['Company'] == p['company'] and d['title'] == p['job_title'], (d['Company'], d['title'])
    # the scraped description is one run-on string (headings glued to text); only outer whitespace trimmed
    return d['description'].strip() + '\n'

def front_matter_md(p, raw):
    m = re.match(r'^(---|\+\+\+)\n.*?\n\1\n', raw, re.S)
    t = raw[m.end():] if m else raw
    if p.get('cut_from'):
        t = t[:t.index(p['cut_from'])]
    return tidy(t)

def md_slice(p, raw):
    parts = []
    for a, b in p['slices']:
        i = raw.index(a)
        j = raw.index(b, i) if b else len(raw)
        parts.append(raw[i:j])
    return tidy('\n\n'.join(parts))

def yaml_job(p, raw):
    import yaml  # PyYAML
    fm = raw.split('---\n')[1]
    d = yaml.safe_load(fm)
    out = [d['role'], f"{d['job-location']} | {d['job-type']} | {d['contract']}", '',
           'Description', html.unescape(d['description_markdown']), '',
           'Responsibilities', html.unescape(d['responsibilities_markdown']), '',
           'Requirements', html.unescape(d['requirements_markdown'])]
    return tidy('\n'.join(out))

def js_html_string(p, raw):
    m = re.search(r"const description =\s*'(.*?)';\n", raw, re.S)
    s = m.group(1).replace("\\'", "'")
    s = re.sub(r'<br\s*/?>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    return tidy(html.unescape(s))

BUILDERS = {'linkedin_json': linkedin_json, 'front_matter_md': front_matter_md,
            'md_slice': md_slice, 'yaml_job': yaml_job, 'js_html_string': js_html_string}

if __name__ == '__main__':
    check = '--check' in sys.argv
    man = json.load(open(os.path.join(HERE, 'manifest.json')))
    bad = 0
    for p in man['postings']:
        sb = p['source_build']
        t = BUILDERS[sb['build']](sb, show(p['repo'], p['commit'], p['path']))
        f = os.path.join(HERE, 'postings', p['file'])
        if check:
            same = open(f, encoding='utf-8').read() == t
            bad += not same
            print(p['file'], 'ok' if same else 'DIFFERS')
        else:
            open(f, 'w', encoding='utf-8').write(t)
            print(p['file'], len(t), 'chars', len(t.split()), 'words')
    sys.exit(1 if bad else 0)
