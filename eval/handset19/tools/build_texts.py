#!/usr/bin/env python3
"""Rebuild eval/handset19/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); php_html, html_to_text, slice_between and tidy from
eval/tools/posting_sources.py (not edited):
  php_html      an HTML/ASP page cut from 'start' to 'end': comments and scripts dropped, paragraphs, list items
                (as '• ' bullets) and headings end lines, other tags removed, entities decoded
  jsx_html      (new in this set) a React component's JSX markup cut from 'start' to 'end': the same rules as
                php_html ('{...}' attribute expressions sit inside tags and go with them)
  pickle_job    (new in this set) a job record stored as a Python 2 pickle (a dict of label/value fields) by a
                Webware job board: the fields the board's Display page shows before the description, as
                'Label: value' lines (category, posted, expires), then the title, institution and department
                lines, a blank line and the description (CR LF as line ends, its few HTML tags removed); strings
                decoded as UTF-8; the contact and application block after the description is left out
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import html, os, pickle, re, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, php_html, html_to_text, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jsx_html(p, raw):
    """JSX markup of a React page as lines (php_html rules)."""
    return html_to_text(slice_between(p, raw), r'<!--.*?-->|\{/\*.*?\*/\}',
                        r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>')


def _s(v):
    return v.decode('utf-8') if isinstance(v, bytes) else v


def pickle_job(p, raw):
    """A pickled job record rendered as label/value lines, title block and description."""
    d = {_s(k): v for k, v in pickle.loads(raw.encode('utf-8', 'surrogateescape'), encoding='bytes').items()}
    out = ['Job Category: ' + _s(d['category'])]
    for label, key in (('Posted', 'posted'), ('Expires', 'exp_tuple')):
        t = d.get(key)
        if t is not None:
            out.append(label + ': ' + time.strftime('%b. %d, %Y', time.struct_time(tuple(t))))
    out += ['', _s(d['job_title']), _s(d['job_inst'])]
    if _s(d.get('job_dept', b'')).strip():
        out.append(_s(d['job_dept']))
    desc = _s(d['description']).replace('\r\n', '\n').replace('\r', '\n')
    desc = html.unescape(re.sub(r'<[^>]+>', '', desc))
    out += ['', desc]
    return tidy('\n'.join(out))


BUILDERS = {'php_html': php_html, 'jsx_html': jsx_html, 'pickle_job': pickle_job}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
