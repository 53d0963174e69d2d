"""The frame of every letter: the letterhead with the controller's legal identity, the return
address as its country's post writes it, the date, the signature."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from albanera_desk.domain.letter_format import address_problem, date_in_words, fit_name_line
from albanera_desk.domain.person_file import PersonFile
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services.addresses import address_lines, country_line
from albanera_desk.services.letters.words import Words
from albanera_desk.services.requests import RequestRefused
from albanera_desk.store.models import Organisation

if TYPE_CHECKING:
    from albanera_desk.documents.letters import LetterContent

_LEGAL_WORDS = {
    "fr": {
        "office": "Siège social : {place}",
        "capital": "au capital de {capital}",
        "dpo": "Délégué à la protection des données : {dpo}",
        "siren": "SIREN {siren}",
    },
    "en": {
        "office": "Registered office: {place}",
        "capital": "with a share capital of {capital}",
        "dpo": "Data protection officer: {dpo}",
        "siren": "SIREN {siren}",
    },
}


def check_profile(org: Organisation | None) -> Organisation:
    if org is None or not org.controller_name.strip() or not org.address_lines:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core", "Fill the organisation profile first: letters need its name and address."
            )
        )
    if not org.signatory_name.strip():
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "Fill in who signs the letters (the signatory's name) in the organisation "
                "profile: a letter is signed by a person.",
            )
        )
    return org


def return_address(org: Organisation) -> list[str]:
    """The controller's name and address in its country's postal format, with the country."""
    lines = _postal_lines(
        tuple(org.address_lines), org.postcode, org.city, org.region, org.country_code
    )
    return [_name_with_form(org), *lines, country_line(org.country_code)]


@lru_cache(maxsize=16)
def _postal_lines(
    street: tuple[str, ...], postcode: str, city: str, region: str, country: str
) -> tuple[str, ...]:
    """The same return address on every letter of a batch: formatted once."""
    return tuple(address_lines(list(street), postcode, city, region, country))


def legal_lines(org: Organisation, lang: str) -> list[str]:
    """Registered office, RCS and SIREN where the profile has them; the DPO when set."""
    words = _LEGAL_WORDS["fr" if lang == "fr" else "en"]
    first = _name_with_form(org)
    if org.share_capital.strip():
        first += " " + words["capital"].format(capital=org.share_capital.strip())
    out = [first] if first != org.controller_name or org.registered_office else []
    if org.registered_office:
        out.append(words["office"].format(place=", ".join(org.registered_office)))
    ids = [org.rcs.strip()] if org.rcs.strip() else []
    if org.siren.strip() and org.siren.strip() not in org.rcs:
        ids.append(words["siren"].format(siren=org.siren.strip()))
    if ids:
        out.append(" – ".join(ids))
    if org.dpo_contact.strip():
        out.append(words["dpo"].format(dpo=org.dpo_contact.strip()))
    return out


def signature(org: Organisation, lang: str) -> list[str]:
    title = (org.signatory_title_fr if lang == "fr" else org.signatory_title) or org.signatory_title
    return [line for line in (org.signatory_name, title) if line]


def _name_with_form(org: Organisation) -> str:
    form = org.legal_form.strip()
    return (
        f"{org.controller_name} {form}".strip()
        if form and form not in org.controller_name
        else org.controller_name
    )


def letter(
    org: Organisation,
    words: Words,
    *,
    reference: str,
    recipient: list[str],
    day: date,
    subject: str,
    paragraphs: list[str],
    annex_title: str = "",
    annex_rows: Sequence[Sequence[str]] = (),
    annex_file: PersonFile | None = None,
    reply: bool = False,
    to_writer: bool = True,
) -> LetterContent:
    """The letter, ``reply`` when it answers the writer's own letter (then "V/courrier");
    a letter to someone else than the writer (an art. 19 notice) is not greeted by the
    writer's name."""
    from albanera_desk.documents.letters import LetterContent

    recipient = fit_name_line(recipient)
    problem = address_problem(recipient)
    if problem is not None:
        raise RequestRefused(problem)
    common = words.own("common")
    references = [words.fill(common["our_reference"])]
    if reply:
        references.append(words.fill(common["your_letter"]))
    city = org.city or ""
    place_date = (
        f"{city}, le {date_in_words(day, 'fr')}"
        if words.lang == "fr"
        else f"{city}, {date_in_words(day, 'en')}"
    ).lstrip(", ")
    return LetterContent(
        reference=reference,
        sender=return_address(org),
        legal=legal_lines(org, words.lang),
        recipient=recipient,
        place_and_date=place_date,
        subject=subject,
        subject_label=words.fill(common["subject_label"]),
        references=references,
        salutation=words.fill(common["salutation" if to_writer else "recipient_salutation"]),
        paragraphs=paragraphs,
        closing=words.fill(common["closing"]),
        signature=signature(org, words.lang),
        page_label=common["page"],
        reference_label=words.fill(common["reference"]),
        annex_title=annex_title,
        annex_rows=annex_rows,
        annex_file=annex_file,
        language=words.lang,
    )


def recipient_block(name: str, lines: Sequence[str], country: str, org: Organisation) -> list[str]:
    block = [name, *lines]
    if country and country.upper() != org.country_code.upper():
        block.append(country_line(country))
    return block
