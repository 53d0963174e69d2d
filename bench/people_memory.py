"""The People bench's memory figure: resident size of a fresh process that opens a store,
pages through it and searches (ours or the plain file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from albanera_desk.store.keys import StoreKey  # noqa: E402

KEY_ENV = "ALBANERA_BENCH_KEY"  # the throwaway synthetic store's key, for the memory child

_CHILD = """
import json, os, resource, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from bench.people_stores import PASSPHRASE, PlainStore
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
