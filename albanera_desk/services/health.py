"""``check``: is the file sound, is the schema current, does the audit chain hold?"""

from __future__ import annotations

from dataclasses import dataclass

from albanera_desk.domain.audit_chain import ChainReport
from albanera_desk.services.audit import AuditTrail
from albanera_desk.store import migrations
from albanera_desk.store.store import Store


@dataclass(frozen=True, slots=True)
class Finding:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True, slots=True)
class HealthReport:
    findings: tuple[Finding, ...]
    chain: ChainReport

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    def lines(self) -> list[str]:
        return [f"{'ok  ' if f.ok else 'FAIL'} {f.name}: {f.detail}" for f in self.findings]


def check_store(store: Store) -> HealthReport:
    findings: list[Finding] = []
    with store.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        findings.append(
            Finding("integrity", rows == ["ok"], "ok" if rows == ["ok"] else "; ".join(rows[:5]))
        )
        # SQLCipher's own check: every page's HMAC, so tampering with the file shows.
        pages = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()]
        findings.append(
            Finding(
                "encryption",
                not pages,
                "every page authenticates" if not pages else "; ".join(pages[:5]),
            )
        )
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        findings.append(
            Finding("links", not fk, "ok" if not fk else f"{len(fk)} rows point at nothing")
        )
        state = migrations.schema_state(conn)
    findings.append(
        Finding(
            "schema",
            state.up_to_date,
            f"revision {state.current}" + ("" if state.up_to_date else f", expected {state.head}"),
        )
    )
    chain = AuditTrail(store).verify()
    findings.append(Finding("audit chain", chain.intact, chain.describe()))
    return HealthReport(tuple(findings), chain)
