#!/usr/bin/env python3
"""Fills unfinished Thai entries of concurrency-lab_th.ts from a JSON map, after lupdate:

    translations/fill_th.py MAP.json

MAP.json maps "Context|source text" to the Thai text, or to a list of forms for a numerus entry
(Thai has one form: a list of one). Entries already translated are left alone unless the map names
them; sources the map names that the file lacks are listed, so that a typo does not pass unseen."""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("concurrency-lab_th.ts")


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    wanted = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    seen = set()
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = f"{name}|{message.findtext('source')}"
            if key not in wanted:
                continue
            seen.add(key)
            translation = message.find("translation")
            text = wanted[key]
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
                for form, value in zip(forms, text if isinstance(text, list) else [text]):
                    form.text = value
            else:
                translation.text = text[0] if isinstance(text, list) else text
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    # As lupdate writes it: its doctype, and apostrophes as entities, so that its next run leaves the
    # file alone.
    body = TS.read_text(encoding="utf-8").split("?>", 1)[1]
    body = re.sub(r">[^<]*<", lambda m: m.group(0).replace("'", "&apos;").replace('"', "&quot;"), body)
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>' + body
    TS.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    missing = sorted(set(wanted) - seen)
    for key in missing:
        print(f"not in the file: {key}", file=sys.stderr)
    print(f"filled {len(seen)} Thai entries", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
