#!/usr/bin/env python3
"""Regenerates resources/translations/latchkey_en.ts: the English plural forms.

Qt writes "%n day(s)" in the source; an English "translation" turns it into
"1 day" / "3 days". lupdate collects every plural message (-pluralonly), and
this script fills both English forms from the source text: "(s)" is dropped
for one and becomes "s" for many. Run it after adding a tr(..., n) message;
tests/layering's TranslationTest fails while the file is out of date.
"""
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
ts = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources/translations/latchkey_en.ts"
lupdate = "/usr/lib/qt6/bin/lupdate"

subprocess.run([lupdate, "-silent", "-pluralonly", "-no-obsolete", "-locations", "none", "-source-language", "en",
                "-target-language", "en", "core", "ui", "app", "-ts", str(ts)], cwd=root, check=True)

tree = ET.parse(ts)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    forms = translation.findall("numerusform")
    one = re.sub(r"\(s\)", "", source)
    many = re.sub(r"\(s\)", "s", source)
    forms[0].text, forms[1].text = one, many
tree.write(ts, encoding="utf-8", xml_declaration=True)
with open(ts, "a", encoding="utf-8") as f:
    f.write("\n")
