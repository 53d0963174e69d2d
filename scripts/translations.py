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
TS = ROOT / "resources" / "translations" / "albanera_desk_fr.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(PySide6.__file__).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI.glob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        [str(TOOLS / "lupdate"), "-silent", "-locations", "none", *sources(), "-ts", str(ts)],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    lrelease(TS, QM)
    unfinished = TS.read_text(encoding="utf-8").count('type="unfinished"')
    if unfinished:
        print(f"{unfinished} strings still to translate in {TS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
