#!/usr/bin/env python3
"""Rebuild eval/handset7/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build):
  appcast_xml       one <job> (by job_reference) of an Appcast XML job feed: title line, then the <body> HTML
                    (<p> -> line break, <li> -> '• ', other tags removed)
  jekyll_job_fields a Jekyll job-board post (staticman): 'title' line, the Markdown body as found, then
                    'Qualifications:' and the front-matter 'qualifications' field as stored (CRLF -> LF)
  front_matter_md   Markdown file, YAML front matter removed, markup kept as is (shared helper)
  nyc_jobs_csv      one row (by Job ID and Posting Type) of a copy of the NYC Open Data "NYC Jobs" CSV:
                    Business Title line, 'Agency:' line, then each text column under its column name
                    ('Job Description:', 'Minimum Qual Requirements:', 'Preferred Skills:', 'Additional
                    Information:'), values as stored (mojibake such as 'â€™' kept)
  careercenter_csv  one row (by Title and date) of a copy of the careercenter.am "data_job_posts.csv";
                    the raw 'jobpost' field as stored (hard-wrapped, upper-case headings)
  tpl_html          HTML table markup of a Smarty careers template, cut between 'start' and 'end' when given;
                    Smarty/HTML comments and <script> removed, <li> -> '• ', </td>, </tr>, </li>, <br>, <p>,
                    <ul>, </ul> -> line break, other tags removed, entities decoded, whitespace collapsed per line
All: trailing whitespace trimmed per line, runs of blank lines collapsed to one, outer blank lines trimmed.
Files that are not UTF-8 (tpl_html 011: cp1252 no-break spaces) are decoded as cp1252."""
import csv, html, io, os, re, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
import posting_sources  # noqa: E402
from posting_sources import build_set, collapse_lines, front_matter_md, html_to_text, slice_between, tidy, gitdir  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def show(repo, commit, path):
    """As posting_sources.show, but falls back to cp1252 for files that are not UTF-8."""
    b = subprocess.run(['git', '-C', gitdir(repo), 'show', f'{commit}:{path}'],
                       capture_output=True, check=True).stdout
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('cp1252')


posting_sources.show = show  # build_set looks the name up in its module




def appcast_xml(p, raw):
    import xml.etree.ElementTree as ET
    jobs = [j for j in ET.fromstring(raw).iter('job') if j.findtext('job_reference') == p['job_reference']]
    assert len(jobs) == 1 and jobs[0].findtext('title') == p['job_title'], p['job_reference']
    b = jobs[0].findtext('body')
    b = re.sub(r'<li[^>]*>', '\n• ', b)
    b = re.sub(r'</?(p|ul|br)[^>]*>|</li>', '\n', b)
    b = re.sub(r'<[^>]+>', '', b)
    return tidy(p['job_title'] + '\n\n' + collapse_lines(html.unescape(b)))


def jekyll_job_fields(p, raw):
    import yaml  # PyYAML
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1))
    assert fm['title'] == p['job_title'], fm['title']
    body = raw[m.end():]
    quals = fm['qualifications'].replace('\r\n', '\n')
    return tidy(fm['title'] + '\n\n' + body.replace('\r\n', '\n') + '\n\nQualifications:\n' + quals)


def nyc_jobs_csv(p, raw):
    rows = [r for r in csv.DictReader(io.StringIO(raw))
            if r['Job ID'] == p['job_id'] and r['Posting Type'] == p['posting_type']]
    assert len(rows) == 1 and rows[0]['Business Title'] == p['job_title'], p['job_id']
    r = rows[0]
    out = [r['Business Title'], 'Agency: ' + r['Agency'], '']
    for k in ('Job Description', 'Minimum Qual Requirements', 'Preferred Skills', 'Additional Information'):
        if r[k].strip():
            out += [k + ':', r[k], '']
    return tidy('\n'.join(out))


def careercenter_csv(p, raw):
    rows = [r for r in csv.DictReader(io.StringIO(raw)) if r['Title'] == p['job_title'] and r['date'] == p['date']]
    assert len(rows) == 1, p['job_title']
    return tidy(rows[0]['jobpost'])


def tpl_html(p, raw):
    return html_to_text(slice_between(p, raw), r'\{\*.*?\*\}|<!--.*?-->|<script[^>]*>.*?</script>',
                        r'</(td|tr|li|p|ul)>|<(br|p|ul)(\s[^>]*)?/?>')


BUILDERS = {'appcast_xml': appcast_xml, 'jekyll_job_fields': jekyll_job_fields, 'front_matter_md': front_matter_md,
            'nyc_jobs_csv': nyc_jobs_csv, 'careercenter_csv': careercenter_csv, 'tpl_html': tpl_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
