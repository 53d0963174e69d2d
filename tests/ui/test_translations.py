"""Every user-visible string has its French translation, and the shipped .qm is current."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.translations import QM, QM_EN, TS, TS_EN, lrelease, lupdate


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


def test_every_plural_has_its_english_forms(tmp_path: Path) -> None:
    fresh = tmp_path / TS_EN.name
    shutil.copy(TS_EN, fresh)
    lupdate(fresh, "-pluralonly")
    root = ET.parse(fresh).getroot()
    plurals = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert plurals
    assert [
        m.findtext("source")
        for m in plurals
        if not all((form.text or "").strip() for form in m.iter("numerusform"))
    ] == []


@pytest.mark.parametrize(("ts", "qm"), [(TS, QM), (TS_EN, QM_EN)])
def test_shipped_qm_matches_the_ts(tmp_path: Path, ts: Path, qm: Path) -> None:
    rebuilt = tmp_path / qm.name
    lrelease(ts, rebuilt)
    assert rebuilt.read_bytes() == qm.read_bytes(), "run `make translations`"
