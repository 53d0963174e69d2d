"""The People bench's import figures: a shop's customer export, imported into our store and
into the plain file, then imported again (nothing new)."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from albanera_desk.services.importing import import_people  # noqa: E402
from albanera_desk.store.keys import StoreKey  # noqa: E402
from albanera_desk.store.store import Store  # noqa: E402
from bench.measure import figure  # noqa: E402
from bench.people_stores import PlainStore, people_rows  # noqa: E402

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
