"""The "New request" form, without Qt: what is missing before a letter can be logged.

A name first, then an address the post would deliver to; a scan is read once
and checked for what it really is (the service checks it again when storing it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from albanera_desk.domain.attachments import MAX_SCAN_BYTES, sniff_media_type
from albanera_desk.domain.records import Channel, RequestKind
from albanera_desk.services.addresses import address_lines, address_problems
from albanera_desk.services.requests import NewRequest


class FormProblem(Enum):
    NO_WRITER = "no writer"
    ADDRESS = "address"  # details: what the post would object to, one phrase per field


@dataclass(frozen=True, slots=True)
class LetterForm:
    """What the coordinator typed in "New request"."""

    received_on: date
    kinds: Sequence[RequestKind]
    writer: str
    street: str
    postcode: str
    city: str
    region: str
    country: str
    channel: Channel
    summary: str


@dataclass(frozen=True, slots=True)
class FormRefusal:
    problem: FormProblem
    details: tuple[str, ...] = ()


def read_letter_form(form: LetterForm) -> NewRequest | FormRefusal:
    """The request to log, or why the form cannot be saved yet (name first, then address)."""
    if not form.writer.strip():
        return FormRefusal(FormProblem.NO_WRITER)
    country = form.country.strip().upper() or "FR"
    parts = (
        form.street.splitlines(),
        form.postcode.strip(),
        form.city.strip(),
        form.region.strip(),
        country,
    )
    problems = address_problems(*parts)
    if problems:
        return FormRefusal(FormProblem.ADDRESS, tuple(problems))
    return NewRequest(
        received_on=form.received_on,
        kinds=list(form.kinds),
        writer_name=form.writer,
        writer_address=address_lines(*parts),
        writer_country=country,
        writer_region=form.region.strip(),
        channel=form.channel,
        summary=form.summary,
    )


class ScanProblem(Enum):
    TOO_LARGE = "too large"
    UNREADABLE = "unreadable"
    NOT_A_SCAN = "not a scan"


def read_scan(path: Path) -> tuple[str, bytes] | ScanProblem:
    """The scan's name and content, read now (the service checks it again when it is stored)."""
    try:
        if path.stat().st_size > MAX_SCAN_BYTES:
            return ScanProblem.TOO_LARGE
        content = path.read_bytes()
    except OSError:
        return ScanProblem.UNREADABLE
    if sniff_media_type(content[:16]) is None:
        return ScanProblem.NOT_A_SCAN
    return path.name, content
