#!/usr/bin/env python3
"""Rebuild eval/handset30/postings/*.txt from the public repositories listed in manifest.json.
Needs local git snapshots of the repositories (MIRROR_DIR, default /work/.mirror; layout <owner>+<name>/repo).
Usage: python3 tools/build_texts.py            (writes postings/)
       python3 tools/build_texts.py --check    (compares with postings/, writes nothing)
Builders (parameters in manifest.json -> source_build); build_set, jekyll_md and tidy from
eval/tools/posting_sources.py (it imports PyYAML for the front matter):
  jekyll_md      a Jekyll Markdown post: its front-matter title, a blank line, then the body;
                 Markdown markup kept as published
  statamic_bard  a Statamic page (Markdown file whose YAML front matter holds the content): its title, a blank line,
                 then the Bard (ProseMirror) field named by 'field' as the page shows it: each paragraph and heading
                 one block, each list item one line starting '• ', blocks separated by a blank line; marks (bold,
                 links) dropped, their text kept; YAML escapes resolved ('\\_' is a no-break space)
All: trailing whitespace trimmed per line, blank-line runs collapsed, outer blank lines trimmed."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from posting_sources import build_set, jekyll_md, tidy  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _inline(node):
    """The text of an inline run: text nodes joined, hard breaks as line ends."""
    out = []
    for n in node.get('content') or []:
        if n.get('type') == 'text':
            out.append(n.get('text', ''))
        elif n.get('type') == 'hardBreak':
            out.append('\n')
        else:
            out.append(_inline(n))
    return ''.join(out)


def _blocks(nodes):
    out = []
    for n in nodes or []:
        t = n.get('type')
        if t in ('paragraph', 'heading'):
            s = _inline(n)
            if s.strip():
                out.append(s)
        elif t in ('bulletList', 'orderedList'):
            items = []
            for i, li in enumerate(n.get('content') or [], 1):
                s = ' '.join(x for x in _blocks(li.get('content')) if x.strip())
                items.append(('• ' if t == 'bulletList' else f'{i}. ') + s)
            out.append('\n'.join(items))
        elif t == 'blockquote':
            out.extend(_blocks(n.get('content')))
    return out


def statamic_bard(p, raw):
    import yaml
    m = re.match(r'^---\n(.*?)\n---\n', raw, re.S)
    fm = yaml.safe_load(m.group(1)) or {}
    out = [str(fm['title']).strip(), ''] + ['\n\n'.join(_blocks(fm[p['field']]))]
    return tidy('\n'.join(out))


BUILDERS = {'jekyll_md': jekyll_md, 'statamic_bard': statamic_bard}

if __name__ == '__main__':
    build_set(HERE, BUILDERS)
