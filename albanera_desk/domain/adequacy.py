"""The European Commission's adequacy decisions (GDPR art. 45), parsed from their JSON text.

Pure: the caller reads the file (``resources/adequacy/decisions.json``, or the office's own
copy in the data folder) and hands the text to ``parse_catalogue``.

A decision may be conditional: ``condition`` is ``""`` (the whole country),
``"dpf_certified"`` (United States: only organisations certified under the EU-US Data
Privacy Framework) or ``"commercial"`` (Canada: only commercial organisations under PIPEDA).
An international organisation (the European Patent Organisation, "EP") is ``kind``
"organisation"; a decision with a sunset has ``valid_until``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

CONDITIONS = ("", "dpf_certified", "commercial")
STALE_AFTER_MONTHS = 6


class AdequacyCatalogueInvalid(ValueError):
    """The catalogue's text is not what it should be; ``str()`` is one sentence."""


@dataclass(frozen=True, slots=True)
class AdequacyDecision:
    country_code: str
    name_en: str
    name_fr: str
    reference: str  # e.g. "Implementing Decision (EU) 2023/1795"
    adopted_on: date
    scope_en: str
    scope_fr: str
    condition: str = ""  # one of CONDITIONS
    kind: str = "country"  # or "organisation" (art. 45: an international organisation)
    valid_until: date | None = None  # a decision with a sunset (the United Kingdom's)

    def in_force(self, today: date) -> bool:
        return self.valid_until is None or today <= self.valid_until

    def covers(self, *, dpf_certified: bool | None = None, commercial: bool = True) -> bool:
        """Whether the decision covers a flow to this importer."""
        if self.condition == "dpf_certified":
            return dpf_certified is True
        if self.condition == "commercial":
            return commercial
        return True

    def scope(self, language: str) -> str:
        return self.scope_fr if language == "fr" else self.scope_en


@dataclass(frozen=True, slots=True)
class AdequacyCatalogue:
    last_checked: date
    decisions: dict[str, AdequacyDecision]
    source_url: str = ""

    def decision_for(self, country_code: str) -> AdequacyDecision | None:
        """The decision for a country (or an international organisation's code, "EP")."""
        return self.decisions.get(country_code.upper())

    def covers(
        self, country_code: str, *, dpf_certified: bool | None = None, commercial: bool = True
    ) -> bool:
        decision = self.decision_for(country_code)
        return decision is not None and decision.covers(
            dpf_certified=dpf_certified, commercial=commercial
        )

    def stale(self, today: date) -> bool:
        """Not checked for over six months."""
        return _add_months(self.last_checked, STALE_AFTER_MONTHS) < today


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _date(value: object, what: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise AdequacyCatalogueInvalid(
            QT_TRANSLATE_NOOP(
                "Core", "The adequacy catalogue's {what} is not a date (YYYY-MM-DD)."
            ).format(what=what)
        ) from None


def parse_catalogue(text: str) -> AdequacyCatalogue:
    """The catalogue from its JSON text; raises ``AdequacyCatalogueInvalid`` with one sentence."""
    try:
        raw = json.loads(text)
    except ValueError:
        raise AdequacyCatalogueInvalid(
            QT_TRANSLATE_NOOP("Core", "The adequacy catalogue is not valid JSON.")
        ) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("decisions"), list):
        raise AdequacyCatalogueInvalid(
            QT_TRANSLATE_NOOP("Core", "The adequacy catalogue has no list of decisions.")
        )
    decisions: dict[str, AdequacyDecision] = {}
    for item in raw["decisions"]:
        if not isinstance(item, dict):
            raise AdequacyCatalogueInvalid(
                QT_TRANSLATE_NOOP("Core", "An adequacy decision in the catalogue is not an object.")
            )
        code = str(item.get("country_code", "")).upper()
        if len(code) != 2 or not code.isalpha():
            raise AdequacyCatalogueInvalid(
                QT_TRANSLATE_NOOP(
                    "Core", "An adequacy decision has no two-letter country code ({code})."
                ).format(code=repr(code))
            )
        condition = str(item.get("condition", ""))
        if condition not in CONDITIONS:
            raise AdequacyCatalogueInvalid(
                QT_TRANSLATE_NOOP(
                    "Core", "The adequacy decision for {code} has an unknown condition {condition}."
                ).format(code=code, condition=repr(condition))
            )
        decisions[code] = AdequacyDecision(
            country_code=code,
            name_en=str(item.get("name_en", code)),
            name_fr=str(item.get("name_fr", item.get("name_en", code))),
            reference=str(item.get("reference", "")),
            adopted_on=_date(
                item.get("adopted_on"),
                QT_TRANSLATE_NOOP("Core", "date for {code}").format(code=code),
            ),
            scope_en=str(item.get("scope_en", "")),
            scope_fr=str(item.get("scope_fr", item.get("scope_en", ""))),
            condition=condition,
            kind="organisation" if item.get("kind") == "organisation" else "country",
            valid_until=_date(
                item["valid_until"],
                QT_TRANSLATE_NOOP("Core", "end date for {code}").format(code=code),
            )
            if item.get("valid_until")
            else None,
        )
    return AdequacyCatalogue(
        last_checked=_date(raw.get("last_checked"), QT_TRANSLATE_NOOP("Core", "last-checked date")),
        decisions=decisions,
        source_url=str(raw.get("source_url", "")),
    )
