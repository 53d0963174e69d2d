"""Where our data lives: active entries (by processing country) and current transfers, per zone.

Pure: the records and the adequacy catalogue in, a ``DataMap`` of the four zones out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from albanera_desk.domain.adequacy import AdequacyCatalogue
from albanera_desk.domain.records import ProcessorStatus
from albanera_desk.domain.register_records import (
    DataMap,
    ProcessorRecord,
    RecordLink,
    TransferRecord,
    ZoneCell,
)
from albanera_desk.domain.register_rules import ZONE_LABELS, Zone, zone_of


def data_map(
    processors: Sequence[ProcessorRecord],
    transfers: Sequence[TransferRecord],
    catalogue: AdequacyCatalogue,
) -> DataMap:
    """Active processors (by processing country) and current transfers, per zone."""
    processors = [p for p in processors if p.status is ProcessorStatus.ACTIVE]
    transfers = [t for t in transfers if t.ended_on is None]
    certified = {
        (t.importer_id, t.destination_country.upper())
        for t in transfers
        if t.importer_dpf_certified
    }
    cells: dict[Zone, dict[str, Any]] = {
        zone: {"countries": set(), "processors": set(), "transfers": set(), "links": []}
        for zone in Zone
    }
    for p in processors:
        assert p.id is not None
        for code in dict.fromkeys(c.upper() for c in p.processing_countries):
            zone = zone_of(code, catalogue, dpf_certified=(p.id, code) in certified)
            cell = cells[zone]
            cell["countries"].add(code)
            cell["processors"].add(p.id)
            cell["links"].append(RecordLink("processor", p.id, p.legal_name, code))
    for t in transfers:
        assert t.id is not None
        code = t.destination_country.upper()
        zone = zone_of(code, catalogue, dpf_certified=t.importer_dpf_certified)
        cell = cells[zone]
        cell["countries"].add(code)
        cell["transfers"].add(t.id)
        cell["links"].append(RecordLink("transfer", t.id, t.importer_name, code))
    return DataMap(
        tuple(
            ZoneCell(
                zone=zone,
                label_en=ZONE_LABELS[zone].en,
                label_fr=ZONE_LABELS[zone].fr,
                countries=tuple(sorted(cells[zone]["countries"])),
                processors=len(cells[zone]["processors"]),
                transfers=len(cells[zone]["transfers"]),
                links=tuple(cells[zone]["links"]),
            )
            for zone in Zone
        )
    )
