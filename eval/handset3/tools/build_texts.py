#!/usr/bin/env python3
"""Rebuild eval/handset3/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; paths in MIRRORS)."""
import csv, html, io, re, subprocess, sys, json, os

M = os.environ.get('MIRROR_DIR', '/work/.mirror').rstrip('/') + '/'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIRRORS = {
 'RemoteWLB/remote-jobs': M+'RemoteWLB+remote-jobs/repo',
 'brandondasilva/thheating-old': M+'brandondasilva+thheating-old/repo',
 'mxdi9i7/kevinLaw': M+'mxdi9i7+kevinLaw/repo/.git',
 'proteinreport/proteinreport.org': M+'proteinreport+proteinreport.org/repo',
 'throneless-tech/jobsboard': M+'throneless-tech+jobsboard/repo',
 'marcolenci/dai-dinamici.github.io': M+'marcolenci+dai-dinamici.github.io/repo',
 'dandeliwithus/jekyll-job-board': M+'dandeliwithus+jekyll-job-board/repo',
 'rhayes92/job-finder': M+'rhayes92+job-finder/repo',
}

def show(repo, commit, path):
    return subprocess.run(['git', '-C', MIRRORS[repo], 'show', f'{commit}:{path}'], capture_output=True, check=True).stdout.decode('utf-8')

def tidy(t, dedent=False):
    lines = [l.rstrip() for l in t.replace('\r\n', '\n').split('\n')]
    if dedent:
        lines = [l.lstrip() for l in lines]
    t = '\n'.join(lines)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip('\n') + '\n'

def strip_front_matter(t):
    m = re.match(r'^(---|\+\+\+)\n.*?\n\1\n', t, re.S)
    return t[m.end():] if m else t

def strip_html(t):
    t = re.sub(r'<\?php.*?\?>', '', t, flags=re.S)
    t = re.sub(r'<!--.*?-->', '', t, flags=re.S)
    t = re.sub(r'<[^>]+>', '', t)
    return html.unescape(t)

def nyc_row(repo, commit, path, job_id, posting_type):
    data = show(repo, commit, path)
    rows = list(csv.reader(io.StringIO(data)))
    hdr = rows[0]
    for r in rows[1:]:
        d = dict(zip(hdr, r))
        if d['Job ID'] == job_id and d['Posting Type'] == posting_type:
            return d
    raise KeyError(job_id)

def build(p):
    repo, commit, path = p['repo'], p['commit'], p['path']
    kind = p['build']
    if kind == 'markdown':
        t = strip_front_matter(show(repo, commit, path))
        if p.get('cut_from'):
            i = t.index(p['cut_from']); t = t[:i]
        return tidy(t)
    if kind == 'html':
        raw = show(repo, commit, path)
        if p.get('slice'):
            a, b = p['slice']; i = raw.index(a); j = raw.index(b, i); raw = raw[i:j]
        else:
            raw = raw[raw.index('<body>'):]
        return tidy(strip_html(raw), dedent=True)
    if kind == 'nyc_csv':
        d = nyc_row(repo, commit, path, p['job_id'], p['posting_type'])
        parts = [d['Business Title'], d['Agency'], '', 'Job Description', d['Job Description'], '',
                 'Minimum Qual Requirements', d['Minimum Qual Requirements'], '', 'Preferred Skills', d['Preferred Skills']]
        return tidy('\n'.join(parts))
    raise ValueError(kind)

if __name__ == '__main__':
    man = json.load(open(os.path.join(HERE, 'manifest.json')))
    for p in man['postings']:
        t = build(p['source_build'] | {'repo': p['repo'], 'commit': p['commit'], 'path': p['path']})
        open(os.path.join(HERE, 'postings', p['file']), 'w').write(t)
        print(p['file'], len(t))
