#!/usr/bin/env python3
"""Rebuild eval/handset48/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, md_section, show and tidy from
eval/tools/posting_sources.py (the front-matter builders import PyYAML):
  js_careers      (this script) a React site's careers data file (a JavaScript object with Markdown in
                  template literals): the position's title, a blank line, the shared introduction
                  ('generalText', or the position's own 'introText' when it has one), a blank line, then
                  the position's 'text'; Markdown kept as written
  next_job_page   (this script) a Next.js / MDX job page: front-matter title, the detail page's header
                  lines ('Experience: ...', 'Job type: ...', 'Location: ...'), the skill tags one per line
                  and the 'Apply now' button text, a blank line, then the Markdown body with HTML tags
                  removed
  hugo_shortcodes (this script) a Hugo page: front-matter title and chosen fields as 'Label: value' lines,
                  a blank line, then the Markdown body with each {{% name %}} / {{< name >}} shortcode
                  replaced by its file under layouts/shortcodes/ at the same commit (HTML tags removed)
  md_section      a plain Markdown file from a start marker to an end marker (either optional)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import json, os, re, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, md_section, show, tidy, gitdir  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CURRENT = {}


def _front_matter(raw):
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    return (yaml.safe_load(m.group(1)) or {}), raw[m.end():]


def js_careers(p, raw):
    """Title, shared (or own) introduction and text of one position in a careersData.js object."""
    def literal(src, key):
        m = re.search(key + r':\s*`(.*?)`', src, re.S)
        return m.group(1) if m else None
    i = raw.index("title: '%s'" % p['position'])
    j = raw.find('title: ', i + 1)
    block = raw[i:j if j > 0 else len(raw)]
    intro = literal(block, 'introText') or literal(raw, 'generalText')
    return tidy('\n'.join([p['position'], '', intro.strip('\n'), '', literal(block, 'text').strip('\n')]))


def next_job_page(p, raw):
    """The careers detail page of the Next.js site: header lines, skill tags, button, then the body."""
    fm, body = _front_matter(raw)
    out = [str(fm['title']).strip()]
    for label, key in p.get('fields', []):
        out.append(f'{label}: {str(fm[key]).strip()}')
    out += [str(s) for s in fm.get('skills') or []]
    if p.get('button'):
        out.append(p['button'])
    body = re.sub(r'<!--.*?-->', '', body, flags=re.S)
    body = re.sub(r'<[^>]+>', '', body)
    return tidy('\n'.join(out + ['', body]))


def hugo_shortcodes(p, raw):
    """Hugo page with its shortcodes filled in from layouts/shortcodes/ at the same commit."""
    fm, body = _front_matter(raw)
    out = [str(fm['title']).strip()]
    for label, key in p.get('fields', []):
        if fm.get(key) not in (None, ''):
            out.append(f'{label}: {str(fm[key]).strip()}')
    files = subprocess.run(['git', '-C', gitdir(CURRENT['repo']), 'ls-tree', '--name-only', CURRENT['commit'],
                            'layouts/shortcodes/'], capture_output=True, check=True).stdout.decode().split()

    def fill(m):
        name = m.group(1)
        f = next(x for x in files if os.path.basename(x).split('.')[0] == name)
        s = show(CURRENT['repo'], CURRENT['commit'], f)
        return re.sub(r'<[^>]+>', '', s).strip('\n')
    body = re.sub(r'\{\{[%<]\s*(\w+)\s*[%>]\}\}', fill, body)
    return tidy('\n'.join(out + ['', body]))


BUILDERS = {'js_careers': js_careers, 'next_job_page': next_job_page, 'hugo_shortcodes': hugo_shortcodes,
            'md_section': md_section}


if __name__ == '__main__':
    man = json.load(open(os.path.join(HERE, 'manifest.json')))

    def wrap(fn):
        """Tells a builder which repository and commit it is reading (hugo_shortcodes reads shortcodes there)."""
        def run(sb, raw):
            posts = [p for p in man['postings'] if p['source_build'] == sb]
            CURRENT.clear()
            if len({(p['repo'], p['commit']) for p in posts}) == 1:
                CURRENT.update(repo=posts[0]['repo'], commit=posts[0]['commit'])
            return fn(sb, raw)
        return run
    build_set(HERE, {k: wrap(v) for k, v in BUILDERS.items()})
