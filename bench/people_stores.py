"""The People bench's stores: synthetic people, built once encrypted (ours) and once plain.

The plain file has the same schema and is opened by the same SQLite build as ours
(SQLCipher's own library with no key), through ``PlainStore``: what ``PeopleService`` and
``import_people`` use of a ``Store``. Bulk SQL builds both (setup, not measured).
"""

from __future__ import annotations

import hashlib
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlcipher3 import dbapi2 as sqlcipher

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from albanera_desk.domain.people_rules import search_text  # noqa: E402
from albanera_desk.store.keys import KeyKind, StoreKey  # noqa: E402
from albanera_desk.store.models import Base  # noqa: E402
from albanera_desk.store.store import Store  # noqa: E402

PASSPHRASE = "Lavande-Quai-des-Orfevres-71"

FIRST = [
    "Élodie",
    "Camille",
    "Léa",
    "Chloé",
    "Inès",
    "Manon",
    "Zoé",
    "Noémie",
    "Héloïse",
    "Maëlle",
    "Hugo",
    "Léo",
    "Théo",
    "Raphaël",
    "Gaël",
    "Jérôme",
    "François",
    "Loïc",
    "Noël",
    "Łucja",
    "Søren",
    "Ana",
    "Giulia",
    "Jonas",
    "Mateo",
    "Aurélie",
    "Anaïs",
    "Bérénice",
    "Marc",
    "Paul",
    "Anne",
    "Claire",
    "Julien",
    "Nicolas",
    "Sophie",
    "Isabelle",
    "Thomas",
    "Émilie",
    "Céline",
    "Amélie",
    "Benoît",
]
SYLLABLES = [
    "val",
    "mor",
    "cas",
    "tel",
    "bri",
    "ker",
    "lan",
    "dré",
    "gon",
    "sau",
    "vil",
    "pel",
    "ro",
    "ma",
    "lis",
    "bé",
    "tou",
    "nac",
    "rac",
    "mont",
    "fon",
    "per",
    "dix",
    "gre",
    "vaux",
    "lys",
    "brun",
    "chan",
    "lune",
    "orb",
    "esse",
    "bac",
    "quer",
    "vau",
    "dan",
]
CITIES = ((75, "Paris"), (69, "Lyon"), (13, "Marseille"), (33, "Bordeaux"), (44, "Nantes"))
PLACES = [(f"{d:02d}{c:03d}", city) for d, city in CITIES for c in range(20)]


# --- the plain store: same schema, code and SQLite build, no key -------------------------------


def plain_connect(path: Path) -> Any:
    """A connection to a plain file by the store's own SQLite build (SQLCipher, no key)."""
    return sqlcipher.connect(str(path))


