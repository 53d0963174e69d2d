"""The demo register: realistic, linked, and with something for the health checks to say."""

from __future__ import annotations

from albanera_desk.domain.adequacy import AdequacyCatalogue
from albanera_desk.domain.records import LegalGround
from albanera_desk.domain.register_rules import Zone
from albanera_desk.services import register_demo
from albanera_desk.services.audit import AuditTrail
from albanera_desk.services.register.service import RegisterService
from albanera_desk.services.register_health import check_register
from albanera_desk.store.store import Store
from tests.register.conftest import TODAY


def test_demo_fills_the_register(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    register_demo.fill(store, "demo")
    processors = service.list_processors()
    assert len(processors) == 8 + 12
    transfers = service.list_transfers()
    grounds = {t.destination_country: t for t in transfers if not t.starter_key}
    assert (
        grounds["US"].legal_ground is LegalGround.ADEQUACY and grounds["US"].importer_dpf_certified
    )
    assert grounds["IN"].legal_ground is LegalGround.SCC and grounds["IN"].scc_module == "2"
    assert grounds["IN"].tia_on is not None
    assert grounds["MA"].legal_ground is LegalGround.DEROGATION and grounds["MA"].derogation == "b"
    activities = {a.starter_key: a for a in service.list_activities()}
    names = {p.id: p.legal_name for p in processors}
    orders = [names[i] for i in activities["orders_payment"].recipient_ids]
    assert "Atelier Commerce SAS" in orders and "Klarna Bank AB (publ)" in orders
    assert activities["customer_service"].transfer_ids == [grounds["IN"].id]
    codes = [i.code for i in check_register(store, TODAY, catalogue)]
    assert "missing_art28_terms" in codes and "outside_eea_without_transfer" not in codes
    assert service.data_map().cell(Zone.ADEQUATE).transfers == 2
    assert AuditTrail(store).verify().intact
