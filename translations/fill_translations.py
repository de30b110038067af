# Fills neurodyn_de.ts and neurodyn_zh_CN.ts after lupdate has added new sources (run from the
# repository root: python3 translations/fill_translations.py). The translations live in
# translations/dictionary/*.py, one file per area so parallel work never edits the same file;
# each holds lines t(source, German, Simplified Chinese). Lists any source text still missing.
import glob, os
T = {}
def t(src, de, zh): T[src] = (de, zh)
for _f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dictionary', '*.py'))):
    exec(open(_f, encoding='utf-8').read())
# Fills every <translation> of the .ts files from the dictionaries; lists what is missing.
import sys, xml.etree.ElementTree as ET
missing=set()
for lang, idx in (('de',0),('zh_CN',1)):
    path=f'translations/neurodyn_{lang}.ts'
    tree=ET.parse(path)
    for m in tree.getroot().iter('message'):
        src=m.find('source').text or ''
        tr=m.find('translation')
        if src in T:
            tr.text=T[src][idx]
            if 'type' in tr.attrib: del tr.attrib['type']
        else:
            missing.add(src)
    ET.indent(tree, space="    ")
    with open(path,'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
print("missing:", len(missing))
for s in sorted(missing): print(repr(s))
