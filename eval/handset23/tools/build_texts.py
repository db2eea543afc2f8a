#!/usr/bin/env python3
"""Rebuild eval/handset23/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md, php_html, show and tidy from
eval/tools/posting_sources.py:
  vacancy_md    (new in this set) a vacancy of a Gatsby site kept as Markdown with a YAML front matter of
                label/value fields (Netlify CMS): rendered in the order the site's vacancy template shows its
                text blocks - the title, the place (its English caption from the site's own i18n file,
                'i18n' in the same commit), the short description, the 'Language skills' block (caption,
                description, then one 'Language: level' line per language the record sets) and the
                'Additional skills' block (one 'Skill: value' line per skill the record sets; a caption's
                bracketed note, shown on the site as a pop-up marked '*', is written ' (*note)'), then the
                Markdown body as published; the template's other blocks (fee, age, term, conditions, icons)
                are left out
  jekyll_md     a Jekyll / Hugo Markdown page: the title from its YAML front matter as the first line, a blank
                line and the body cut from 'start' to 'cut_from'; Markdown markup kept as published
  php_html      an HTML/PHP page cut from 'start' to 'end': comments and PHP dropped, paragraphs, list items
                (as '• ' bullets) and headings end lines, other tags removed, entities decoded
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, php_html, show, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _caption(s):
    """The site's TextWithNote: 'text[note]' shows the text with a '*' pop-up note."""
    return re.sub(r'\[(.*?)\]', r' (*\1)', s)


def vacancy_md(p, raw):
    """A Netlify-CMS vacancy record rendered as the vacancy page's text blocks (see module docstring)."""
    import yaml  # PyYAML, as for jekyll_md

    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    body = raw[m.end():]
    i18n = {e['key']: e.get('en', '') for e in json.loads(show(p['repo'], p['commit'], p['i18n']))['data']}
    place = fm.get('place', '').replace('-', '_')
    out = [str(fm['title']).strip(), i18n.get(f'pages_vacancies_group_title_{place}', fm.get('place', '')),
           '', str(fm.get('short_description', '')).strip(), '']
    langs = {k: v for k, v in (fm.get('required_languages') or {}).items() if v}
    if langs:
        out += [i18n['vacancies_languages_block_label'], i18n['vacancies_languages_block_description']]
        out += [f"{i18n['vacancies_languages_key_titles_' + k]}: {i18n['vacancies_languages_value_titles_' + v]}"
                for k, v in langs.items()]
        out.append('')
    skills = {k: v for k, v in (fm.get('additional_skills') or {}).items() if v}
    if skills:
        out.append(i18n['vacancies_additional_skills_block_label'])
        out += [f"{_caption(i18n['vacancies_additional_skills_key_titles_' + k])}: "
                f"{i18n['vacancies_additional_skills_value_titles_' + v]}" for k, v in skills.items()]
        out.append('')
    out.append(body)
    return tidy('\n'.join(out))


BUILDERS = {'vacancy_md': vacancy_md, 'jekyll_md': jekyll_md, 'php_html': php_html}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
