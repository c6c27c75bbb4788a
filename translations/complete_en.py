#!/usr/bin/env python3
"""Completes concurrency-lab_en.ts after lupdate: English is the source text, except that
plural forms are spelt out ("%n file(s)" -> "%n file" / "%n files", "city(ies)" -> "city" /
"cities"). Run it after `cmake --build build --target update_translations`."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("concurrency-lab_en.ts")


def singular(text: str) -> str:
    return re.sub(r"\((?:s|es|ies)\)", "", text)


def plural(text: str) -> str:
    text = re.sub(r"y\(ies\)", "ies", text)
    return re.sub(r"\((s|es)\)", r"\1", text)


def main() -> int:
    tree = ET.parse(TS)
    changed = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            for form, text in zip(forms, [singular(source), plural(source)]):
                form.text = text
        else:
            translation.text = source
        del translation.attrib["type"]
        changed += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    # Keep the doctype that lupdate writes, so that its next run leaves the file alone.
    text = TS.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                  '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    TS.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    print(f"completed {changed} English entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
