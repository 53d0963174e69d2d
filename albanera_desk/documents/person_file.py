"""A person's file as a PDF: the annex of an access response (what we hold, from where, how long).

``render_person_file(file, organisation, language="fr") -> bytes``: A4, embedded DejaVu
fonts (names in any European script print as written), the controller on top, the
person's reference and "page x / y" on every page. Built in memory, never as a loose file.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from albanera_desk.documents.fonts import BOLD, register_fonts
from albanera_desk.documents.person_file_words import (
    CATEGORY_NAMES,
    CHANNEL_NAMES,
    FIELD_NAMES,
    LABELS,
    SOURCE_NAMES,
)
from albanera_desk.documents.text_flow import TextBlock, TextStyle, keep_narrow_spaces
from albanera_desk.documents.text_grid import text_table
from albanera_desk.domain.countries import country_name
from albanera_desk.domain.letter_format import date_in_words
from albanera_desk.domain.organisation import OrganisationProfile
from albanera_desk.domain.person_file import PersonFile

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _day(value: date | datetime | None, language: str) -> str:
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    # dd/mm/yyyy in French tables; never an ISO date on paper.
    return day.strftime("%d/%m/%Y") if language == "fr" else date_in_words(day, language)


class _Numbered(Canvas):
    """Defers pages so each footer can say "page x / y"."""

    reference = ""
    page_label = "{page} / {pages}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._saved)
        for number, state in enumerate(self._saved, start=1):
            self.__dict__.update(state)
            self.setFont("DejaVuSans", 8)
            self.setFillGray(0.35)
            self.drawString(MARGIN, 10 * mm, self.reference)
            self.drawRightString(
                PAGE_W - MARGIN, 10 * mm, self.page_label.format(page=number, pages=total)
            )
            super().showPage()
        super().save()


def _styles(font: str) -> dict[str, ParagraphStyle]:
    return {
        "body": ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, spaceAfter=4),
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18, spaceAfter=6),
        "head": ParagraphStyle(
            "head", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
        ),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=8, leading=10),
        "small": ParagraphStyle(
            "small", fontName=font, fontSize=8, leading=10, textColor=colors.Color(0.33, 0.33, 0.33)
        ),
    }


def render_person_file(
    file: PersonFile,
    organisation: OrganisationProfile,
    language: str = "fr",
    today: date | None = None,
) -> bytes:
    """The person's file as a PDF, in French or English."""
    font = register_fonts()
    keep_narrow_spaces()
    lang = language if language in LABELS else "en"
    t = LABELS[lang]
    styles = _styles(font)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=f"{t['title']} - {file.reference}",
        author=organisation.controller_name,
        creator="Alba Nera Desk",
    )
    controller = organisation.controller_name or "Alba Nera"
    sender = [controller, *organisation.address_lines]
    place = " ".join(p for p in (organisation.postcode, organisation.city) if p)
    if place:
        sender.append(place)
    story: list[Flowable] = [
        Paragraph("<br/>".join(_escape(line) for line in sender), styles["small"]),
        Spacer(1, 6 * mm),
        Paragraph(_escape(t["title"]), styles["title"]),
        Paragraph(
            _escape(
                t["intro"].format(controller=controller, today=_day(today or date.today(), lang))
            ),
            styles["body"],
        ),
    ]
    story.extend(file_flowables(file, lang, width=174))

    class _Canvas(_Numbered):
        reference = file.reference
        page_label = t["page"]

    doc.build(story, canvasmaker=_Canvas)
    return buffer.getvalue()


def file_flowables(file: PersonFile, language: str, *, width: float) -> list[Flowable]:
    """The file's sections as flowables ``width`` mm wide: the one builder of the copy of
    the data, for this PDF and for the annex of an access response alike."""
    font = register_fonts()
    lang = language if language in LABELS else "en"
    t = LABELS[lang]
    styles = _styles(font)
    story: list[Flowable] = []

    def table(header: list[str], rows: list[list[str]], widths: list[float]) -> Flowable:
        if not rows:
            return Paragraph(_escape(t["none"]), styles["body"])
        # Columns as wide as their content asks: no word is ever cut (``widths``: unused).
        return text_table(header, rows, width * mm, TextStyle(font, 8, 10))

    def heading(key: str) -> None:  # plain text, never alone at the foot of a page
        story.append(TextBlock(t[key], TextStyle(BOLD, 11, 14, 8, 4, keep_with_next=True)))

    heading("identity")
    identity = [
        [t["reference"], file.reference],
    ]
    if file.erased:
        story.append(table([t["field"], t["value"]], identity, [50, 124]))
        story.append(
            Paragraph(_escape(t["erased"].format(date=_day(file.erased_at, lang))), styles["body"])
        )
        return story
    identity += [
        [t["name"], file.display_name],
        [t["birth"], _day(file.birth_date, lang)],
        [t["band"], file.age_band or ""],
        [t["customer"], file.customer_id or ""],
        [t["notes"], file.notes],
    ]
    story.append(table([t["field"], t["value"]], [r for r in identity if r[1]], [50, 124]))
    heading("addresses")
    story.append(
        table(
            [t["value"]],
            [
                [
                    "\n".join(
                        [
                            *a.lines,
                            " ".join(p for p in (a.postcode, a.city) if p),
                            " ".join(
                                p
                                for p in (
                                    a.region,
                                    country_name(a.country_code, lang) if a.country_code else "",
                                )
                                if p
                            ),
                        ]
                    )
                ]
                for a in file.addresses
            ],
            [174],
        )
    )
    heading("contacts")
    story.append(table([t["value"]], [[c.display] for c in (*file.emails, *file.phones)], [174]))
    heading("marketing")
    story.append(
        table(
            [t["channel"], t["choice"], t["date"], t["source"]],
            [
                [
                    CHANNEL_NAMES[lang][m.channel],
                    t["yes"] if m.opted_in else t["no"],
                    _day(m.changed_at, lang),
                    m.source,
                ]
                for m in file.marketing_history
            ],
            [30, 40, 34, 70],
        )
    )
    heading("items")
    colon = "\u202f: " if lang == "fr" else ": "  # French typography in the table too
    story.append(
        table(
            [
                t["category"],
                t["what"],
                t["value"],
                t["source"],
                t["retention"],
                t["purpose"],
            ],
            [
                [
                    CATEGORY_NAMES[lang][i.category],
                    i.description,
                    i.value,
                    "\n".join(
                        p
                        for p in (
                            SOURCE_NAMES[lang][i.source] + (f" ({i.partner})" if i.partner else ""),
                            _day(i.collected_on, lang),
                        )
                        if p
                    ),
                    " ".join(p for p in (i.retention_rule, _day(i.retention_end, lang)) if p),
                    "\n".join(
                        p
                        for p in (
                            i.activity,
                            t["recipients"] + colon + ", ".join(i.recipients)
                            if i.recipients
                            else "",
                        )
                        if p
                    ),
                ]
                for i in file.items
            ],
            [23, 28, 29, 30, 27, 37],
        )
    )
    heading("corrections")
    story.append(
        table(
            [t["date"], t["field"], t["before"], t["after"], t["why"]],
            [
                [_day(c.when, lang), _field_name(c.field, lang), c.before, c.after, c.why]
                for c in file.corrections
            ],
            [22, 26, 42, 42, 42],
        )
    )
    return story


def _field_name(field: str, language: str) -> str:
    """``email:12`` -> "Email"; ids and internal names mean nothing on paper."""
    base = field.partition(":")[0]
    return FIELD_NAMES["fr" if language == "fr" else "en"].get(base, base.replace("_", " "))
