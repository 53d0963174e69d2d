"""Every user-visible string has its French translation, and the shipped .qm is current."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from scripts.translations import QM, TS, lrelease, lupdate


def test_every_string_of_the_ui_is_translated_to_french(tmp_path: Path) -> None:
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    lupdate(fresh)  # picks up strings added to the UI since the .ts was last refreshed
    untranslated = [
        message.findtext("source")
        for message in ET.parse(fresh).getroot().iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert untranslated == [], "run `make translations` and translate these"


def test_shipped_qm_matches_the_ts(tmp_path: Path) -> None:
    rebuilt = tmp_path / QM.name
    lrelease(TS, rebuilt)
    assert rebuilt.read_bytes() == QM.read_bytes(), "run `make translations`"
