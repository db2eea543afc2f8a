#!/usr/bin/env python3
"""Rebuild eval/handset53/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, html_to_text, slice_between and tidy from
eval/tools/posting_sources.py (the front-matter builders import PyYAML):
  fm_html        (this script) a Markdown/EJS page whose body is HTML: the front-matter value 'title_key' as the
                 title line, optional 'sub_key' value on the next line (as the layout prints it under the
                 heading), a blank line, then the body as lines - HTML comments dropped, paragraphs, items and
                 headings end lines, list items as '• ' bullets, other tags removed, entities decoded
  php_page       (this script) a PHP/HTML page cut from 'start' to 'end': PHP blocks, comments, styles, images
                 dropped; paragraphs, items, headings and <br> end lines; the page's own '• ' characters
                 inside <li> kept (no extra bullet added)
  js_job         (this script) a job object literal of a jQuery careers page (export var x = {...} with
                 template-literal strings) rendered in the order of the page script: title, header (HTML
                 reduced to lines), pay, then 'Duties & Responsibilities', 'Who You Are' and 'Qualifications'
                 lists (sub-headers as their own lines, items as '• ' bullets), then the footer
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, html_to_text, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BREAKS = r'</(p|li|ul|ol|div|h[1-6])>|<(br|p|ul|ol|h[1-6])(\s[^>]*)?/?>'


def fm_html(p, raw):
    import yaml
    m = re.match(r'^(?:<!--\s*)?---\n(.*?)\n---(?:\s*-->)?\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    head = [str(fm[p['title_key']]).strip()]
    if p.get('sub_key'):
        head.append(str(fm[p['sub_key']]).strip())
    body = html_to_text(raw[m.end():], r'<!--.*?-->', BREAKS)
    return tidy('\n'.join(head) + '\n\n' + body)


def php_page(p, raw):
    s = slice_between(p, raw)
    return html_to_text(s, r'<\?php.*?\?>|<!--.*?-->|<style[^>]*>.*?</style>|<img[^>]*>', BREAKS, items=None)


def js_job(p, raw):
    src = raw[raw.index('{'):raw.rindex('}') + 1]
    src = re.sub(r'`([^`]*)`', lambda m: json.dumps(m.group(1)), src)
    src = re.sub(r'(?m)^(\s*)(\w+):', r'\1"\2":', src)
    src = re.sub(r',(\s*[\]}])', r'\1', src)
    job = json.loads(src)

    def lines(h):
        return html_to_text(h, r'<!--.*?-->', BREAKS)

    def lst(items):
        out = []
        for it in items:
            if isinstance(it, dict):
                out += ['', it['header']] + ['• ' + re.sub(r'\s+', ' ', x).strip() for x in it['list']]
            else:
                out.append('• ' + re.sub(r'\s+', ' ', it).strip())
        return out
    out = [job['title'], '', lines(job['header']), '', lines(job['pay']), '', 'Duties & Responsibilities']
    out += lst(job['duties'])
    if job.get('who'):
        out += ['', 'Who You Are'] + lst(job['who'])
    out += ['', 'Qualifications'] + lst(job['qualifications'])
    out += ['', lines(job['footer'])]
    return tidy('\n'.join(out))


BUILDERS = {'fm_html': fm_html, 'php_page': php_page, 'js_job': js_job}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
