"""The register as the letters read it: every processing activity, third party and transfer,
read once for a batch of letters rather than once per letter (``provenance.walk`` takes it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.store.models import ProcessingActivity, Processor, Request, Transfer


@dataclass(frozen=True, slots=True)
class RegisterRows:
    """The register as every walk reads it: read once for a batch of letters."""

    activities: dict[int, ProcessingActivity]
    processors: dict[int, Processor]
    transfers: dict[int, Transfer]
    writers: frozenset[int] | None = None  # people who wrote a request (None: ask each time)


def read_register(session: Session, people: Iterable[int] | None = None) -> RegisterRows:
    """The register once; with ``people``, also which of them wrote a request."""
    writers = None
    if people is not None:
        wanted = list(set(people))
        found: set[int] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(
                pid
                for pid in session.scalars(
                    select(Request.person_id).where(Request.person_id.in_(chunk)).distinct()
                )
                if pid is not None
            )
        writers = frozenset(found)
    return RegisterRows(
        activities={a.id: a for a in session.scalars(select(ProcessingActivity))},
        processors={p.id: p for p in session.scalars(select(Processor))},
        transfers={t.id: t for t in session.scalars(select(Transfer))},
        writers=writers,
    )
