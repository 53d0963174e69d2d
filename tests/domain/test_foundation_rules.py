"""Pure rules of the foundation: passphrase strength and the audit hash chain."""

from __future__ import annotations

import pytest

from albanera_desk.domain.audit_chain import (
    GENESIS_HASH,
    AuditEventContent,
    event_hash,
    verify_chain,
)
from albanera_desk.domain.passphrase import Strength, assess


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("short", Strength.TOO_SHORT),
        ("password1234", Strength.WEAK),
        ("aaaaaaaaaaaaaaaa", Strength.WEAK),
        ("abcdefghijklmnop", Strength.WEAK),
        ("Lavande-Quai-des-Orfevres-71", Strength.STRONG),
    ],
)
def test_passphrase_strength(text: str, expected: Strength) -> None:
    assert assess(text).strength == expected


def test_passphrase_acceptable_from_fair_up() -> None:
    assert not assess("password1234").acceptable
    assert assess("Lavande-Quai-des-Orfevres-71").acceptable


def _chain(n: int) -> list[tuple[AuditEventContent, str, str]]:
    events, prev = [], GENESIS_HASH
    for seq in range(1, n + 1):
        content = AuditEventContent(
            seq,
            f"2026-11-25T10:00:0{seq}+00:00",
            "me",
            "update",
            "person",
            str(seq),
            ("last_name",),
        )
        digest = event_hash(prev, content)
        events.append((content, prev, digest))
        prev = digest
    return events


def test_an_untouched_chain_is_intact() -> None:
    report = verify_chain(_chain(5))
    assert report.intact and report.events == 5
    assert report.describe() == "intact (5 events)"


def test_an_edited_event_is_named() -> None:
    events = _chain(4)
    content, prev, digest = events[2]
    forged = AuditEventContent(
        content.seq,
        content.at,
        "someone",
        content.action,
        content.record_type,
        content.record_id,
        content.fields,
    )
    events[2] = (forged, prev, digest)
    report = verify_chain(events)
    assert [b.seq for b in report.breaks] == [3]
    assert report.describe().startswith("broken at event 3")


def test_a_removed_event_is_noticed() -> None:
    events = _chain(4)
    del events[1]
    assert [b.seq for b in verify_chain(events).breaks] == [3, 3]
