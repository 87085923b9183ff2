#!/usr/bin/env python3
"""Fills unfinished messages of translations/*.ts with the translation the same English text had in an
earlier version of the file (any context): for strings that moved to another class, which lupdate sees as
new. Usage: scripts/carry-translations.py REV   (e.g. HEAD~3; run after update_translations)."""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
rev = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
for ts in sorted((root / "translations").glob("ocnumbers_*.ts")):
    old = subprocess.run(["git", "-C", str(root), "show", f"{rev}:translations/{ts.name}"],
                         capture_output=True, text=True)
    if old.returncode != 0:
        continue
    known = {}
    for message in ET.fromstring(old.stdout).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        key = (message.findtext("source"), message.findtext("comment") or "")
        known.setdefault(key, translation)
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        earlier = known.get((message.findtext("source"), message.findtext("comment") or ""))
        if earlier is None:
            continue
        translation.clear()
        translation.text = earlier.text
        for form in earlier.findall("numerusform"):
            ET.SubElement(translation, "numerusform").text = form.text
        carried += 1
    if carried:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    left = sum(1 for m in tree.getroot().iter("message")
               if m.find("translation") is not None and m.find("translation").get("type") == "unfinished")
    print(f"{ts.name}: {carried} carried over, {left} left to translate")
