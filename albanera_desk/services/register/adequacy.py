"""The Commission's adequacy decisions: the office's own copy first, else the shipped one."""

from __future__ import annotations

from pathlib import Path

from albanera_desk.domain.adequacy import AdequacyCatalogue, parse_catalogue
from albanera_desk.settings import RESOURCES_DIR, app_paths

SHIPPED_CATALOGUE = RESOURCES_DIR / "adequacy" / "decisions.json"


def load_adequacy_catalogue() -> AdequacyCatalogue:
    """The office's own copy (``<data folder>/adequacy/decisions.json``) if present, else ours.

    Raises ``AdequacyCatalogueInvalid`` (one sentence) when the office's copy is broken.
    """
    override = app_paths().data_dir / "adequacy" / "decisions.json"
    path = override if override.is_file() else SHIPPED_CATALOGUE
    return parse_catalogue(path.read_text(encoding="utf-8"))


def adequacy_override_path() -> Path:
    """Where the office puts an updated catalogue."""
    return app_paths().data_dir / "adequacy" / "decisions.json"


def adequacy_condition(country_code: str, catalogue: AdequacyCatalogue | None = None) -> str:
    """What an adequacy transfer to this country must ask about the importer.

    ``"dpf_certified"`` (United States: ask whether the importer is DPF-certified),
    ``"commercial"`` (Canada), ``""`` (no condition) or ``"none"`` (no decision at all).
    """
    decision = (catalogue or load_adequacy_catalogue()).decision_for(country_code)
    return "none" if decision is None else decision.condition
