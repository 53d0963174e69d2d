"""Refresh the French translation: lupdate reads the UI sources, lrelease compiles the .qm.

Translations already in the .ts are kept; new strings arrive "unfinished" and
the test suite fails until they are translated (Qt Linguist, or by hand).
French written alongside new code can wait in ``resources/translations/pending/*.json``
(``{"Context": {"English source": "French"}}``): it is merged into the .ts here,
and each file merged in full is removed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import PySide6

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "albanera_desk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "albanera_desk_fr.ts"
QM = TS.with_suffix(".qm")
# English needs only its plural forms ("1 event", "2 events"); the sources are English.
TS_EN = TRANSLATIONS / "albanera_desk_en.ts"
QM_EN = TS_EN.with_suffix(".qm")
TOOLS = Path(PySide6.__file__).parent


CORE = [ROOT / "albanera_desk" / name for name in ("domain", "store", "services", "documents")]
CORE_FILES = sorted((ROOT / "albanera_desk" / "cli").glob("*.py"))
MARKER = "QT_TRANSLATE_NOOP("


def sources() -> list[str]:
    """The window's modules, and the core modules whose sentences the window shows."""
    found = set(UI.glob("*.py"))
    core = [p for folder in CORE for p in folder.rglob("*.py")] + CORE_FILES
    found |= {p for p in core if p.is_file() and MARKER in p.read_text(encoding="utf-8")}
    found.discard(ROOT / "albanera_desk" / "domain" / "wording.py")  # the marker's definition
    return sorted(str(p.relative_to(ROOT)) for p in found)


def lupdate(ts: Path, *extra: str) -> None:
    subprocess.run(
        [
            str(TOOLS / "lupdate"),
            "-silent",
            "-locations",
            "none",
            *extra,
            *sources(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )


def merge_pending(ts: Path, files: list[Path]) -> int:
    """Fill unfinished messages from pending JSON files; returns how many.

    A value is the translation, or for a plural message the list of its forms.
    """
    if not files:
        return 0
    wanted: dict[tuple[str, str], Any] = {}
    for path in files:
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            for source, french in messages.items():
                wanted[(context, source)] = french
    tree = ET.parse(ts)
    used: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            translation = message.find("translation")
            if key not in wanted or translation is None:
                continue
            value = wanted[key]
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                for form, text in zip(forms, value, strict=False):
                    form.text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            used.add(key)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    for path in files:
        keys = {
            (context, source)
            for context, messages in json.loads(path.read_text(encoding="utf-8")).items()
            for source in messages
        }
        if keys <= used:
            path.unlink()
        else:
            print(f"{path.name}: {len(keys - used)} entries match no string of the UI; kept")
    return len(used)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    pending = TRANSLATIONS / "pending"
    french = [p for p in sorted(pending.glob("*.json")) if not p.name.endswith(".en.json")]
    lupdate(TS)
    if merge_pending(TS, french):
        lupdate(TS)  # lupdate writes the file back in its own layout
    lrelease(TS, QM)
    lupdate(TS_EN, "-pluralonly")
    if merge_pending(TS_EN, sorted(pending.glob("*.en.json"))):
        lupdate(TS_EN, "-pluralonly")
    lrelease(TS_EN, QM_EN)
    for ts in (TS, TS_EN):
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        if unfinished:
            print(f"{unfinished} strings still to translate in {ts.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
