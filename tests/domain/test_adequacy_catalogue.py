"""The shipped adequacy catalogue is current as of its checked date."""

from __future__ import annotations

from datetime import date

from albanera_desk.domain.adequacy import parse_catalogue
from albanera_desk.settings import RESOURCES_DIR

SHIPPED = RESOURCES_DIR / "adequacy" / "decisions.json"


def test_catalogue_has_brazil_the_epo_and_the_uk_renewal() -> None:
    catalogue = parse_catalogue(SHIPPED.read_text(encoding="utf-8"))
    assert catalogue.last_checked >= date(2026, 1, 27)
    brazil = catalogue.decision_for("BR")
    assert brazil is not None and brazil.adopted_on == date(2026, 1, 26)
    assert "2026/179" in brazil.reference and brazil.name_fr == "Brésil"
    epo = catalogue.decision_for("EP")
    assert epo is not None and epo.kind == "organisation"
    assert epo.adopted_on == date(2025, 7, 15)
    uk = catalogue.decision_for("GB")
    assert uk is not None and uk.valid_until == date(2031, 12, 27)
    assert uk.in_force(date(2031, 12, 27)) and not uk.in_force(date(2031, 12, 28))
    assert "immigration" not in uk.scope("en") and "immigration" not in uk.scope("fr")
    assert all(d.scope_fr and d.name_fr for d in catalogue.decisions.values())
    assert catalogue.covers("BR") and not catalogue.covers("US", dpf_certified=False)
