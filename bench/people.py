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

The stores are built by ``bench.people_stores``; memory is ``bench.people_memory``, import
``bench.people_import``.

``ALBANERA_BENCH_PEOPLE=N`` (``make bench SIZE=N``): the default sizes below N, and N itself
(100000 for a quick run; 3000000 adds the 3M store). Run alone: ``python -m bench.people``.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from albanera_desk.domain.people_rules import national_digits  # noqa: E402
from albanera_desk.services.people.service import PeopleService  # noqa: E402
from albanera_desk.store.store import Store  # noqa: E402
from bench.measure import figure, median_ms  # noqa: E402
from bench.people_import import import_figures  # noqa: E402
from bench.people_memory import peak_rss_mib  # noqa: E402
from bench.people_stores import Built, PlainStore, build_pair, people_rows  # noqa: E402

SIZES = (100_000, 1_000_000)
PASSPHRASE = "Lavande-Quai-des-Orfevres-71"
QUERIES = 200
KEY_ENV = "ALBANERA_BENCH_KEY"  # the throwaway synthetic store's key, for the memory child


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


def read_through(*stores: Path) -> None:
    """Each file (and its -wal) read once, whole, before anything is timed. The OS keeps
    the pages of the file written last and may have let the other's go (3M: 2.2 GB each,
    the plain one built second): read alike, ours and plain start from the same page
    cache, and each then pays only for what its own SQLite cache misses."""
    for store in stores:
        for path in (store, store.with_name(store.name + "-wal")):
            if path.exists():
                with path.open("rb") as file:
                    while file.read(1 << 22):
                        pass


def size_figures(built: Built) -> list[dict[str, object]]:
    label, count = built.label, built.count
    read_through(built.ours, built.plain)
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
