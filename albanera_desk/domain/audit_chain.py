"""The audit trail's hash chain: each event's hash covers the previous hash and its own content.

Events name records and fields, never personal values, so the chain stays
valid (and checkable) after a person's data is erased.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEventContent:
    """What one event says. ``at`` is an ISO 8601 UTC timestamp string, as stored."""

    seq: int
    at: str
    actor: str
    action: str
    record_type: str
    record_id: str | None
    fields: tuple[str, ...]
    note: str = ""


def event_hash(prev_hash: str, content: AuditEventContent) -> str:
    payload = json.dumps(
        {
            "seq": content.seq,
            "at": content.at,
            "actor": content.actor,
            "action": content.action,
            "record_type": content.record_type,
            "record_id": content.record_id,
            "fields": list(content.fields),
            "note": content.note,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + "\n" + payload).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainBreak:
    seq: int
    reason: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    events: int
    breaks: Sequence[ChainBreak]
    last_hash: str

    @property
    def intact(self) -> bool:
        return not self.breaks

    def describe(self) -> str:
        if self.intact:
            if self.events == 1:
                return QT_TRANSLATE_NOOP("Core", "intact (1 event)")
            return QT_TRANSLATE_NOOP("Core", "intact ({count} events)").format(count=self.events)
        first = self.breaks[0]
        return QT_TRANSLATE_NOOP("Core", "broken at event {seq}: {reason}").format(
            seq=first.seq, reason=first.reason
        )


def verify_chain(events: Iterable[tuple[AuditEventContent, str, str]]) -> ChainReport:
    """Walk ``(content, prev_hash, hash)`` in sequence order and report every break.

    A break is a stored hash that does not match the content (an edited row), a
    ``prev_hash`` that is not the previous event's hash (a deleted or inserted
    row), or a gap in the sequence numbers.
    """
    breaks: list[ChainBreak] = []
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    for content, prev_hash, stored_hash in events:
        count += 1
        if content.seq != expected_seq:
            breaks.append(
                ChainBreak(
                    content.seq,
                    QT_TRANSLATE_NOOP("Core", "sequence jumps from {before} to {after}").format(
                        before=expected_seq - 1, after=content.seq
                    ),
                )
            )
        if prev_hash != expected_prev:
            breaks.append(
                ChainBreak(
                    content.seq, QT_TRANSLATE_NOOP("Core", "does not follow the previous event")
                )
            )
        if event_hash(prev_hash, content) != stored_hash:
            breaks.append(
                ChainBreak(
                    content.seq,
                    QT_TRANSLATE_NOOP("Core", "its content was changed after it was written"),
                )
            )
        expected_prev = stored_hash
        expected_seq = content.seq + 1
    return ChainReport(events=count, breaks=tuple(breaks), last_hash=expected_prev)
