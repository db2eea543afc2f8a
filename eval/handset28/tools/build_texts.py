#!/usr/bin/env python3
"""Rebuild eval/handset28/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, collapse_lines, jekyll_md and tidy from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  php_career    (new in this set) one entry of a PHP data file holding a site's openings as nested
                `array(...)` literals of single-quoted strings (`$careers = array('<key>' => array('title' =>
                ..., 'description' => array(1 => ...), ...))`), rendered in the order the site's detail page
                (carrera.php) prints them: the title, a blank line, the description paragraphs, the
                requirements heading ('requirements_title', or the page's default 'Requirements and
                abilities for the position') with the requirements as '• ' bullets, 'Job Details' and the
                detail lines when present, the skills heading ('skills_title', or the page's default
                'Technical and representation skills') with the skills as '• ' bullets when present, the
                'extra_description' line and the 'apply' text (after the page's 'To Apply:') when present.
                In each string: runs of whitespace as one space, '<br>' as a line end, other HTML tags
                removed, entities decoded, each line trimmed. The page's 'Careers / Work with Us' header,
                banner text and application form are left out. 'key' names the entry.
  jekyll_md     a Jekyll / Hugo Markdown page: its front-matter title and chosen fields ('fields': [label,
                key]) as label lines, a blank line, then the body; Markdown markup kept as published
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import html, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, collapse_lines, jekyll_md, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PHP_TOKEN = re.compile(r"'((?:[^'\\]|\\.)*)'|(=>)|(array\s*\()|(\))|(,)|(\d+)|(\s+)", re.S)


def _php_tokens(src):
    src = re.sub(r'/\*.*?\*/', '', src, flags=re.S)  # block comments (the file's schema note, disabled entries)
    pos, out = 0, []
    while pos < len(src):
        m = PHP_TOKEN.match(src, pos)
        if not m:
            raise ValueError(f'php_career: unexpected text at {pos}: {src[pos:pos + 30]!r}')
        pos = m.end()
        if m.group(1) is not None:
            out.append(('str', re.sub(r"\\(['\\])", r'\1', m.group(1))))
        elif m.group(2):
            out.append(('=>', None))
        elif m.group(3):
            out.append(('(', None))
        elif m.group(4):
            out.append((')', None))
        elif m.group(5):
            out.append((',', None))
        elif m.group(6):
            out.append(('int', int(m.group(6))))
    return out


def _php_array(toks, i):
    """Parses the tokens after 'array(' up to its ')': a dict (keys kept in order) and the next index."""
    out, auto = {}, 0
    while toks[i][0] != ')':
        first = toks[i]
        if toks[i + 1][0] == '=>':
            key, i = first[1], i + 2
        else:
            key, auto = auto, auto + 1
        if toks[i][0] == '(':
            val, i = _php_array(toks, i + 1)
        else:
            val, i = toks[i][1], i + 1
        out[key] = val
        if toks[i][0] == ',':
            i += 1
    return out, i + 1


def _php_text(s):
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'<br\s*/?>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    return collapse_lines(html.unescape(s)).strip('\n')


def php_career(p, raw):
    """One opening of a PHP `$careers = array(...)` data file, as the site's detail page shows it."""
    start = raw.index('$careers = array(') + len('$careers = ')
    toks = _php_tokens(raw[start:raw.index(');', start) + 1])
    careers, _ = _php_array(toks, 1)
    c = careers[p['key']]
    out = [_php_text(c['title']), '']
    out += [_php_text(d) for d in c['description'].values()] + ['']
    out.append(_php_text(c.get('requirements_title', 'Requirements and abilities for the position')))
    out += ['• ' + _php_text(r) for r in c['requirements'].values()] + ['']
    if 'details' in c:
        out += ['Job Details'] + [_php_text(d) for d in c['details'].values()] + ['']
    if 'skills' in c:
        out.append(_php_text(c.get('skills_title', 'Technical and representation skills')))
        out += ['• ' + _php_text(s) for s in c['skills'].values()] + ['']
    if 'extra_description' in c:
        out += [_php_text(c['extra_description']), '']
    if 'apply' in c:
        out += ['To Apply:', _php_text(c['apply'])]
    return tidy('\n'.join(out))


BUILDERS = {'php_career': php_career, 'jekyll_md': jekyll_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
