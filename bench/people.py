"""``make bench`` figures for the personal-information file: search, first paint, memory, import.

Synthetic stores of 100,000 and 1,000,000 people (and 3,000,000 with ``make bench
SIZE=3000000``) are built with bulk SQL (setup, not measured), once encrypted (our store) and
once as a plain file with the same schema. The plain file is opened by the same SQLite build as
ours (SQLCipher's own library, ``sqlcipher3``, with no key), so each ratio is what encryption
and our layers cost, not a different SQLite. The measured code is the same on both:
``PeopleService`` and ``import_people`` run over a small stand-in store for the plain file.

Our store is keyed by a passphrase; the in-process figures open it as the desk holds it once
open, the passphrase with the raw key SQLCipher derives from it and the file's salt (derived
once, here at build: no key derivation per open or per connection, what a keyring store costs;
the audit anchor is still the passphrase's). The app launched "with a key in the keyring" is
given that raw key.

``ALBANERA_BENCH_PEOPLE=N`` (``make bench SIZE=N``): the default sizes below N, and N itself
(100000 for a quick run; 3000000 adds the 3M store). Run alone: ``python -m bench.people``.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
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

from albanera_desk.domain.people_rules import national_digits, search_text  # noqa: E402
from albanera_desk.services.importing import import_people  # noqa: E402
from albanera_desk.services.people.service import PeopleService  # noqa: E402
from albanera_desk.store.keys import KeyKind, StoreKey  # noqa: E402
from albanera_desk.store.models import Base  # noqa: E402
from albanera_desk.store.store import Store  # noqa: E402
from bench.measure import figure, median_ms  # noqa: E402

SIZES = (100_000, 1_000_000)
PASSPHRASE = "Lavande-Quai-des-Orfevres-71"
QUERIES = 200
KEY_ENV = "ALBANERA_BENCH_KEY"  # the throwaway synthetic store's key, for the memory child

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


def typed_queries(count: int, how_many: int = QUERIES, seed: int = 11) -> list[str]:
    """What people type in a search box: name prefixes, first + last, emails, phones, ..."""
    rng = random.Random(seed)
    sample = {r[0]: r for r in people_rows(min(count, 50_000))}
    picks = [sample[rng.randint(1, len(sample))] for _ in range(how_many)]
    queries: list[str] = []
    for i, (_, first, last, email, phone, postcode, _, customer) in enumerate(picks):
        kind = i % 8
        if kind in (0, 1):
            queries.append(last[: rng.randint(2, 6)].lower())
        elif kind == 2:
            queries.append(f"{first.lower()} {last[:3].lower()}")
        elif kind == 3:
            queries.append(email[: rng.randint(4, len(email))])
        elif kind == 4:
            queries.append(national_digits(phone)[: rng.randint(6, 10)])
        elif kind == 5:
            queries.append(postcode)
        elif kind == 6:
            queries.append(customer[:8])
        else:
            queries.append(first[: rng.randint(3, len(first))])
    return queries


# Starts that most rows share (the synthetic file's email domain, customer-ID and phone
# prefixes, common first names): an index that gathers every holder of a start before
# answering pays the whole file for these.
SHARED_STARTS = [
    "exam",
    "examp",
    "exampl",
    "@example",
    "@example.c",
    "example.com",
    "5000",
    "50000",
    "500000",
    "0612",
    "06 12",
    "+33 6",
    "3361",
    "p1",
    "p12",
    "elod",
    "élodi",
    "cami",
    "camill",
    "fran",
    "franço",
    "anne exam",
    "p1 exam",
    "5000 exam",
]


def latencies(fn: Callable[[str], object], queries: list[str]) -> list[float]:
    times = []
    for q in queries:
        start = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


# --- memory, in a fresh process ----------------------------------------------------------------

_CHILD = """
import json, os, resource, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from bench.people import PASSPHRASE, PlainStore
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.keys import KeyKind, StoreKey
from albanera_desk.store.store import Store
def rss_kib():
    # The current resident size (Linux); ru_maxrss would only show the import-time peak.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
