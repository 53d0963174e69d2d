"""1,000 access responses into one PDF, beside bare ReportLab pages in the same run.

Ours: ``LetterService.prepare`` for 1,000 linked access requests of a store with the demo
register (each letter: its records read, worded, laid out, its copy of the data annexed,
the printing audited), one PDF. The baseline: a bare ReportLab canvas drawing the same
number of pages, each with the very lines our PDF holds on that page (read back from it)
by ``drawString``, in the same embedded TrueType font, with the same ReportLab settings and
accelerator. Both are measured in turns; medians of wall-clock and CPU time.

Our letters write their lines with their own writer (``documents/pdf_text.py``), which
encodes a line that repeats within the PDF once; ``drawString`` encodes every line. So a
second figure sets ours beside the same pages drawn by that same writer: what the records,
wording and layout cost beyond drawing, with drawing done alike on both sides.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import figure  # noqa: E402

COUNT = int(os.environ.get("ALBANERA_BENCH_LETTERS", "1000"))
RUNS = 3


def _store(folder: Path, count: int) -> tuple[object, list[str]]:
    """A store with the demo register and ``count`` people, each with a linked access request."""
    from sqlalchemy import select

    from albanera_desk.domain.organisation import profile_from_privacy_policy
    from albanera_desk.domain.person_drafts import AddressDraft, ItemDraft, PersonDraft
    from albanera_desk.domain.records import DataCategory, DataSource, RequestKind
    from albanera_desk.services import register_demo
    from albanera_desk.services.opening import create_store
    from albanera_desk.services.organisation import OrganisationService
    from albanera_desk.services.people.service import PeopleService
    from albanera_desk.services.requests import NewRequest, RequestService
    from albanera_desk.store.keys import KeyringKeys
    from albanera_desk.store.models import HeldItem, ProcessingActivity

    store = create_store(folder / "letters.db", KeyringKeys())
    profile = profile_from_privacy_policy()
    profile.signatory_name = "Claire Martin"
    OrganisationService(store, "bench").save(profile)
    register_demo.fill(store, "bench")
    ids = PeopleService(store, "bench").create_many(
        [
            PersonDraft(
                first_name="Łucja",
                last_name=f"Ștefănescu {i}",
                emails=[f"lucja{i}@example.org"],
                addresses=[AddressDraft(["12 rue des Lilas"], "69003", "Lyon")],
                items=[
                    ItemDraft(DataCategory.PURCHASES, "Commandes", DataSource.PURCHASE, "3"),
                    ItemDraft(DataCategory.BROWSING, "Cookies", DataSource.TRACKING_TOOL),
                ],
            )
            for i in range(count)
        ]
    )
    with store.writer.begin() as session:  # every item serves its activity (provenance)
        activities = {a.starter_key: a.id for a in session.scalars(select(ProcessingActivity))}
        for item in session.scalars(select(HeldItem)):
            purchases = item.category is DataCategory.PURCHASES
            item.activity_id = activities["orders_payment" if purchases else "interest_advertising"]
    requests = RequestService(store, "bench")
    received = date.today() - timedelta(days=3)
    refs = []
    for i, person_id in enumerate(ids):
        ref = requests.log(
            NewRequest(
                received,
                [RequestKind.ACCESS],
                f"Łucja Ștefănescu {i}",
                ["12 rue des Lilas", "69003 Lyon"],
            )
        ).reference
        requests.link_person(ref, person_id)
        refs.append(ref)
    return store, refs


def page_lines(pdf: bytes) -> tuple[tuple[float, float], list[list[str]]]:
    """The page size of ``pdf`` and the text of each page, line by line (read by pdfium)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            text = page.get_textpage().get_text_range()
            pages.append([line for line in text.splitlines() if line.strip()])
        return document[0].get_size(), pages
    finally:
        document.close()