class PlainStore:
    """What PeopleService and import_people use of a Store, over an unencrypted file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine: Engine = create_engine(f"sqlite:///{path}", module=sqlcipher)

        @event.listens_for(self.engine, "connect")
        def _pragmas(conn: Any, record: Any) -> None:
            conn.isolation_level = None  # our own BEGIN, as the real engine does
            for pragma in (
                "PRAGMA journal_mode = WAL",
                "PRAGMA synchronous = FULL",
                "PRAGMA foreign_keys = ON",
                "PRAGMA cache_size = -65536",
                "PRAGMA temp_store = MEMORY",
                "PRAGMA secure_delete = ON",
            ):
                conn.execute(pragma).fetchall()

        @event.listens_for(self.engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN")

        self.session_factory: sessionmaker[Session] = sessionmaker(
            self.engine, expire_on_commit=False
        )
        self.writer = self.session_factory

    @classmethod
    def create(cls, path: Path) -> PlainStore:
        store = cls(path)
        Base.metadata.create_all(store.engine)
        return store

    def close(self) -> None:
        self.engine.dispose()


def _raw(store: Any) -> Any:
    conn = store.engine.raw_connection()
    return conn


# --- synthetic people ------------------------------------------------------------------------


def _surname(rng: random.Random) -> str:
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return name.capitalize() if rng.random() < 0.8 else f"{name.capitalize()}-{rng.choice(FIRST)}"


def people_rows(count: int, seed: int = 7) -> Iterator[tuple[Any, ...]]:
    """(id, first, last, email, phone, postcode, city, customer_id) for ``count`` people."""
    rng = random.Random(seed)
    for pid in range(1, count + 1):
        first = rng.choice(FIRST)
        last = _surname(rng)
        postcode, city = rng.choice(PLACES)
        email = f"p{pid}.{rng.randint(0, 99)}@example.com"
        phone = f"+336{rng.randint(10_000_000, 99_999_999)}"
        yield pid, first, last, email, phone, postcode, city, str(5_000_000_000 + pid)


def build(store: Any, count: int) -> None:
    """Bulk-insert ``count`` people with contacts, an address and their index rows."""
    conn = _raw(store)
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    cur = conn.cursor()
    cur.execute("BEGIN")
    batch: list[tuple[Any, ...]] = []

    def flush() -> None:
        cur.executemany(
            "INSERT INTO person (id, reference, first_name, last_name, customer_id, notes, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)",
            [(r[0], f"P-{r[0]:07d}", r[1], r[2], r[7], now, now) for r in batch],
        )
        cur.executemany(
            "INSERT INTO contact_point (person_id, kind, value, is_primary) VALUES (?,?,?,1)",
            [(r[0], "email", r[3]) for r in batch] + [(r[0], "phone", r[4]) for r in batch],
        )
        cur.executemany(
            "INSERT INTO postal_address (person_id, label, recipient, lines, postcode, city, "
            "region, country_code, is_primary) VALUES (?, '', '', '[\"1 rue X\"]', ?, ?, '', "
            "'FR', 1)",
            [(r[0], r[5], r[6]) for r in batch],
        )
        cur.executemany(
            "INSERT INTO person_search (rowid, body) VALUES (?, ?)",
            [
                (
                    r[0],
                    search_text(
                        first_name=r[1],
                        last_name=r[2],
                        customer_id=r[7],
                        emails=[r[3]],
                        phones=[r[4]],
                        postcodes=[r[5]],
                    ),
                )
                for r in batch
            ],
        )
        batch.clear()

    for row in people_rows(count):
        batch.append(row)
        if len(batch) >= 20_000:
            flush()
    flush()
    cur.execute(
        "INSERT INTO store_setting (key, value, updated_at) VALUES ('person_last_number', ?, ?)",
        (str(count), now),
    )
    cur.execute("COMMIT")
    cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cur.execute("ANALYZE")
    conn.close()


# --- the stores -------------------------------------------------------------------------------


def label_of(count: int) -> str:
    return f"{count // 1000}k" if count < 1_000_000 else f"{count // 1_000_000}m"


def keyring_key_for(path: Path, passphrase: str) -> StoreKey:
    """The raw key SQLCipher 4 derives from ``passphrase`` and the file's salt (its first
    16 bytes): opening with it costs what opening a keyring store costs, no derivation."""
    with open(path, "rb") as f:
        salt = f.read(16)
    derived = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 256_000, 32)
    return StoreKey(KeyKind.RAW, derived.hex() + salt.hex())


@dataclass(frozen=True, slots=True)
class Built:
    """One size's pair of stores, built once and shared by every figure of that size."""

    count: int
    ours: Path  # encrypted, keyed by PASSPHRASE
    plain: Path  # the same people, plain, same SQLite build
    key: StoreKey  # the raw key of ``ours`` (what the keyring would hold)
    build_ms: dict[str, float]

    @property
    def open_key(self) -> StoreKey:
        """The key as the desk holds it once this passphrase store is open: the passphrase
        (its audit anchor is signed with it; searches are audited) with its raw key derived
        once, so no open here runs the derivation again."""
        return StoreKey(KeyKind.PASSPHRASE, PASSPHRASE, derived=self.key.secret)

    @property
    def label(self) -> str:
        return label_of(self.count)

    def remove(self) -> None:
        for path in (self.ours, self.plain):
            for leftover in path.parent.glob(path.name + "*"):
                leftover.unlink()


def build_pair(folder: Path, count: int) -> Built:
    label = label_of(count)
    ours_path, plain_path = folder / f"people-{label}.db", folder / f"people-{label}-plain.db"
    ours = Store.create(ours_path, StoreKey.passphrase(PASSPHRASE))
    plain = PlainStore.create(plain_path)
    build_ms = {}
    try:
        for name, store in (("ours", ours), ("plain", plain)):
            start = time.perf_counter()
            build(store, count)
            build_ms[name] = (time.perf_counter() - start) * 1000
    finally:
        ours.close()
        plain.close()
    return Built(count, ours_path, plain_path, keyring_key_for(ours_path, PASSPHRASE), build_ms)
