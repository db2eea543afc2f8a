#!/usr/bin/env python3
"""Rebuild eval/handset65/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, html_to_text and slice_between from
eval/tools/posting_sources.py (fm_description imports PyYAML for the front matter):
  flat_html       (this script) an HTML / Mako / PHP / JSX page's posting, from its 'start' marker to its 'end'
                  marker: PHP blocks, comments and JSX comments dropped, a PHP '<?=$title?>' replaced by the
                  page's own $title value when 'php_title' is set, JSX {" "} as a space, all whitespace runs
                  (source line wraps included) as one space; then as lines: paragraphs, list items, headings,
                  definition terms and descriptions end lines, list items as '• ' bullets
  fm_description  (this script) a Netlify-CMS job page whose text lives in front matter (RLA's Gatsby site):
                  the title, a blank line, the 'description' Markdown as published, a blank line, then the
                  summary box the job template prints ('Salary:', 'Hours:', 'Location:' lines and 'Benefits:'
                  with one benefit a line)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, html_to_text, slice_between, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def flat_html(p, raw):
    """A page's posting between two markers as lines; source line wraps do not break lines."""
    s = slice_between(p, raw)
    if p.get('php_title'):
        title = re.search(r'\$title\s*=\s*"(.*?)";', raw).group(1).strip()
        s = s.replace('<?=$title?>', title)
    s = re.sub(r'<\?php.*?\?>|<!--.*?-->|\{/\*.*?\*/\}', '', s, flags=re.S)
    s = re.sub(r'\{"\s*"\}', ' ', s)
    s = re.sub(r'\s+', ' ', s)
    return html_to_text(s, r'<script[^>]*>.*?</script>',
                        r'</(p|li|ul|div|h[1-6]|dt|dd|section)>|<(br|p|ul)(\s[^>]*)?/?>')


def fm_description(p, raw):
    """Title, the front-matter description (Markdown), then the template's summary box."""
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    out = [str(fm['title']).strip(), '', str(fm['description']).strip(), '']
    for label, key in (('Salary', 'salary'), ('Hours', 'hours'), ('Location', 'location')):
        if fm.get(key) not in (None, ''):
            out.append(f'{label}: {str(fm[key]).strip()}')
    if fm.get('benefits'):
        out.append('Benefits:')
        out += [str(b).strip() for b in fm['benefits']]
    return tidy('\n'.join(out))


BUILDERS = {'flat_html': flat_html, 'fm_description': fm_description}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
