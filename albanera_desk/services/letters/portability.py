"""Art. 20: the data the person provided, as JSON and CSV kept with the request, and the
covering letter that names the files, their fingerprints and what is left out."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from albanera_desk.domain.records import DataSource
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services.letters.context import Body, LetterContext
from albanera_desk.services.provenance import PROVIDED_BY_PERSON, Provenance, walk
from albanera_desk.services.requests import RequestRefused
from albanera_desk.store.models import Attachment, Person, Request, RequestDocument

# Observed while the person used our site counts as provided (EDPB guidelines on art. 20).
PORTABLE_SOURCES = PROVIDED_BY_PERSON | {DataSource.TRACKING_TOOL}
PORTABLE_BASES = frozenset({"consent", "contract"})
ROLES = ("portability_json", "portability_csv")


@dataclass(frozen=True, slots=True)
class PortableFile:
    name: str
    media_type: str
    content: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


def portable_rows(person: Person, found: Provenance) -> tuple[list[dict[str, str]], list[str]]:
    """(rows of what is portable, descriptions of what is left out)."""
    rows: list[dict[str, str]] = []

    def add(section: str, field: str, value: str, collected: str = "") -> None:
        if value:
            rows.append({"section": section, "field": field, "value": value, "date": collected})

    add("identity", "first_name", person.first_name)
    add("identity", "last_name", person.last_name)
    add("identity", "birth_date", person.birth_date.isoformat() if person.birth_date else "")
    add("identity", "customer_id", person.customer_id or "")
    for contact in sorted(person.contacts, key=lambda c: c.id):
        add("contact", contact.kind.value, contact.value)
    for address in sorted(person.addresses, key=lambda a: a.id):
        place = " ".join(p for p in (address.postcode, address.city) if p)
        add("address", "postal_address", ", ".join([*address.lines, place, address.country_code]))
    for choice in sorted(person.marketing_choices, key=lambda c: (c.changed_at, c.id)):
        add(
            "marketing",
            choice.channel.value,
            "opted_in" if choice.opted_in else "opted_out",
            choice.changed_at.date().isoformat(),
        )
    left_out = []
    for item in found.items:
        activity = found.activity(item.activity_id)
        basis = activity.legal_basis if activity is not None else ""
        if item.source in PORTABLE_SOURCES and basis in PORTABLE_BASES:
            add(
                item.category.value,
                item.description,
                item.value,
                item.collected_on.isoformat() if item.collected_on else "",
            )
        else:
            left_out.append(item.description)
    return rows, left_out


def make_files(session: Session, row: Request) -> list[PortableFile]:
    """Build the JSON and CSV copies for the request's person and keep them with it."""
    person = session.get(Person, row.person_id) if row.person_id else None
    if person is None or person.erased_at is not None:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "This request is linked to nobody in the file: link it to the person it is "
                "about first.",
            )
        )
    found = walk(session, person)
    if found.problems:
        raise RequestRefused(found.problems[0])
    rows, _ = portable_rows(person, found)
    as_json = json.dumps(
        {"reference": row.reference, "data": rows}, ensure_ascii=False, indent=2
    ).encode("utf-8")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["section", "field", "value", "date"])
    writer.writeheader()
    for entry in rows:
        # A spreadsheet runs a cell starting with = + - @ as a formula: keep it text.
        writer.writerow(
            {k: ("'" + v if v[:1] in ("=", "+", "-", "@") else v) for k, v in entry.items()}
        )
    files = [
        PortableFile(f"{row.reference}-data.json", "application/json", as_json),
        PortableFile(f"{row.reference}-data.csv", "text/csv", buffer.getvalue().encode("utf-8")),
    ]
    for old in list(row.documents):
        if old.role in ROLES:
            attachment = session.get(Attachment, old.attachment_id)
            row.documents.remove(old)
            if attachment is not None:
                session.delete(attachment)
    for role, made in zip(ROLES, files, strict=True):
        attachment = Attachment(
            filename=made.name,
            media_type=made.media_type,
            size=len(made.content),
            sha256=made.sha256,
            content=made.content,
        )
        session.add(attachment)
        session.flush()
        row.documents.append(RequestDocument(role=role, attachment_id=attachment.id))
    session.flush()
    return files


def kept_files(session: Session, row: Request) -> list[PortableFile]:
    out = []
    for role in ROLES:
        doc = next((d for d in row.documents if d.role == role), None)
        attachment = session.get(Attachment, doc.attachment_id) if doc is not None else None
        if attachment is not None:
            out.append(PortableFile(attachment.filename, attachment.media_type, attachment.content))
    return out


def portability_response(ctx: LetterContext) -> Body:
    w = ctx.words
    own = w.own("portability_response")
    files = kept_files(ctx.session, ctx.row)
    if len(files) != len(ROLES):
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "Make the portable copy (JSON and CSV) for this request first: the letter "
                "names the files it encloses.",
            )
        )
    person = ctx.live_person()
    _, left_out = portable_rows(person, ctx.truthful_provenance())
    out = w.body("portability_response", files=w.joined([f.name for f in files]))
    if left_out:
        out.append(w.fill(own["left_out"], list=", ".join(left_out)))
    out.append(w.fill(own["fingerprint_intro"]))
    out.extend(w.fill(own["fingerprint"], name=f.name, digest=f.sha256) for f in files)
    return Body(out)
