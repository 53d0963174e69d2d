"""``make bench``: figures as JSON, each beside plain SQLite or bare Qt measured in the same run,
then issue 12's targets, each with its figure, its baseline and "holds" or "misses".

Timings are medians of several runs on a shared, noisy machine (ours and the baseline measured
in turns): read the ratios, not the absolute numbers. Nothing here is asserted. "Plain" is the
store's own SQLite build (SQLCipher's library, ``sqlcipher3``, opened without a key), never
Python's ``sqlite3``. Processes run as the packaged app does, from compiled bytecode.

``make bench SIZE=3000000`` adds the 3M-people store (default: 100k and 1M).
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.launch import compile_bytecode  # noqa: E402

compile_bytecode()  # before the first import of the app: measured code runs from bytecode

import keyring  # noqa: E402

from albanera_desk.services.opening import create_store, open_store  # noqa: E402
from albanera_desk.store.keys import KeyringKeys  # noqa: E402
from albanera_desk.store.models import Base  # noqa: E402
from bench import launch  # noqa: E402
from bench.measure import figure, median_ms  # noqa: E402
from bench.people import _shown  # noqa: E402
from bench.people_stores import plain_connect  # noqa: E402
from bench.targets import verdicts  # noqa: E402
from tests.keyring_backend import MemoryKeyring  # noqa: E402

PASSPHRASE = "Lavande-Quai-des-Orfevres-71"


def plain_sqlite_store(path: Path) -> None:
    """The same schema in an unencrypted file (the store's SQLite build, no key)."""
    from sqlalchemy import create_engine
    from sqlcipher3 import dbapi2

    engine = create_engine(f"sqlite:///{path}", module=dbapi2)
    Base.metadata.create_all(engine)
    engine.dispose()


def open_plain(path: Path) -> None:
    conn = plain_connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("SELECT count(*) FROM organisation").fetchone()
    conn.close()


def open_sqlcipher_raw(path: Path, keys: KeyringKeys) -> None:
    """SQLCipher alone with the raw key: what encryption costs, without our layers."""
    from sqlcipher3 import dbapi2

    key = keys.get(path)
    assert key is not None
    conn = dbapi2.connect(str(path))
    conn.execute(f"PRAGMA key = {key.pragma_literal()}")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("SELECT count(*) FROM organisation").fetchone()
    conn.close()


def open_ours(path: Path, keys: KeyringKeys, passphrase: str | None) -> None:
    store = open_store(path, keys, passphrase)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM organisation").scalar()
    store.close()


def letters_figures() -> list[dict[str, object]]:
    """1,000 letters in one PDF, and one letter, next to a bare ReportLab page of text."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from albanera_desk.documents.fonts import register_fonts
    from albanera_desk.documents.letters import LetterContent, render_letters
    from albanera_desk.domain.letter_format import EnvelopeKind

    register_fonts()
    paragraph = "Nous avons bien reçu votre courrier relatif à vos données personnelles. " * 4

    def letter(i: int) -> LetterContent:
        return LetterContent(
            reference=f"R-2026-{i:04d}",
            sender=["Alba Nera", "12 rue de Turenne", "75003 Paris"],
            recipient=[f"Łucja Ștefănescu {i}", "12 rue des Lilas", "69003 Lyon"],
            place_and_date="Paris, le 25 novembre 2026",
            subject="Accusé de réception de votre demande",
            salutation="Madame, Monsieur,",
            paragraphs=[paragraph, paragraph],
            closing="Salutations distinguées.",
            signature=["Claire Martin"],
        )

    def bare_pages(count: int) -> None:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4)
        for i in range(count):
            canvas.setFont("DejaVuSans", 10)
            for line in range(30):
                canvas.drawString(72, 760 - line * 14, f"{i} {paragraph[:90]}")
            canvas.showPage()
        canvas.save()

    batch = [letter(i) for i in range(1000)]
    return [
        figure(
            "letters_1000_in_one_pdf",
            median_ms(lambda: render_letters(batch, EnvelopeKind.FR_DL_RIGHT), runs=3),
            median_ms(lambda: bare_pages(1000), runs=3),
            "bare ReportLab canvas, 1,000 pages of 30 lines, same font",
        ),
        figure(
            "one_letter",
            median_ms(lambda: render_letters([batch[0]], EnvelopeKind.FR_DL_RIGHT)),
            median_ms(lambda: bare_pages(1)),
            "bare ReportLab canvas, one page",
        ),
    ]


def access_response_figures(bare_pages: Callable[[int], None]) -> list[dict[str, object]]:
    """Access responses drawn from real records (people, items, register, transfers)."""
    from datetime import date, timedelta

    from albanera_desk.domain.organisation import profile_from_privacy_policy
    from albanera_desk.domain.person_drafts import AddressDraft, ItemDraft, PersonDraft
    from albanera_desk.domain.records import DataCategory, DataSource, RequestKind
    from albanera_desk.services import register_demo
    from albanera_desk.services.letters import LetterService, RequestLetter
    from albanera_desk.services.organisation import OrganisationService
    from albanera_desk.services.people.service import PeopleService
    from albanera_desk.services.requests import NewRequest, RequestService

    keys = KeyringKeys()
    with tempfile.TemporaryDirectory(prefix="albanera-bench-letters-") as tmp:
        store = create_store(Path(tmp) / "letters.db", keys)
        try:
            OrganisationService(store, "bench").save(profile_from_privacy_policy())
            register_demo.fill(store, "bench")
            people = PeopleService(store, "bench")
            ids = people.create_many(
                [
                    PersonDraft(
                        first_name="Łucja",
                        last_name=f"Ștefănescu {i}",
                        emails=[f"lucja{i}@example.org"],
                        addresses=[AddressDraft(["12 rue des Lilas"], "69003", "Lyon")],
                        items=[
                            ItemDraft(DataCategory.PURCHASES, "Orders", DataSource.PURCHASE, "3"),
                            ItemDraft(DataCategory.BROWSING, "Cookies", DataSource.TRACKING_TOOL),
                        ],
                    )
                    for i in range(1000)
                ]
            )
            requests = RequestService(store, "bench")
            received = date.today() - timedelta(days=3)
            refs = []
            for person_id in ids:
                ref = requests.log(
                    NewRequest(received, [RequestKind.ACCESS], "Łucja Ștefănescu", ["Lyon"])
                ).reference
                requests.link_person(ref, person_id)
                refs.append(ref)
            letters = LetterService(store, "bench")
            one = median_ms(lambda: letters.prepare(refs[:1], RequestLetter.ACCESS_RESPONSE))
            batch = median_ms(lambda: letters.prepare(refs, RequestLetter.ACCESS_RESPONSE), runs=3)
        finally:
            store.close()
    return [
        figure(
            "access_responses_1000_in_one_pdf",
            batch,
            median_ms(lambda: bare_pages(3000), runs=3),
            "bare ReportLab canvas, 3,000 pages (an access response is 3 pages)",
        ),
        figure(
            "access_response_per_letter",
            round(batch / 1000, 2),
            median_ms(lambda: bare_pages(3)),
            "bare ReportLab canvas, 3 pages",
        ),
        figure(
            "access_response_alone",
            one,
            median_ms(lambda: bare_pages(3)),
            "bare ReportLab canvas, 3 pages",
        ),
    ]


def startup_figures(folder: Path, keys: KeyringKeys) -> list[dict[str, object]]:
    """Launch to first paint on a small store, keyring and passphrase, beside a bare window."""
    launcher = launch.Launcher(folder / "launches")
    raw_store, pass_store = folder / "keyring.db", folder / "passphrase.db"
    create_store(raw_store, keys).close()
    create_store(pass_store, keys, PASSPHRASE).close()
    key = keys.get(raw_store)
    assert key is not None
    launcher.app(pass_store, passphrase=PASSPHRASE)  # warm the file cache once
    launcher.bare(launch.BARE_QT)
    keyring_run, passphrase_run, bare = launch.interleaved(
        7,
        lambda: launcher.app(raw_store, keyring_key=key.secret),
        lambda: launcher.app(pass_store, passphrase=PASSPHRASE),
        lambda: launcher.bare(launch.BARE_QT),
    )
    bare_name = "bare PySide6 QMainWindow process to first paint"
    return [
        launch.with_cpu(
            figure(
                "startup_to_first_paint_keyring",
                keyring_run.to_first_paint_ms,
                bare.to_first_paint_ms,
                bare_name,
            ),
            keyring_run,
            bare,
        ),
        launch.with_cpu(
            figure(
                "startup_to_first_paint_passphrase",
                passphrase_run.to_first_paint_ms,
                bare.to_first_paint_ms,
                bare_name,
            ),
            passphrase_run,
            bare,
        ),
        figure(
            "startup_to_today_painted_keyring",
            keyring_run.to_section_ms,
            bare.to_first_paint_ms,
            "bare PySide6 QMainWindow process to first paint (not a target: Today's cards "
            "read from the store, after the window's first frame)",
        ),
        figure(
            "startup_to_today_painted_passphrase",
            passphrase_run.to_section_ms,
            bare.to_first_paint_ms,
            "bare PySide6 QMainWindow process to first paint (not a target: Today's cards "
            "read from the store, after the window's first frame)",
        ),
        figure(
            "quit_right_after_launch_small_store",
            keyring_run.quit_ms,
            bare.quit_ms,
            "the same bare process, from its first paint to its end",
        ),
    ]


def main() -> None:
    keyring.set_keyring(MemoryKeyring())  # in this process; launched apps use the bench keyring
    keys = KeyringKeys()
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="albanera-bench-") as tmp:
        folder = Path(tmp)
        os.environ.update(
            ALBANERA_DESK_DATA_DIR=str(folder / "data"),
            ALBANERA_DESK_LOG_DIR=str(folder / "logs"),
        )
        plain = folder / "plain.db"
        plain_sqlite_store(plain)
        raw_store = folder / "open-keyring.db"
        create_store(raw_store, keys).close()
        pass_store = folder / "open-passphrase.db"
        create_store(pass_store, keys, PASSPHRASE).close()

        baseline = median_ms(lambda: open_plain(plain))
        plain_name = "plain file open + first read, same SQLite build"
        results.append(
            figure(
                "open_store_keyring_key",
                median_ms(lambda: open_ours(raw_store, keys, None)),
                baseline,
                plain_name,
            )
        )
        results.append(
            figure(
                "sqlcipher_connect_raw_key",
                median_ms(lambda: open_sqlcipher_raw(raw_store, keys)),
                baseline,
                plain_name,
            )
        )
        results.append(
            figure(
                "open_store_passphrase",
                median_ms(lambda: open_ours(pass_store, keys, PASSPHRASE), runs=5),
                baseline,
                plain_name,
            )
        )
        results.extend(_shown(startup_figures(folder, keys)))
    results.extend(_shown(letters_figures()))
    # Each area's figures: ``figures() -> list[dict]`` built with ``figure`` above.
    results.extend(importlib.import_module("bench.people").figures())  # shown as measured
    for module in ("bench.register", "bench.letters"):
        results.extend(_shown(importlib.import_module(module).figures()))
    print(
        json.dumps(
            {
                "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
                "note": "medians in milliseconds, ours and the baseline measured in turns in "
                "this run; plain = the store's SQLite build without a key; launched apps run "
                "from compiled bytecode, their keyring backend this system's own class named "
                "as a user names one (only the OS keyring's reply time is not counted); launch "
                "figures also give each process's CPU time (cpu_ms, whole process), less "
                "blurred by a busy machine; the window paints once the key reads the store, "
                "its section (Today's cards, People's rows) once the store is open",
                "figures": results,
                "targets": verdicts(results),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
