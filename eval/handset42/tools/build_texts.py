#!/usr/bin/env python3
"""Rebuild eval/handset42/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, front_matter_md, html_to_text,
tidy and show from eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body;
                   Markdown markup kept as published
  front_matter_md  a Markdown file as published (front matter, if any, removed); with 'title' set (this
                   script's wrapper md_titled) that title line and a blank line go first - for a MkDocs page
                   with no heading of its own, whose title the site derives from the file name
  md_html          (this script) a Markdown file that is mostly inline HTML: the whole file turned into lines
                   like a PHP/HTML page (tags removed, entities decoded, paragraphs, items and headings end
                   lines, items as '• ' bullets); Markdown setext underlines ('---') kept as published
  eleventy_job     (this script) an Eleventy job page whose text lives in front-matter fields: the job-page
                   template of the same commit is followed - title and the '(f/m/d/-)' second line, the
                   description, then the three lists under the headings the site data file gives
                   ('What you can expect from us' / 'What you should bring with you' / 'What we offer', a
                   heading printed even when its list is empty) and the fixed 'Interested?' paragraph -
                   turned into lines as md_html does
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import html, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, front_matter_md, html_to_text, show  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CURRENT = {}
BREAKS = r'</(p|li|ul|div|h[1-6])>|<(br|p|ul)(\s[^>]*)?/?>'


def md_titled(p, raw):
    """front_matter_md with a title line (p['title']) and a blank line before the text."""
    t = front_matter_md(p, raw)
    return t if not p.get('title') else p['title'] + '\n\n' + t


def md_html(p, raw):
    """A Markdown file that is mostly inline HTML, as lines."""
    return html_to_text(raw, r'<!--.*?-->', BREAKS)


def eleventy_job(p, raw):
    """An Eleventy job page rendered as its job-details template prints it (headings from the site data file)."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n?', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    heads = json.loads(show(CURRENT['repo'], CURRENT['commit'], p['data']))['jobDescription']
    esc = lambda s: html.escape(str(s).strip(), quote=False)
    desc = '\n\n'.join(esc(par) for par in str(fm.get('description', '')).split('\n\n'))
    parts = [f'<h1>{esc(fm["title"])}</h1>', f'<h1>{p.get("second_line", "")}</h1>', f'<p>{desc}</p>']
    for key, head in (('expectations', 'titleExpectations'), ('requirements', 'titleRequirements'),
                      ('offers', 'titleOffer')):
        parts.append(f'<h3>{esc(heads[head])}</h3><ul>')
        parts += [f'<li>{esc(item)}</li>' for item in fm.get(key) or []]
        parts.append('</ul>')
    parts += [f'<h3>{h}</h3>' if i == 0 else f'<p>{h}</p>' for i, h in enumerate(p.get('closing', []))]
    return html_to_text('\n'.join(parts), r'<!--.*?-->', BREAKS)


BUILDERS = {'jekyll_md': jekyll_md, 'md_titled': md_titled, 'front_matter_md': front_matter_md,
            'md_html': md_html, 'eleventy_job': eleventy_job}


if __name__ == '__main__':
    man = json.load(open(os.path.join(HERE, 'manifest.json')))

    def wrap(fn):
        """Tells a builder which repository and commit it is reading (eleventy_job reads the site data there too)."""
        def run(sb, raw):
            posts = [q for q in man['postings'] if q['source_build'] == sb]
            CURRENT.clear()
            if len({(q['repo'], q['commit']) for q in posts}) == 1:
                CURRENT.update(repo=posts[0]['repo'], commit=posts[0]['commit'])
            return fn(sb, raw)
        return run
    build_set(HERE, {k: wrap(v) for k, v in BUILDERS.items()})
