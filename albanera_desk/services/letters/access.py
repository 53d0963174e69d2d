"""Art. 15 (and the CCPA's right to know): what is held about this person, why, who got it.

Everything comes from the person's provenance; nothing from the register at large. A
request linked to nobody gets "no data held" only once the office recorded that it is
about nobody we know.
"""

from __future__ import annotations

from functools import partial

from albanera_desk.domain.records import CcpaRole, DataCategory, DataSource, LegalGround
from albanera_desk.domain.register_rules import LEGAL_BASES, label_of
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import answers
from albanera_desk.services.addresses import country_name
from albanera_desk.services.letters.context import Body, LetterContext
from albanera_desk.services.letters.words import Words
from albanera_desk.services.provenance import (
    IF_USED,
    PROVIDED_BY_PERSON,
    SUB_PROCESSOR,
    UNNAMED,
    Provenance,
    TransferLink,
)
from albanera_desk.services.requests import RequestRefused


def check_decided(ctx: LetterContext) -> None:
    """An unlinked request has no answer until the office links it or says "nobody"."""
    row = ctx.row
    if row.person_id is None and row.nobody_known_on is None:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "Request {ref} is not linked to anyone yet: link it to the person it is "
                "about, or record that it is about nobody we know, before answering.",
            ).format(ref=row.reference)
        )


def access_response(ctx: LetterContext) -> Body:
    check_decided(ctx)
    if ctx.row.person_id is None:
        return no_data_held(ctx)
    found = ctx.truthful_provenance()
    person = ctx.live_person()
    w = ctx.words
    own = w.own("access_response")
    out = [w.fill(own["intro"]), w.fill(own["copy"], today=w.day(ctx.day))]
    if not ctx.ccpa:
        out.append(w.fill(w.own("common")["first_copy_free"]))
    order = list(DataCategory)
    categories = sorted({i.category for i in found.items}, key=order.index)
    names = [w.label("categories", "contact")] if _has_contact(person) else []
    names += [w.label("categories", c.value) for c in categories if c.value != "contact"]
    out.append(w.fill(own["categories"], list=", ".join(names) or w.labels["none"]))
    out.extend(_purposes(w, found))
    out.extend(_recipients(w, found))
    out.extend(_sources(w, found))
    if ctx.ccpa:
        out.extend(_sold_shared(w, found))
    else:
        out.append(_transfers(w, found.transfers))
        if found.restricted_since is not None:
            out.append(w.fill(own["restricted"], since=w.day(found.restricted_since)))
        out.append(w.fill(own["automated"]))
        if any("advertising_consent" in a.reasons for a in found.activities):
            out.append(w.fill(own["profiling"]))
    out.append(w.fill(own["rights"]))
    return Body(
        out,
        annex_title=w.fill(own["annex_title"]),
        annex_file=answers.person_file(ctx.session, person, found),
    )


def no_data_held(ctx: LetterContext) -> Body:
    w = ctx.words
    return Body(
        [
            *w.body("no_data_held"),
            w.fill(w.own("common")["letter_kept"], months=str(ctx.request_months)),
        ],
        subject_key="no_data_held",
    )


def _has_contact(person: object) -> bool:
    return bool(
        getattr(person, "contacts", None)
        or getattr(person, "addresses", None)
        or getattr(person, "first_name", "")
        or getattr(person, "last_name", "")
    )


def _purposes(w: Words, found: Provenance) -> list[str]:
    own = w.own("access_response")
    if not found.activities:
        return []
    out = [w.fill(own["purposes_intro"])]
    for a in found.activities:
        because = [r for r in a.reasons if r != "items"]
        why = str(own["why"].get(because[0], "")) if because else ""
        if a.objected:
            why += str(own["objected"])
        out.append(
            w.fill(
                own["purpose_item"],
                activity=a.name,
                purposes=", ".join(a.purposes) or a.name,
                basis=label_of(LEGAL_BASES, a.legal_basis, w.lang) if a.legal_basis else "-",
                retention=a.retention.rstrip(".") or own["no_retention"],
                why=why,
            )
        )
    return out


