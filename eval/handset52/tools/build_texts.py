#!/usr/bin/env python3
"""Rebuild eval/handset52/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, front_matter_md, php_html, tidy from
eval/tools/posting_sources.py (cssb_job imports PyYAML for the front matter):
  front_matter_md  a Markdown page without its front matter (if any); Markdown markup kept as published
                   (the page's own '# ' heading is its title line)
  php_html         an HTML page (a Jobvite export, a static site page) from its 'start' marker to its 'end'
                   marker (either may be absent): tags, comments and scripts removed, paragraphs, items and
                   headings end lines, items as '• ' bullets, entities decoded
  cssb_job         (this script) a Jekyll '_jobs' page rendered the way the site's job layout prints it:
                   '{title} at {hiringOrganization.name}', a blank line, the Markdown body (HTML tags such as
                   <br> removed, Markdown kept), then the layout's 'The Details' block: company, start date,
                   location, employment type, 'Apply by' date (validThrough as %d/%m/%y %H:%M) and
                   'Apply Here' when an apply link is given
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, front_matter_md, php_html, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cssb_job(p, raw):
    """A cssbristol.co.uk job page: layout title, Markdown body, then the layout's details block."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    body = re.sub(r'<[^>]+>', '', raw[m.end():])
    org = fm['hiringOrganization']['name']
    out = [f"{str(fm['title']).strip()} at {org}", '', body, '', 'The Details', str(org)]
    for key in ('startDate', 'jobLocation', 'employmentType'):
        if fm.get(key):
            out.append(str(fm[key]).strip())
    if fm.get('validThrough'):
        v = fm['validThrough']
        if isinstance(v, str):  # PyYAML leaves '2022-12-31 00:00:00 +0100' a string
            from datetime import datetime
            v = datetime.strptime(v.strip(), '%Y-%m-%d %H:%M:%S %z')
        out.append(v.strftime('%d/%m/%y %H:%M'))
    if (fm.get('apply') or {}).get('link'):
        out.append('Apply Here')
    return tidy('\n'.join(out))


BUILDERS = {'front_matter_md': front_matter_md, 'php_html': php_html, 'cssb_job': cssb_job}


if __name__ == '__main__':
    build_set(HERE, BUILDERS)
