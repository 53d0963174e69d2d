"""A batch of letters reads the records once: the register, the requests and their people
are read in a few statements whatever the number of letters, and every letter stays true
for its own person (read back from the real PDFs)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import event

from albanera_desk.domain.records import AuditAction, RequestKind
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import RequestNotFound
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store
from tests.requests import scenario

WHO = ("anne", "bruno", "chloe", "eve")


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


def _statements(store: Store, run: object) -> list[str]:
    said: list[str] = []

    def listen(conn: object, cursor: object, statement: str, *args: object) -> None:
        said.append(statement)

    event.listen(store.engine, "before_cursor_execute", listen)
    try:
        run()  # type: ignore[operator]
    finally:
        event.remove(store.engine, "before_cursor_execute", listen)
    return said


def _reads(statements: list[str], table: str) -> int:
    return sum(
        1
        for s in statements
        if s.lstrip().upper().startswith("SELECT") and re.search(rf"\bFROM {table}\b", s)
    )


def test_the_register_is_read_once_for_a_whole_batch(store: Store) -> None:
    office = scenario.build(store)
    refs = [scenario.log(store, office.people[who], [RequestKind.ACCESS]) for who in WHO]
    letters = LetterService(store, "coordinator")
    one = _statements(store, lambda: letters.prepare(refs[:1], RequestLetter.ACCESS_RESPONSE))
    four = _statements(store, lambda: letters.prepare(refs, RequestLetter.ACCESS_RESPONSE))
    for table in ("processing_activity", "processor", "transfer", "person", "request"):
        assert _reads(four, table) == _reads(one, table) <= 2, table  # request: rows, writers
    assert len(four) == len(one)  # four letters cost no more statements than one


def test_each_letter_of_a_batch_is_its_own_pdf_true_for_its_own_person(store: Store) -> None:
    office = scenario.build(store)
    refs = [scenario.log(store, office.people[who], [RequestKind.ACCESS]) for who in WHO]
    letters = LetterService(store, "coordinator")
    made = letters.prepare_each(refs, RequestLetter.ACCESS_RESPONSE, language="fr")
    assert [m.reference for m in made] == refs
    alone = {
        ref: scenario.text(letters.prepare([ref], RequestLetter.ACCESS_RESPONSE, language="fr").pdf)
        for ref in refs
    }
    for letter in made:
        said = scenario.text(letter.pdf)
        assert said == alone[letter.reference]  # the batch says exactly what one letter says
        assert all(other not in said for other in refs if other != letter.reference)
    chloe = scenario.text(made[WHO.index("chloe")].pdf)
    anne = scenario.text(made[WHO.index("anne")].pdf)
    assert "Riad Amane" in chloe and "Riad Amane" not in anne
    pages = [len(PdfReader(io.BytesIO(m.pdf)).pages) for m in made]
    assert all(count >= 2 for count in pages)  # each with its own copy of the data


def test_a_batch_is_audited_once_per_request_in_one_chain(store: Store) -> None:
    from albanera_desk.services.audit import AuditTrail

    office = scenario.build(store)
    refs = [scenario.log(store, office.people[who], [RequestKind.ACCESS]) for who in WHO]
    LetterService(store, "coordinator").prepare(refs, RequestLetter.ACCESS_RESPONSE)
    with store.engine.connect() as conn:
        printed = conn.exec_driver_sql(
            "SELECT record_id FROM audit_event WHERE action = ? ORDER BY seq",
            (AuditAction.PRINT.value,),
        ).all()
    assert [row[0] for row in printed] == refs
    assert AuditTrail(store).verify().intact  # the chain and its anchor hold


def test_a_missing_request_is_named_and_nothing_is_printed(store: Store) -> None:
    office = scenario.build(store)
    ref = scenario.log(store, office.people["anne"], [RequestKind.ACCESS])
    with pytest.raises(RequestNotFound, match="R-1999-0001"):
        LetterService(store, "x").prepare([ref, "R-1999-0001"], RequestLetter.ACCESS_RESPONSE)
    with store.engine.connect() as conn:
        assert not conn.exec_driver_sql(
            "SELECT count(*) FROM audit_event WHERE action = ?", (AuditAction.PRINT.value,)
        ).scalar()
