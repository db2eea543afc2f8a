#!/usr/bin/env python3
"""Rebuild eval/handset58/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, front_matter_md and tidy from
eval/tools/posting_sources.py (the YAML builders import PyYAML for the front matter):
  hugo_job_params  (this script) a Hugo job page whose text lives in front-matter fields, filled in the way
                   the site's layouts/jobs/single.html prints them: the title, the sub-header line
                   'Posted: <Mon D, YYYY>. Applications close: <expiryDate> Location: <joblocation>', the
                   'Link to Job' heading and apply-link text, then 'Job Description', 'Primary Job
                   Responsibilities' and 'Required Skills' headings, each followed by its field's Markdown
                   as published ('*' bullets, blank lines between items)
  jobtitle_md      (this script) a Jekyll collection page titled by its 'jobtitle' front-matter key (printed
                   as the card title by the site's openings page): that title, a blank line, the Markdown body
  front_matter_md  a Markdown page without front matter or title, body as published (links kept as Markdown)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import datetime, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, front_matter_md, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _front(raw):
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    return (yaml.safe_load(m.group(1)) or {}), raw[m.end():]


def hugo_job_params(p, raw):
    """A Red Hat Grads job page: front-matter fields in the order and with the headings of layouts/jobs/single.html."""
    fm, _ = _front(raw)
    d = fm['date']
    if not isinstance(d, (datetime.date, datetime.datetime)):
        d = datetime.datetime.fromisoformat(str(d))
    posted = f"{d.strftime('%b')} {d.day}, {d.year}"
    out = [str(fm['title']).strip(),
           f"Posted: {posted}. Applications close: {fm.get('expiryDate', '')} Location: {fm['joblocation']}",
           '', 'Link to Job', 'Click here to Apply at Red Hat Jobs',
           'Job Description', str(fm['jobdescription']).strip(), '',
           'Primary Job Responsibilities', str(fm['responsibilities']).strip(), '',
           'Required Skills', str(fm['skills']).strip()]
    return tidy('\n'.join(out))


def jobtitle_md(p, raw):
    """A Jekyll '_jobs' page: its 'jobtitle', a blank line, the Markdown body as published."""
    fm, body = _front(raw)
    return tidy('\n'.join([str(fm['jobtitle']).strip(), '', body]))


BUILDERS = {'hugo_job_params': hugo_job_params, 'jobtitle_md': jobtitle_md, 'front_matter_md': front_matter_md}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