queries = json.loads(Path({queries!r}).read_text())
before = rss_kib()
path = Path({path!r})
if {plain!r}:
    store = PlainStore(path)
else:
    key = StoreKey(KeyKind.PASSPHRASE, PASSPHRASE, derived=os.environ[{key_env!r}])
    store = Store.open(path, key)
service = PeopleService(store, "bench")
total = service.count()
for k in range(0, 300):
    service.rows((k * 3331) % max(1, total - 100), 100)
for q in queries:
    service.search(q)
after = rss_kib()  # with the connections and their page caches still open
store.close()
print(before, after)
"""


def peak_rss_mib(
    path: Path, queries: list[str], *, plain: bool, key: StoreKey | None
) -> tuple[float, float]:
    """(resident size after the work, growth since just before the store was opened), MiB."""
    listing = path.with_suffix(".queries.json")
    listing.write_text(json.dumps(queries))
    code = _CHILD.format(
        root=str(ROOT), path=str(path), plain=plain, key_env=KEY_ENV, queries=str(listing)
    )
    env = dict(os.environ)
    if key is not None:
        env[KEY_ENV] = key.secret
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    before, after = (int(v) for v in out.stdout.strip().splitlines()[-1].split())
    return after / 1024, (after - before) / 1024


# --- import ------------------------------------------------------------------------------------

SHOP_HEADER = (
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address Address1,Default Address Address2,Default Address City,"
    "Default Address Province Code,Default Address Country Code,Default Address Zip,"
    "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,"
    "Tax Exempt,Tags\n"
)


def write_shop_csv(path: Path, count: int) -> None:
    rng = random.Random(3)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(SHOP_HEADER)
        for _, first, last, email, phone, postcode, city, customer in people_rows(count, 5):
            out.write(
                f"'{customer},{first},{last},{email},{rng.choice(['yes', 'no'])},,"
                f"{rng.randint(1, 99)} rue des Lilas,,{city},,FR,'{postcode},,'{phone},"
                f"{rng.choice(['yes', 'no'])},{rng.randint(0, 900)}.50,{rng.randint(0, 9)},"
                f",no,\n"
            )


def import_figures(folder: Path, rows: int) -> list[dict[str, object]]:
    csv_path = folder / "shop.csv"
    write_shop_csv(csv_path, rows)
    ours = Store.create(folder / "import.db", StoreKey.generate_raw())
    plain = PlainStore.create(folder / "import-plain.db")
    try:
        start = time.perf_counter()
        import_people(plain, "bench", csv_path)  # type: ignore[arg-type]
        plain_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        report = import_people(ours, "bench", csv_path)
        ours_ms = (time.perf_counter() - start) * 1000
        assert report.added == rows, report.summary()
        start = time.perf_counter()
        again = import_people(ours, "bench", csv_path)
        reimport_ms = (time.perf_counter() - start) * 1000
        assert again.added == 0
    finally:
        ours.close()
        plain.close()
    return [
        figure(f"import_shop_csv_{rows}_rows", ours_ms, plain_ms, "same import, plain file"),
        figure(f"reimport_same_{rows}_rows", reimport_ms, ours_ms, "first import of that file"),
    ]


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
    def label(self) -> str:
        return label_of(self.count)

    @property
    def open_key(self) -> StoreKey:
        """The key as the desk holds it once this passphrase store is open: the passphrase
        (its audit anchor is signed with it; searches are audited) with its raw key derived
        once, so no open here runs the derivation again."""
        return StoreKey(KeyKind.PASSPHRASE, PASSPHRASE, derived=self.key.secret)

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


# --- the figures ---------------------------------------------------------------------------------


def _fresh(open_store: Callable[[], Any], work: Callable[[PeopleService], object]) -> float:
    """A new engine whose first connection is open and checked (as ``Store.open`` leaves
    ours), then ``work`` timed on it: the first queries on a cold page cache."""
    store = open_store()
    try:
        start = time.perf_counter()
        work(PeopleService(store, "bench"))
        return (time.perf_counter() - start) * 1000
    finally:
        store.close()


def _open_plain(path: Path) -> PlainStore:
    store = PlainStore(path)
    with store.engine.connect() as conn:  # what Store.open does before it returns
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    return store


def _turns(ours: Callable[[], float], plain: Callable[[], float], runs: int) -> tuple[float, float]:
    """Medians of ``runs`` timings of each, taken in turns (the machine's noise shared)."""
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(ours())
        theirs.append(plain())
    return statistics.median(mine), statistics.median(theirs)


def _per_call_ms(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) * 1000 / calls


def size_figures(built: Built) -> list[dict[str, object]]:
    label, count = built.label, built.count
    ours = Store.open(built.ours, built.open_key)
    plain = PlainStore(built.plain)
    results: list[dict[str, object]] = []
    try:
        services = {
            "ours": PeopleService(ours, "bench"),
            "plain": PeopleService(plain, "bench"),  # type: ignore[arg-type]
        }
        queries = typed_queries(count)
        for service in services.values():
            latencies(service.search, queries[:20])  # warm the caches
        times = {name: latencies(s.search, queries) for name, s in services.items()}
        hits = [len(services["ours"].search(q)) for q in queries]
        results += [
            figure(
                f"people_{label}_search_p50",
                statistics.median(times["ours"]),
                statistics.median(times["plain"]),
                f"same {len(queries)} typed searches, plain file",
            ),
            figure(
                f"people_{label}_search_p95",
                p95(times["ours"]),
                p95(times["plain"]),
                f"same {len(queries)} typed searches, plain file",
            ),
        ]
        under = sum(t < 50 for t in times["ours"]) / len(queries)
        results[-1]["share_under_50ms"] = round(under, 3)
        results[-1]["queries_with_hits"] = sum(h > 0 for h in hits)
        shared = SHARED_STARTS * 4
        shared_times = {name: latencies(s.search, shared) for name, s in services.items()}
        results.append(
            figure(
                f"people_{label}_search_p95_shared_starts",
                p95(shared_times["ours"]),
                p95(shared_times["plain"]),
                f"same {len(shared)} searches for starts most rows share, plain file",
            )
        )

        def first_paint(service: PeopleService) -> Callable[[], object]:
            return lambda: (service.count(), service.rows(0, 100))

        results.append(
            figure(
                f"people_{label}_first_page_count_and_rows_0_100",
                median_ms(first_paint(services["ours"]), runs=5),
                median_ms(first_paint(services["plain"]), runs=5),
                "same count() + rows(0, 100), plain file",
            )
        )
        # A count is one row now: each timing is a batch of calls, ours and plain in turns.
        count_ms = _turns(
            lambda: _per_call_ms(services["ours"].count, 50),
            lambda: _per_call_ms(services["plain"].count, 50),
            runs=7,
        )
        results.append(
            figure(f"people_{label}_count", *count_ms, "same count(), plain file, in turns")
        )
        for where, offset in (("middle", count // 2), ("end", count - 100)):
            rows_ms = _turns(
                lambda o=offset: _per_call_ms(lambda: services["ours"].rows(o, 100), 3),  # type: ignore[misc]
                lambda o=offset: _per_call_ms(lambda: services["plain"].rows(o, 100), 3),  # type: ignore[misc]
                runs=7,
            )
            results.append(
                figure(
                    f"people_{label}_rows_at_{where}",
                    *rows_ms,
                    f"same rows({offset}, 100), plain file, in turns",
                )
            )
    finally:
        ours.close()
        plain.close()
    ours_open = lambda: Store.open(built.ours, built.open_key)  # noqa: E731
    plain_open = lambda: _open_plain(built.plain)  # noqa: E731
    fresh_count = _turns(
        lambda: _fresh(ours_open, lambda s: s.count()),
        lambda: _fresh(plain_open, lambda s: s.count()),
        runs=9,
    )
    results.append(
        figure(
            f"people_{label}_fresh_connection_first_query",
            *fresh_count,
            "same first count() on a new engine (first connection open), plain file, in turns",
        )
    )
    fresh_page = _turns(
        lambda: _fresh(ours_open, lambda s: (s.count(), s.rows(0, 100))),
        lambda: _fresh(plain_open, lambda s: (s.count(), s.rows(0, 100))),
        runs=9,
    )
    results.append(
        figure(
            f"people_{label}_fresh_connection_count_and_first_page",
            *fresh_page,
            "same count() + rows(0, 100) on a new engine, plain file, in turns",
        )
    )
    results.append(
        figure(
            f"people_{label}_build_setup_not_a_target",
            built.build_ms["ours"],
            built.build_ms["plain"],
            "same bulk SQL, plain file",
        )
    )
    few = queries[:100]
    ours_rss = peak_rss_mib(built.ours, few, plain=False, key=built.key)
    plain_rss = peak_rss_mib(built.plain, few, plain=True, key=None)
    for index, what in ((0, "rss_mib"), (1, "rss_growth_mib")):
        rss = figure(
            f"people_{label}_browse_and_search_{what}",
            ours_rss[index],
            plain_rss[index],
            "same in a plain file",
        )
        rss["unit"] = "MiB (not ms): fresh process, count, 300 windows of 100, 100 searches"
        results.append(rss)
    return results


def flat_in_n(results: list[dict[str, object]]) -> list[dict[str, object]]:
    """Search p95 at the largest size beside the smallest: 1.0 is perfectly flat in N."""
    p95s = {
        str(r["name"]).split("_")[1]: float(r["ms"])  # type: ignore[arg-type]
        for r in results
        if str(r.get("name", "")).endswith("_search_p95")
    }
    if len(p95s) < 2:
        return []
    order = sorted(p95s, key=lambda lab: int(lab[:-1]) * (1000 if lab[-1] == "k" else 10**6))
    small, big = order[0], order[-1]
    return [
        figure(
            f"people_search_p95_{big}_beside_{small}",
            p95s[big],
            p95s[small],
            f"the same searches' p95 at {small} people",
        )
    ]


def sizes() -> list[int]:
    cap = os.environ.get("ALBANERA_BENCH_PEOPLE")
    if not cap:
        return list(SIZES)
    return sorted({s for s in SIZES if s < int(cap)} | {int(cap)})


def _shown(found: list[dict[str, object]]) -> list[dict[str, object]]:
    """Figures go to stderr as soon as measured: a long run that fails later keeps them."""
    for item in found:
        print(json.dumps(item, ensure_ascii=False), file=sys.stderr, flush=True)
    return found


def figures() -> list[dict[str, object]]:
    """Every size's figures; on the 1M and 3M stores also the app launched on them, and on
    the 1M store (else the largest) making, verifying and restoring its backup."""
    from bench import backup, launch

    results: list[dict[str, object]] = []
    every = sizes()
    backup_size = 1_000_000 if 1_000_000 in every else every[-1]
    with tempfile.TemporaryDirectory(prefix="albanera-bench-people-") as tmp:
        folder = Path(tmp)
        launcher = launch.Launcher(folder / "launches")
        for count in every:
            built = build_pair(folder, count)
            try:
                results.extend(_shown(size_figures(built)))
                if count >= 1_000_000:
                    results.extend(_shown(launch.large_store_figures(launcher, built)))
                if count == backup_size:
                    results.extend(_shown(backup.figures_for(built, folder / "backups")))
            finally:
                built.remove()  # free the disk before the next size
        results.extend(_shown(flat_in_n(results)))
        results.extend(_shown(import_figures(folder, min(100_000, every[0]))))
    results.append(
        {
            "name": "people_bench_peak_rss_whole_run_mib",
            "ms": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "unit": "MiB, this process including the setup",
        }
    )
    return results


if __name__ == "__main__":
    print(json.dumps(figures(), indent=2))
