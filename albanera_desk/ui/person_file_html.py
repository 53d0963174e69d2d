"""A person's file as the dialog shows it: the summary, the corrections, the access log.

Words and dates in the window's language ("1 déc. 2026"), fields by their names
("Address", never "address:138"). Their words keep the dialog's translation context.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from albanera_desk.domain.person_file import PersonFile
from albanera_desk.domain.records import AuditAction
from albanera_desk.services.addresses import country_name
from albanera_desk.services.audit import AuditEntry
from albanera_desk.ui.dates import text_date, text_datetime
from albanera_desk.ui.form_fields import ui_language
from albanera_desk.ui.labels import channel_label
from albanera_desk.ui.person_words import field_label, fields_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _moment(value: datetime | None) -> str:
    return text_datetime(value) if value is not None else ""


def summary_html(f: PersonFile) -> str:
    e = html.escape
    lang = ui_language()
    parts = [f"<h2>{e(f.display_name)}</h2><p>{e(f.reference)}"]
    if f.customer_id:
        parts.append(
            " · " + e(translate("PersonFileDialog", "customer {id}").format(id=f.customer_id))
        )
    parts.append("</p>")
    if f.flagged_minor:
        parts.append(
            "<p style='color:#b00020'><b>"
            + e(
                translate(
                    "PersonFileDialog",
                    "Under 16: to review. The policy says the shop does not knowingly "
                    "collect their data.",
                )
            )
            + "</b></p>"
        )
    rows = []
    if f.birth_date or f.age_band:
        rows.append(
            (
                translate("PersonFileDialog", "Born"),
                (text_date(f.birth_date) if f.birth_date else "") or f.age_band or "",
            )
        )
    for email in f.emails:
        rows.append((translate("PersonFileDialog", "Email"), email.value))
    for phone in f.phones:
        rows.append((translate("PersonFileDialog", "Phone"), phone.display))
    for address in f.addresses:
        place = " ".join(p for p in (address.postcode, address.city) if p)
        lines = [*address.lines, place]
        if address.country_code != "FR":
            lines.append(country_name(address.country_code, lang))
        rows.append(
            (
                translate("PersonFileDialog", "Address"),
                "\n".join(line for line in lines if line),
            )
        )
    if f.notes:
        rows.append((translate("PersonFileDialog", "Notes"), f.notes))
    parts.append("<table cellspacing='0' cellpadding='3'>")
    for label, value in rows:
        parts.append(
            f"<tr><td valign='top'><b>{e(label)}</b></td>"
            f"<td>{e(value).replace(chr(10), '<br/>')}</td></tr>"
        )
    parts.append("</table>")
    marketing = translate("PersonFileDialog", "Marketing")
    parts.append(f"<h3>{e(marketing)}</h3><ul>")
    for choice in f.marketing:
        if choice.opted_in is None:
            state = translate("PersonFileDialog", "never asked")
        elif choice.opted_in:
            state = translate("PersonFileDialog", "accepted")
        else:
            state = translate("PersonFileDialog", "OPTED OUT: do not contact")
        when = f" — {_moment(choice.changed_at)}, {choice.source}" if choice.changed_at else ""
        colour = " style='color:#b00020'" if choice.opted_in is False else ""
        said = translate("PersonFileDialog", "{channel}: {state}").format(
            channel=channel_label(choice.channel), state=state
        )
        parts.append(f"<li{colour}>{e(said)}{e(when)}</li>")
    parts.append("</ul>")
    if f.marketing_history:
        every = translate("PersonFileDialog", "Every change of choice:")
        parts.append(f"<p><i>{e(every)}</i></p><ul>")
        for change in f.marketing_history:
            answer = (
                translate("PersonFileDialog", "yes")
                if change.opted_in
                else translate("PersonFileDialog", "no")
            )
            said = translate("PersonFileDialog", "{channel}: {state}").format(
                channel=channel_label(change.channel), state=answer
            )
            moment = _moment(change.changed_at)
            parts.append(f"<li>{e(moment)} — {e(said)} ({e(change.source)})</li>")
        parts.append("</ul>")
    return "".join(parts)


def access_html(f: PersonFile, entries: Sequence[AuditEntry]) -> str:
    words = {
        AuditAction.VIEW: translate("PersonFileDialog", "opened the file"),
        AuditAction.CREATE: translate("PersonFileDialog", "created the file"),
        AuditAction.UPDATE: translate("PersonFileDialog", "changed"),
        AuditAction.EXPORT: translate("PersonFileDialog", "exported the file"),
        AuditAction.IMPORT: translate("PersonFileDialog", "imported"),
        AuditAction.ERASE: translate("PersonFileDialog", "erased the file"),
        AuditAction.DELETE: translate("PersonFileDialog", "deleted"),
        AuditAction.PRINT: translate("PersonFileDialog", "printed"),
    }
    rows = []
    for entry in entries:
        what = words.get(entry.action, translate("PersonFileDialog", "changed"))
        if entry.fields and entry.action is AuditAction.UPDATE:
            what += " " + fields_label(entry.fields, f.items)
        rows.append(
            f"<tr><td>{html.escape(text_datetime(entry.at))}"
            f"&nbsp;&nbsp;</td><td><b>{html.escape(entry.actor)}</b></td>"
            f"<td>{html.escape(what)}</td></tr>"
        )
    return "<table cellpadding='2'>" + "".join(rows) + "</table>"


def history_html(f: PersonFile) -> str:
    e = html.escape
    if not f.corrections:
        nothing = translate("PersonFileDialog", "Nothing has been corrected in this file.")
        return f"<p>{e(nothing)}</p>"
    parts = ["<ul>"]
    for c in f.corrections:
        request = f" — {c.request_reference}" if c.request_reference else ""
        parts.append(
            f"<li><b>{e(_moment(c.when))}</b> {e(c.who)}{e(request)}<br/>"
            f"{e(field_label(c.field, f.items))}: «{e(c.before)}» → «{e(c.after)}»<br/>"
            f"<i>{e(c.why)}</i></li>"
        )
    parts.append("</ul>")
    return "".join(parts)
