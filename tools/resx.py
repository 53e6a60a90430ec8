#!/usr/bin/env python3
"""Adds or updates Arabic UI strings in src/Remnant.Web/Resources/SharedResource.ar.resx.

The English text is the key (IStringLocalizer returns it when no translation exists), so only
the Arabic file is kept. Usage: tools/resx.py strings.tsv   (lines: English<TAB>Arabic)
       tools/resx.py --missing   (lists L["..."] keys used in .razor/.cs files with no Arabic)"""
import os, re, sys, xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(__file__), "..", "src", "Remnant.Web")
RESX = os.path.join(ROOT, "Resources", "SharedResource.ar.resx")
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def load():
    if not os.path.exists(RESX):
        return {}
    return {d.get("name"): d.findtext("value") or "" for d in ET.parse(RESX).getroot().iter("data")}

def save(entries):
    with open(RESX, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for k in sorted(entries):
            f.write(f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(entries[k])}</value></data>\n')
        f.write("</root>\n")

def used_keys():
    keys = set()
    for d, _, files in os.walk(ROOT):
        if "/bin" in d or "/obj" in d:
            continue
        for n in files:
            if n.endswith((".razor", ".cs")):
                text = open(os.path.join(d, n), encoding="utf-8").read()
                keys.update(m.replace('\\"', '"') for m in re.findall(r'L\["((?:[^"\\]|\\.)+)"', text))
    return keys

if __name__ == "__main__":
    entries = load()
    if sys.argv[1:] == ["--missing"]:
        missing = sorted(used_keys() - set(entries))
        print("\n".join(missing))
        sys.exit(1 if missing else 0)
    for path in sys.argv[1:]:
        for line in open(path, encoding="utf-8"):
            if "\t" in line:
                en, ar = line.rstrip("\n").split("\t", 1)
                entries[en] = ar
    save(entries)
    print(f"{len(entries)} Arabic strings")