def bare_pages(
    size: tuple[float, float], pages: list[list[str]], *, our_writer: bool = False
) -> Callable[[], bytes]:
    """A bare canvas: the same lines on the same number of pages, in the same font, each
    line with ``canvas.drawString`` (or, ``our_writer``, with the letters' own line writer,
    which encodes a line that repeats in the PDF once)."""
    from reportlab.pdfgen.canvas import Canvas

    from albanera_desk.documents.fonts import REGULAR, register_fonts
    from albanera_desk.documents.pdf_text import write_lines

    register_fonts()

    def draw() -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=size)
        for lines in pages:
            canvas.setFont(REGULAR, 9.5)
            y = size[1] - 40
            for line in lines:
                if our_writer:
                    write_lines(canvas, REGULAR, 9.5, 11.5, 57, y, [line])
                else:
                    canvas.drawString(57, y, line)
                y = y - 11.5 if y > 60 else size[1] - 40  # a full page wraps to the top
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    return draw


Timing = dict[str, float]


def interleaved(
    ours: Callable[[], object], baseline: Callable[[], object]
) -> tuple[Timing, Timing]:
    """Medians of ``RUNS`` turns each, wall clock and this process's CPU time (the machine is
    shared: the CPU time is the steadier of the two)."""
    import statistics
    import time

    runs: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
    for _ in range(RUNS):
        for fn, into in ((ours, runs[0]), (baseline, runs[1])):
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            into.append(((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
    return tuple(  # type: ignore[return-value]
        {
            "ms": statistics.median(w for w, _ in side),
            "cpu_ms": round(statistics.median(c for _, c in side), 2),
        }
        for side in runs
    )


def _figure(name: str, ours: Timing, baseline: Timing, what: str) -> dict[str, object]:
    out = figure(name, ours["ms"], baseline["ms"], what)
    out.update(
        cpu_ms=ours["cpu_ms"],
        baseline_cpu_ms=baseline["cpu_ms"],
        cpu_ratio=round(ours["cpu_ms"] / baseline["cpu_ms"], 2) if baseline["cpu_ms"] else None,
    )
    return out


def figures() -> list[dict[str, object]]:
    from albanera_desk.services.letters import LetterService, RequestLetter

    with tempfile.TemporaryDirectory(prefix="albanera-bench-letters-") as tmp:
        store, refs = _store(Path(tmp), COUNT)
        try:
            letters = LetterService(store, "bench")  # type: ignore[arg-type]
            pdf = letters.prepare(refs, RequestLetter.ACCESS_RESPONSE).pdf  # warm, and read back
            size, pages = page_lines(pdf)
            batch = lambda: letters.prepare(refs, RequestLetter.ACCESS_RESPONSE)  # noqa: E731
            ours, baseline = interleaved(batch, bare_pages(size, pages))
            again, same_writer = interleaved(batch, bare_pages(size, pages, our_writer=True))
            per_letter = pages[: len(pages) // len(refs)]
            one, one_baseline = interleaved(
                lambda: letters.prepare(refs[:1], RequestLetter.ACCESS_RESPONSE),
                bare_pages(size, per_letter),
            )
        finally:
            store.close()  # type: ignore[attr-defined]
    same = f"bare ReportLab canvas, drawString: the same {len(pages)} pages of text, same font"
    return [
        {
            **_figure(f"letters_access_responses_{COUNT}_one_pdf", ours, baseline, same),
            "pages": len(pages),
            "accelerator": _accelerated(),
        },
        _figure(
            f"letters_access_responses_{COUNT}_beside_the_same_line_writer",
            again,
            same_writer,
            f"the same {len(pages)} pages drawn by the letters' own line writer (what the "
            "records, wording and layout cost beyond drawing)",
        ),
        _figure(
            "letters_access_response_alone",
            one,
            one_baseline,
            f"bare ReportLab canvas, drawString: the same {len(per_letter)} pages, same font",
        ),
    ]


def _accelerated() -> bool:
    """Whether ReportLab's C accelerator (rl_accel) runs, on both sides alike."""
    from reportlab.lib import rl_accel

    return "fp_str" in getattr(rl_accel, "_c_funcs", {})


if __name__ == "__main__":  # .venv/bin/python bench/letters.py: these figures alone
    import json

    import keyring

    from tests.keyring_backend import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="albanera-bench-") as data:
        os.environ.update(ALBANERA_DESK_DATA_DIR=data, ALBANERA_DESK_LOG_DIR=data)
        print(json.dumps(figures(), indent=2))
