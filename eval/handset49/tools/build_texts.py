#!/usr/bin/env python3
"""Rebuild eval/handset49/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, front_matter_md and tidy from
eval/tools/posting_sources.py (jekyll_md imports PyYAML for the front matter):
  jekyll_md        a Jekyll / Hugo Markdown page: its front-matter title, a blank line, then the body;
                   Markdown markup kept as published
  front_matter_md  a Markdown file without front matter, cut at 'cut_from'; markup kept
  hugo_careers     (this script) a Hugo careers page whose layout prints fixed and front-matter facts under
                   the title: front-matter keys read case-insensitively (Hugo does), title, then each
                   'lines' entry ([label, value] or [label, '=key']) as 'Label: value', a blank line, the
                   Markdown body as published
  jekyll_md_br     (this script) jekyll_md for a CloudCannon-edited page whose Markdown carries inline HTML:
                   <br> tags become line breaks, entities (&nbsp;) are decoded, other tags removed
  gridsome_fields  (this script) a Gridsome careers page whose text lives in front-matter fields printed by
                   the template (src/templates/Careers.vue): title, 'Location: ...', then each
                   [heading, key, mode] section - mode 'inline' prints the field in one paragraph (HTML
                   collapses its line breaks), mode 'md' prints its Markdown paragraphs one per line with
                   '**' bold markers dropped (vue-simple-markdown renders them)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import html, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, front_matter_md, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _fm(raw):
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    return (yaml.safe_load(m.group(1)) or {}), raw[m.end():]


def hugo_careers(p, raw):
    """Hugo careers page: title, layout fact lines, blank line, Markdown body."""
    fm, body = _fm(raw)
    fm = {str(k).lower(): v for k, v in fm.items()}
    out = [str(fm['title']).strip()]
    for label, val in p.get('lines', []):
        v = str(fm[val[1:]]).strip() if val.startswith('=') else val
        out.append(f'{label}: {v}')
    out += ['', body]
    return tidy('\n'.join(out))


def jekyll_md_br(p, raw):
    """jekyll_md with inline HTML: <br> as line breaks, entities decoded, other tags dropped."""
    fm, body = _fm(raw)
    body = re.sub(r'<br\s*/?>', '\n', body)
    body = re.sub(r'<[^>]+>', '', body)
    body = html.unescape(body)
    return tidy('\n'.join([str(fm['title']).strip(), '', body]))


def gridsome_fields(p, raw):
    """Gridsome careers template filled from front-matter fields."""
    fm, _ = _fm(raw)
    out = [str(fm['title']).strip(), f"Location: {str(fm['location']).strip()}", '']
    for heading, key, mode in p['sections']:
        out.append(heading)
        val = str(fm.get(key) or '')
        if mode == 'inline':
            out.append(re.sub(r'\s+', ' ', val).strip())
        else:
            for para in re.split(r'\n\s*\n', val):
                para = re.sub(r'\s+', ' ', para.replace('**', '')).strip()
                if para:
                    out.append(para)
        out.append('')
    return tidy('\n'.join(out))


BUILDERS = {'jekyll_md': jekyll_md, 'front_matter_md': front_matter_md, 'hugo_careers': hugo_careers,
            'jekyll_md_br': jekyll_md_br, 'gridsome_fields': gridsome_fields}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
