"""Erasure leaves a tombstone and nothing else: every table and the index are searched."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.domain.records import AuditAction, MarketingChannel
from albanera_desk.services.audit import AuditFilter, AuditTrail
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.models import ErasureRecord
from albanera_desk.store.store import Store
from tests.people.test_people_service import ELODIE

SECRETS = ("Élodie", "lodie", "Ștefănescu", "stefanescu", "exemple", "612345678", "7834561234")


def _plaintext_dump(store: Store, tmp_path: Path) -> bytes:
    """The whole store decrypted into a plaintext copy (tmp_path only), read as raw bytes."""
    plain = tmp_path / "plain.db"
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        raw.execute("SELECT sqlcipher_export('plain')").fetchall()
        raw.execute("DETACH DATABASE plain")
    return plain.read_bytes()


def _every_value(store: Store) -> str:
    values: list[str] = []
    with store.engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        for (name,) in tables.all():
            for row in conn.exec_driver_sql(f'SELECT * FROM "{name}"'):
                values.extend(repr(v) for v in row)
    return "\n".join(values)


def test_erasure_leaves_only_the_tombstone(
    people: PeopleService, store: Store, tmp_path: Path
) -> None:
    other = people.create(PersonDraft(first_name="Marc", last_name="Lefèvre"))
    pid = people.create(ELODIE)
    people.set_marketing(pid, MarketingChannel.SMS, False, "letter")
    people.correct(pid, "last_name", "Stefanescu", "her letter")
    dump = _every_value(store).lower()
    assert "stefanescu" in dump  # the check below can see the values when they are there

    reference = people.erase(pid)
    assert reference == "P-000002"
    assert Path(f"{store.path}-wal").stat().st_size == 0  # old page images checkpointed away
    text = _every_value(store)
    folded = text.lower()
    for secret in SECRETS:
        assert secret.lower() not in folded, secret
    raw = _plaintext_dump(store, tmp_path)
    for secret in SECRETS:
        assert secret.encode("utf-8") not in raw, secret
        assert secret.lower().encode("utf-8") not in raw, secret
    assert b"Lef\xc3\xa8vre" in raw  # the other person is still there, in the same dump

    assert people.search("elodie") == [] and people.count() == 1
    assert [r.id for r in people.rows(0, 10)] == [other]
    file = people.open_file(pid)
    assert file.erased and file.reference == reference and file.emails == ()
    with store.session_factory() as session:
        tomb = session.scalars(select(ErasureRecord)).one()
        assert tomb.person_reference == reference and tomb.actor == "coordinator"
    actions = [e.action for e in AuditTrail(store).page(AuditFilter(record_id=reference))]
    assert AuditAction.ERASE in actions
    assert AuditTrail(store).verify().intact


def test_an_erased_person_is_not_brought_back_by_the_next_import(
    people: PeopleService, store: Store, tmp_path: Path
) -> None:
    from albanera_desk.services.import_writer import ERASED_REASON
    from albanera_desk.services.importing import import_people

    shop = tmp_path / "customers.csv"
    shop.write_text(
        "Customer ID,First Name,Last Name,Email,Phone\n"
        "'7834561234,Élodie,Ștefănescu,elodie@exemple.fr,'+33612345678\n"
        "'7834561299,Marc,Lefèvre,marc@exemple.fr,\n",
        encoding="utf-8",
    )
    assert import_people(store, "coordinator", shop).added == 2
    (hit,) = people.search("elodie")
    people.erase(hit.id)
    again = import_people(store, "coordinator", shop)
    assert again.added == 0 and again.rejected == ((2, ERASED_REASON),)
    assert people.search("elodie") == [] and people.count() == 1
    # Under a new customer ID but the same email: still recognised.
    shop.write_text(
        "Customer ID,First Name,Last Name,Email\n'9999,Élodie,Ș.,ELODIE@exemple.fr\n",
        encoding="utf-8",
    )
    assert import_people(store, "coordinator", shop).rejected == ((2, ERASED_REASON),)
    # The digests reveal nothing: no identifier is kept in the clear anywhere.
    dump = _plaintext_dump(store, tmp_path).lower()
    for secret in ("elodie@exemple.fr", "7834561234", "612345678"):
        assert secret.encode() not in dump
    # Added again by hand (a new customer): the office's choice, allowed.
    assert people.create(PersonDraft(first_name="Élodie", emails=["elodie@exemple.fr"]))
