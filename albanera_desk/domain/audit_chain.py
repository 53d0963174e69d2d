"""The audit trail's hash chain and its keyed anchor.

Each event's hash covers the previous hash and its own content, so an edited,
removed or inserted event breaks the chain at that event. A chain alone cannot
show that its *end* was cut off, or that a well-formed event was added: the
anchor (one row in the store) keeps the chain's head (how many events, the
last hash) under an HMAC-SHA256 keyed from the store's own key.

What the anchor can and cannot tell (see also ``services.audit``):

- Anyone who edits the file's SQL needs the store key (SQLCipher), and with the
  key in hand and this source code they can recompute both the chain and the
  anchor's MAC: the anchor raises the bar (triggers to drop, a keyed MAC to
  recompute, the desk's SQL function missing from the ``sqlcipher`` tool) but it
  is not a proof against the key holder.
- What it does detect: events removed at the end or all of them, events added
  without the desk (no matching anchor), an anchor edited, deleted or doubled,
  and an anchor signed with a key that does not open this store.
- A *replayed* older anchor together with a chain cut back to that point is
  consistent inside the store; only a witness outside it can tell. ``check``
  compares the chain with the newest backup's anchor: a store holding fewer
  events than its newest backup, or other ones, is reported. Backups deleted
  too, or a cut made before any backup, cannot be detected.
- A key change re-signs a sound anchor for the new key before the rekey
  (``services.audit.rekey_keeping_anchor``): every rekey must go through it.

Events name records and fields, never personal values, so the chain stays
valid (and checkable) after a person's data is erased.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

GENESIS_HASH = "0" * 64
# Name of the SQL function each keyed connection carries (see ``anchor_sql_function``).
ANCHOR_SQL_FUNCTION = "audit_anchor_mac"
_ANCHOR_KEY_LABEL = b"albanera-desk/audit-anchor/v1"


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


# --- the anchor -------------------------------------------------------------------------


def anchor_key(store_secret: str) -> bytes:
    """The anchor's MAC key: HMAC-SHA256 of a fixed label under the store key's secret.

    The store key lives in the keyring, on the recovery sheet or in the user's head: the
    anchor needs no secret of its own, and the secret itself is not kept by the caller.
    """
    return hmac.new(store_secret.encode("utf-8"), _ANCHOR_KEY_LABEL, hashlib.sha256).digest()


def anchor_mac(key: bytes, salt: str, events: int, head: str) -> str:
    """HMAC-SHA256 over the store's anchor salt, the event count and the head hash."""
    message = f"audit-anchor\n{salt}\n{int(events)}\n{head}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def anchor_sql_function(store_secret: str) -> Callable[[object, object, object], str | None]:
    """``audit_anchor_mac(salt, events, head)`` for SQLite: the store's triggers sign with it.

    Only the derived key is kept in the closure, never the store secret.
    """
    key = anchor_key(store_secret)

    def sql_anchor_mac(salt: object, events: object, head: object) -> str | None:
        if not isinstance(salt, str) or not isinstance(events, int) or not isinstance(head, str):
            return None
        return anchor_mac(key, salt, events, head)

    return sql_anchor_mac


@dataclass(frozen=True, slots=True)
class AnchorRow:
    """The anchor as stored. ``next_mac`` is the MAC under a key about to replace the
    current one (a key change in progress): whichever key opens the store, one MAC fits."""

    salt: str
    events: int
    head: str
    mac: str
    next_mac: str | None = None


def anchor_problem(rows: Sequence[AnchorRow], key: bytes) -> str | None:
    """What is wrong with the stored anchor itself, or ``None`` when it is sound."""
    if not rows:
        return QT_TRANSLATE_NOOP("Core", "the anchor of the audit trail is missing")
    if len(rows) > 1:
        return QT_TRANSLATE_NOOP(
            "Core", "the audit trail has {count} anchors instead of one"
        ).format(count=len(rows))
    row = rows[0]
    expected = anchor_mac(key, row.salt, row.events, row.head)
    if hmac.compare_digest(row.mac, expected):
        return None
    if row.next_mac is not None and hmac.compare_digest(row.next_mac, expected):
        return None  # signed for this key just before a key change
    return QT_TRANSLATE_NOOP(
        "Core", "the anchor of the audit trail was rewritten (its signature does not match)"
    )


