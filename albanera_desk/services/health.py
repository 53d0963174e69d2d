"""``check``: is the file sound, is the schema current, does the audit chain hold?

Besides the file and the chain: the audit anchor, the store's safeguards (every trigger
of the schema, none added or altered), the people search index, and, given the backup
folder, the newest backup's age and whether this store still holds every event of it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from albanera_desk.domain.audit_chain import GENESIS_HASH, ChainBreak, ChainReport
from albanera_desk.services.audit import AuditTrail
from albanera_desk.services.health_audit import (
    Finding,
    backup_age,
    chain_against_backup,
    safeguards,
    search_index,
)
from albanera_desk.store import migrations
from albanera_desk.store.engine import translate_dbapi_error
from albanera_desk.store.store import Store

__all__ = ["Finding", "HealthReport", "check_store"]


@dataclass(frozen=True, slots=True)
class HealthReport:
    findings: tuple[Finding, ...]
    chain: ChainReport

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    def lines(self) -> list[str]:
        return [f"{'ok  ' if f.ok else 'FAIL'} {f.name}: {f.detail}" for f in self.findings]


def _integrity(conn: Connection) -> Finding:
    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    return Finding("integrity", rows == ["ok"], "ok" if rows == ["ok"] else "; ".join(rows[:5]))


def _encryption(conn: Connection) -> Finding:
    # SQLCipher's own check: every page's HMAC, so tampering with the file shows.
    pages = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()]
    detail = "every page authenticates" if not pages else "; ".join(pages[:5])
    return Finding("encryption", not pages, detail)


def _links(conn: Connection) -> Finding:
    fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return Finding("links", not fk, "ok" if not fk else f"{len(fk)} rows point at nothing")


def _schema(conn: Connection) -> Finding:
    state = migrations.schema_state(conn)
    detail = f"revision {state.current}" + ("" if state.up_to_date else f", expected {state.head}")
    return Finding("schema", state.up_to_date, detail)


def _unreadable(store: Store, exc: DBAPIError) -> str:
    known = translate_dbapi_error(exc.orig or exc, store.path)
    return str(known) if known is not None else "unreadable"


def check_store(store: Store, backup_dir: Path | None = None) -> HealthReport:
    """Every check runs on its own: a damaged page fails the checks that read it, not ``check``.

    With ``backup_dir`` (this store's backup folder) the newest backup is looked at too.
    """
    findings: list[Finding] = []
    checks: tuple[tuple[str, Callable[[Connection], Finding]], ...] = (
        ("integrity", _integrity),
        ("encryption", _encryption),
        ("links", _links),
        ("schema", _schema),
        ("safeguards", safeguards),
        ("search index", search_index),
    )
    for name, run in checks:
        try:
            with store.engine.connect() as conn:
                findings.append(run(conn))
        except DBAPIError as exc:
            findings.append(Finding(name, False, _unreadable(store, exc)))
    try:
        chain = AuditTrail(store).verify()
        findings.append(Finding("audit chain", chain.intact, chain.describe()))
    except DBAPIError as exc:
        detail = _unreadable(store, exc)
        chain = ChainReport(0, (ChainBreak(0, detail),), GENESIS_HASH)
        findings.append(Finding("audit chain", False, detail))
    if backup_dir is not None:
        findings.append(backup_age(store, backup_dir))
        chain = _against_newest_backup(store, backup_dir, chain, findings)
    return HealthReport(tuple(findings), chain)


def _against_newest_backup(
    store: Store, backup_dir: Path, chain: ChainReport, findings: list[Finding]
) -> ChainReport:
    """A cut-and-replayed trail is only visible against a copy kept outside the store."""
    compared = chain_against_backup(store, backup_dir)
    if compared is None:
        return chain
    finding, extra = compared
    findings.append(finding)
    if extra is None:
        return chain
    breaks = tuple(sorted((*chain.breaks, extra), key=lambda b: b.seq))
    return dataclasses.replace(chain, breaks=breaks)
