"""What the hand sets' build_texts.py scripts share: read a file at a commit from a local snapshot of its
repository, tidy the text, and write (or --check) every posting a set's manifest.json lists.
Snapshots: MIRROR_DIR (default /work/.mirror), layout <owner>+<name>/repo."""
import json, os, re, subprocess, sys

MIRROR = os.environ.get('MIRROR_DIR', '/work/.mirror').rstrip('/') + '/'

def gitdir(repo):
    base = MIRROR + repo.replace('/', '+') + '/repo'
    return base + '/.git' if os.path.isdir(base + '/.git') else base

def show(repo, commit, path):
    return subprocess.run(['git', '-C', gitdir(repo), 'show', f'{commit}:{path}'],
                          capture_output=True, check=True).stdout.decode('utf-8')

def tidy(t):
    """Trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
    lines = [l.rstrip() for l in t.replace('\r\n', '\n').split('\n')]
    t = '\n'.join(lines)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip('\n') + '\n'

def collapse_lines(s):
    """Each line's runs of whitespace as one space, trimmed."""
    return '\n'.join(re.sub(r'\s+', ' ', l).strip() for l in s.split('\n'))


def slice_between(p, raw):
    """The part of a page from the posting's `start` marker to its `end` marker (either may be absent)."""
    i = raw.index(p['start']) if p.get('start') else 0
    j = raw.index(p['end'], i) if p.get('end') else len(raw)
    return raw[i:j]


def html_to_text(s, drop, breaks, items=r'<li[^>]*>'):
    """HTML as lines: `drop` removed whole, list items as bullets, `breaks` as line ends, other tags gone."""
    import html
    s = re.sub(drop, '', s, flags=re.S)
    if items:
        s = re.sub(items, '\n• ', s)
    s = re.sub(breaks, '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    return tidy(collapse_lines(html.unescape(s)))


def md_section(p, raw):
    """A Markdown page without its front matter, from its `start` marker to its `end` marker (either may be absent)."""
    m = re.match(r'^(---|\+\+\+)\n.*?\n\1\n', raw, re.S)
    t = raw[m.end():] if m else raw
    if p.get('start'):
        t = t[t.index(p['start']):]
    if p.get('end'):
        t = t[:t.index(p['end'])]
    return tidy(t)


def php_html(p, raw):
    """A PHP/HTML page's posting as lines: PHP, comments and scripts dropped; paragraphs, items and headings end lines."""
    return html_to_text(slice_between(p, raw), r'<\?php.*?\?>|<!--.*?-->|<script[^>]*>.*?</script>',
                        r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>')


def front_matter_md(p, raw):
    """Markdown file, YAML (or TOML) front matter removed, cut at p['cut_from'] when given; markup kept."""
    m = re.match(r'^(---|\+\+\+)\n.*?\n\1\n', raw, re.S)
    t = raw[m.end():] if m else raw
    if p.get('cut_from'):
        t = t[:t.index(p['cut_from'])]
    return tidy(t)


def jekyll_md(p, raw):
    """A Jekyll / Hugo Markdown post: its title and chosen front-matter fields (p['fields']: [label, key]) as
    label lines, a blank line, then the body cut from p['start'] to p['cut_from'] (when given), comments and tags
    removed when p['strip_html']; Markdown markup kept."""
    import yaml  # only the sets with YAML front matter need PyYAML

    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    body = raw[m.end():]
    if p.get('start'):
        body = body[body.index(p['start']):]
    if p.get('cut_from'):
        body = body[:body.index(p['cut_from'])]
    if p.get('strip_html'):
        body = re.sub(r'<!--.*?-->', '', body, flags=re.S)
        body = re.sub(r'<[^>]+>', '', body)
    out = [str(fm['title']).strip()]
    for label, key in p.get('fields', []):
        if fm.get(key) not in (None, ''):
            out.append(f'{label}: {str(fm[key]).strip()}')
    out += ['', body]
    return tidy('\n'.join(out))

TOKEN = re.compile(r"""(?P<key>\b\w+)\s*:(?!:)|(?P<open>\[)|(?P<close>\])|"(?P<dq>(?:[^"\\]|\\.)*)"|'(?P<sq>(?:[^'\\]|\\.)*)'|`(?P<bq>(?:[^`\\]|\\.)*)`""", re.S)

def unescape_js(s):
    return re.sub(r"\\(.)", lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), s)

def js_strings(p, raw):
    """A job listing's object literal as text: string values one per line, array items as bullets."""
    src = slice_between(p, raw)
    skip, para, label = set(p.get('skip', [])), set(p.get('para', [])), set(p.get('label', []))
    key, depth, out = None, 0, []
    for m in TOKEN.finditer(src):
        if m.group('key'):
            key = m.group('key')
            out.append('')
            if key in label:
                out.append(key)
        elif m.group('open'):
            depth += 1
        elif m.group('close'):
            depth = max(0, depth - 1)
        else:
            s = m.group('dq') if m.group('dq') is not None else m.group('sq') if m.group('sq') is not None else m.group('bq')
            if key in skip or key is None:
                continue
            out.append(('• ' if depth and key not in para else '') + unescape_js(s))
    return tidy('\n'.join(out))

def build_set(set_dir, builders):
    """Rebuilds set_dir/postings/ from set_dir/manifest.json; with --check compares instead and exits 1 on a difference."""
    check = '--check' in sys.argv
    man = json.load(open(os.path.join(set_dir, 'manifest.json')))
    bad = 0
    for p in man['postings']:
        sb = p['source_build']
        t = builders[sb['build']](sb, show(p['repo'], p['commit'], p['path']))
        f = os.path.join(set_dir, 'postings', p['file'])
        if check:
            same = os.path.exists(f) and open(f, encoding='utf-8').read() == t
            bad += not same
            print(p['file'], 'ok' if same else 'DIFFERS')
        else:
            open(f, 'w', encoding='utf-8').write(t)
            print(p['file'], len(t), 'chars', len(t.split()), 'words')
    sys.exit(1 if bad else 0)
