"""Refresh the French translation: lupdate reads the UI sources, lrelease compiles the .qm.

Translations already in the .ts are kept; new strings arrive "unfinished" and
the test suite fails until they are translated (Qt Linguist, or by hand).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI.glob("*.py"))


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


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    lrelease(TS, QM)
    lupdate(TS_EN, "-pluralonly")
    lrelease(TS_EN, QM_EN)
    for ts in (TS, TS_EN):
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        if unfinished:
            print(f"{unfinished} strings still to translate in {ts.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
