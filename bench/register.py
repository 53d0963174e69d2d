"""Register exports of 10,000 processors, each format beside a bare baseline in the same run.

- csv: ours (BOM, neutralised cells) beside the bare ``csv`` module writing the same rows;
- xlsx: ours (cover sheet, styles, widths, filters, in memory) beside bare write-only
  openpyxl writing the same cells;
- pdf: ours (wrapped cells, repeated header, page n / N) beside a bare ReportLab LongTable
  of the same rows (no wrapping: long cells simply overflow).
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from albanera_desk.documents.register_export import COLUMNS, export_register  # noqa: E402
from albanera_desk.domain.organisation import profile_from_privacy_policy  # noqa: E402
from bench.measure import figure, median_ms  # noqa: E402

COUNT = 10_000


def rows(count: int = COUNT) -> list[dict[str, str]]:
    """Processor rows as ``RegisterService.export_rows`` makes them, one hostile cell in 50."""
    out = []
    for i in range(count):
        out.append(
            {
                "id": str(i + 1),
                "legal_name": f"Société Lumière {i:05d} SAS"
                if i % 50
                else '=HYPERLINK("http://x","y")',
                "role": "sous-traitant",
                "ccpa_role": "",
                "country": "France",
                "address": f"{i} rue de Turenne, 75003 Paris",
                "contact": f"dpo{i}@example.fr",
                "dpo_contact": "",
                "service": "Envoi des courriels marketing et transactionnels, hébergement",
                "purposes": "Commandes et paiement; Comptes clients; Courriels marketing",
                "data_categories": "coordonnées; paiement; achats; appareils",
                "people_categories": "clients; prospects",
                "countries": "France; Irlande",
                "retention": "3 ans après le dernier contact",
                "security_measures": "Chiffrement; double authentification",
                "parent": "",
                "dpa_signed_on": "2025-03-14",
                "dpa_expires_on": "",
                "art28_terms": "8/8" if i % 7 else "7/8 — manque : Audits et information",
                "status": "actif",
                "ended_on": "",
                "data_returned_or_deleted_on": "",
                "next_review": "2027-03-01",
                "created_on": "2025-03-14",
                "updated_on": "2026-11-02",
                "to_complete": "",
            }
        )
    return out


def figures() -> list[dict[str, object]]:
    from openpyxl import Workbook
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

    from albanera_desk.documents.fonts import register_fonts

    font = register_fonts()
    data = rows()
    columns = COLUMNS["processors"]
    keys = [c.key for c in columns]
    pdf_keys = [c.key for c in columns if c.pdf]
    profile = profile_from_privacy_policy()
    as_of = date(2026, 11, 25)

    def ours(fmt: str) -> Callable[[], bytes]:
        return lambda: export_register("processors", data, profile, fmt, as_of=as_of)  # type: ignore[arg-type]

    def bare_csv() -> bytes:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(keys)
        for row in data:
            writer.writerow([row[k] for k in keys])
        return buffer.getvalue().encode("utf-8")

    def bare_xlsx() -> bytes:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Processors")
        sheet.append(keys)
        for row in data:
            sheet.append([row[k] for k in keys])
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()

    def bare_pdf() -> bytes:
        buffer = io.BytesIO()
        table = LongTable([pdf_keys, *([row[k] for k in pdf_keys] for row in data)], repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 6.5)]))
        SimpleDocTemplate(buffer, pagesize=landscape(A4)).build([table])
        return buffer.getvalue()

    return [
        figure(
            "export_10000_processors_csv",
            median_ms(ours("csv"), runs=3),
            median_ms(bare_csv, runs=3),
            "bare csv module, same rows",
        ),
        figure(
            "export_10000_processors_xlsx",
            median_ms(ours("xlsx"), runs=3),
            median_ms(bare_xlsx, runs=3),
            "bare write-only openpyxl, same cells",
        ),
        figure(
            "export_10000_processors_pdf",
            median_ms(ours("pdf"), runs=1),
            median_ms(bare_pdf, runs=1),
            "bare ReportLab LongTable, same rows, no wrapping",
        ),
    ]


if __name__ == "__main__":
    import json

    print(json.dumps(figures(), indent=1))