# --- verification -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChainBreak:
    seq: int
    reason: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    events: int
    breaks: Sequence[ChainBreak]
    last_hash: str
    # Set when the chain was checked against its anchor and the anchor itself is unsound.
    anchor_problem: str | None = None

    @property
    def intact(self) -> bool:
        return not self.breaks and self.anchor_problem is None

    @property
    def first_bad_event(self) -> int | None:
        return self.breaks[0].seq if self.breaks else None

    def describe(self) -> str:
        if self.breaks:
            first = self.breaks[0]
            return QT_TRANSLATE_NOOP("Core", "broken at event {seq}: {reason}").format(
                seq=first.seq, reason=first.reason
            )
        if self.anchor_problem is not None:
            return self.anchor_problem
        if self.events == 1:
            return QT_TRANSLATE_NOOP("Core", "intact (1 event)")
        return QT_TRANSLATE_NOOP("Core", "intact ({count} events)").format(count=self.events)


def verify_chain(
    events: Iterable[tuple[AuditEventContent, str, str]],
    anchor: Sequence[AnchorRow] | None = None,
    anchor_key_bytes: bytes | None = None,
) -> ChainReport:
    """Walk ``(content, prev_hash, hash)`` in sequence order and report every break.

    A break is a stored hash that does not match the content (an edited row), a
    ``prev_hash`` that is not the previous event's hash (a deleted or inserted
    row), or a gap in the sequence numbers. With the ``anchor`` rows and the key,
    the chain must also end where the anchor says: fewer events (cut off) or more
    (added without the desk) break at the first event missing or not anchored.
    """
    breaks: list[ChainBreak] = []
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    anchored = anchor[0] if anchor else None
    hash_at_anchor = GENESIS_HASH if anchored is not None and anchored.events == 0 else None
    last_seq = 0
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
        if anchored is not None and content.seq == anchored.events:
            hash_at_anchor = stored_hash
        expected_prev = stored_hash
        expected_seq = content.seq + 1
        last_seq = content.seq
    problem: str | None = None
    if anchor is not None and anchor_key_bytes is not None:
        problem = anchor_problem(anchor, anchor_key_bytes)
    if anchored is not None:
        breaks.extend(_against_anchor(anchored, last_seq, hash_at_anchor))
    breaks.sort(key=lambda b: b.seq)
    return ChainReport(
        events=count, breaks=tuple(breaks), last_hash=expected_prev, anchor_problem=problem
    )


def _against_anchor(
    anchored: AnchorRow, last_seq: int, hash_at_anchor: str | None
) -> list[ChainBreak]:
    if last_seq < anchored.events:
        return [
            ChainBreak(
                last_seq + 1,
                QT_TRANSLATE_NOOP(
                    "Core", "events {first} to {last} were removed (the anchor counts {last})"
                ).format(first=last_seq + 1, last=anchored.events),
            )
        ]
    found: list[ChainBreak] = []
    if hash_at_anchor != anchored.head:
        found.append(
            ChainBreak(
                max(anchored.events, 1),
                QT_TRANSLATE_NOOP("Core", "it is not the event the anchor names"),
            )
        )
    if last_seq > anchored.events:
        found.append(
            ChainBreak(
                anchored.events + 1,
                QT_TRANSLATE_NOOP(
                    "Core",
                    "events {first} to {last} are not covered by the anchor, which ends at event "
                    "{anchored}: written without the desk, or after the trail was tampered with",
                ).format(first=anchored.events + 1, last=last_seq, anchored=anchored.events),
            )
        )
    return found
