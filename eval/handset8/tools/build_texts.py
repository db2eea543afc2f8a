#!/usr/bin/env python3
"""Rebuild eval/handset8/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build):
  md_section   Markdown file (or a Markdown copy of a scraped web page), YAML/TOML front matter removed, cut from
               'start' (inclusive) to 'end' (exclusive) when given; markup, links and stray HTML (<br />) kept as is
  php_html     PHP/HTML page cut between 'start' and 'end' when given; <?php ... ?> blocks, HTML comments and
               <script> removed, <li> -> '• ', </p>, </li>, </h1-6>, </div>, </ul>, <br>, <p>, <ul> -> line break,
               other tags removed, entities decoded, whitespace collapsed per line
  html_runon   scraped HTML cut between 'start' and 'end': <li>, <ul> and their closing tags removed with no line
               break (list items run together, as in copy-pasted scraped text), </p> and </h1-6> -> line break,
               other tags removed, entities decoded, whitespace collapsed per line (hard line breaks inside an item kept)
  serpapi_js   one job (by company_name and title) of a SerpApi Google Jobs result saved as a JavaScript object
               literal: title, company_name, location and via lines, a blank line, then the 'description' string
               (JS string literals joined with '+', escapes decoded)
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed."""
import html, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, html_to_text, md_section, php_html, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def html_runon(p, raw):
    return html_to_text(slice_between(p, raw), r'</?(ul|li)[^>]*>', r'</(p|h[1-6])>', items=None)


_JS_ESC = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', 'b': '\b', 'f': '\f', 'v': '\v'}


def _js_string(s, i):
    """Parses the JS string literal starting at s[i] (a quote); returns (value, index after the closing quote)."""
    q, i, out = s[i], i + 1, []
    while s[i] != q:
        c = s[i]
        if c == '\\':
            e = s[i + 1]
            if e == 'u':
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append(_JS_ESC.get(e, e))
            i += 2
            continue
        out.append(c)
        i += 1
    return ''.join(out), i + 1


def _js_field(s, key, i):
    """Value of `key: 'a' + 'b' ...` at or after index i (string literals joined with +)."""
    m = re.compile(r'\b' + key + r':\s*').search(s, i)
    j, parts = m.end(), []
    while True:
        v, j = _js_string(s, j)
        parts.append(v)
        k = re.compile(r'\s*\+\s*').match(s, j)
        if not k:
            return ''.join(parts)
        j = k.end()


def serpapi_js(p, raw):
    starts = [m.start() for m in re.finditer(r'\btitle:\s*', raw)]
    hits = [i for i in starts if _js_field(raw, 'title', i) == p['job_title']
            and _js_field(raw, 'company_name', i) == p['company_name']]
    assert len(hits) == 1, (p['job_title'], len(hits))
    i = hits[0]
    head = [_js_field(raw, k, i) for k in ('title', 'company_name', 'location', 'via')]
    return tidy('\n'.join(head) + '\n\n' + _js_field(raw, 'description', i))


BUILDERS = {'md_section': md_section, 'php_html': php_html, 'html_runon': html_runon, 'serpapi_js': serpapi_js}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