def _recipients(w: Words, found: Provenance) -> list[str]:
    own = w.own("access_response")
    country = partial(country_name, language=w.lang)
    out = []
    receivers = [
        w.fill(
            own["recipient_item"],
            name=r.name,
            country=country(r.country_code),
            activities=w.joined(list(r.activities)),
        )
        for r in found.receivers
    ]
    if receivers:
        out.append(w.fill(own["recipients"], list="; ".join(receivers)))
    else:
        out.append(w.fill(own["no_recipients"]))
    possible = []
    unnamed = []
    for r in found.recipients:
        if r.possible == UNNAMED:
            unnamed.append(r.service.rstrip(".") or r.name)
            continue
        if not r.possible:
            continue
        text = own[
            {SUB_PROCESSOR: "possible_sub_processor", IF_USED: "possible_if_used"}.get(
                r.possible, "possible_authority"
            )
        ]
        possible.append(
            w.fill(
                text,
                name=r.name,
                country=country(r.country_code),
                parent=r.parent,
                de_parent=_of(r.parent),
            )
        )
    if unnamed:
        possible.append(w.fill(own["possible_unnamed"], services="; ".join(unnamed)))
    if possible:
        out.append(w.fill(own["possible"], list="; ".join(possible)))
    return out


def _of(name: str) -> str:
    """French "de X", elided before a vowel: "d’Atelier Commerce SAS"."""
    return ("d’" if name[:1].lower() in "aeiouyàâéèêëîïôöûüœ" else "de ") + name


def _sources(w: Words, found: Provenance) -> list[str]:
    """Art. 13/14: what the person gave us, and where each other item came from."""
    own = w.own("access_response")
    others = [i for i in found.items if i.source not in PROVIDED_BY_PERSON]
    if not others:
        return [w.fill(own["sources_yours"])]
    lines = [w.fill(own["sources_intro"])]
    for item in others:
        key = {
            DataSource.PARTNER: "source_partner",
            DataSource.SOCIAL_MEDIA: "source_social_media",
        }.get(item.source, "source_tracking_tool")
        lines.append(w.fill(own[key], item=item.description, partner=item.partner))
    last = lines[-1].rstrip(" ;\u202f")
    lines[-1] = last if last.endswith(".") else last + "."  # "Inc." ends the sentence too
    return lines


def _transfers(w: Words, transfers: tuple[TransferLink, ...]) -> str:
    own = w.own("access_response")
    if not transfers:
        return w.fill(own["no_transfers"])
    items = []
    for t in transfers:
        ground = w.label("grounds", t.ground.value).replace("{point}", t.derogation or "?")
        if t.ground is LegalGround.SCC and t.scc_module:
            ground += f", module {t.scc_module}"
        items.append(
            w.fill(
                own["transfer_item"],
                importer=t.importer,
                country=country_name(t.country_code, w.lang),
                activity=t.activity,
                ground=ground,
            )
        )
    said = w.fill(own["transfers"], list="; ".join(items))
    if any(t.ground in _SAFEGUARDS for t in transfers):  # art. 15(2): safeguards, not derogations
        said += " " + w.fill(own["safeguards_copy"])
    return said


_SAFEGUARDS = frozenset({LegalGround.SCC, LegalGround.BCR, LegalGround.CODE_OR_CERTIFICATION})


def _sold_shared(w: Words, found: Provenance) -> list[str]:
    own = w.own("access_response")
    shared = [r.name for r in found.receivers if r.ccpa_role is CcpaRole.THIRD_PARTY]
    out = [w.fill(own["sold"])]
    out.append(
        w.fill(own["shared"], list=w.joined(shared)) if shared else w.fill(own["not_shared"])
    )
    return out
