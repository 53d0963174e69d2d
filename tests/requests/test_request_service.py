"""The requests desk service on a real encrypted store: log, deadlines, workflow, trail."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import Regime, RequestKind, RequestStatus
from albanera_desk.services.audit import AuditFilter, AuditTrail
from albanera_desk.services.office_settings import OfficeSettings, OfficeSettingsService
from albanera_desk.services.opening import create_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.requests import NewRequest, RequestRefused, RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store

WRITER = "Łucja Ștefănescu-Dupré"


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


@pytest.fixture
def service(store: Store) -> RequestService:
    return RequestService(store, "coordinator")


def _letter(received: date, **extra: object) -> NewRequest:
    values: dict[str, object] = {
        "received_on": received,
        "kinds": [RequestKind.ACCESS],
        "writer_name": WRITER,
        "writer_address": ["12 rue des Lilas", "69003 Lyon"],
    }
    values.update(extra)
    return NewRequest(**values)  # type: ignore[arg-type]


def test_logging_a_letter_stores_its_deadline_and_rule(
    service: RequestService, store: Store
) -> None:
    logged = service.log(_letter(date(2026, 1, 31)))
    assert logged.reference == "R-2026-0001"
    assert logged.due == date(2026, 3, 2)
    assert logged.due_regime is Regime.GDPR
    assert "one month" in logged.rule
    assert logged.post_by == date(2026, 2, 25)  # three working days earlier
    assert service.log(_letter(date(2026, 2, 2))).reference == "R-2026-0002"
    rows = str(AuditTrail(store).page(AuditFilter(record_type="request")))
    assert WRITER not in rows and "R-2026-0001" in rows


def test_future_and_empty_letters_are_refused(service: RequestService) -> None:
    with pytest.raises(RequestRefused, match="future"):
        service.log(_letter(date.today() + timedelta(days=1)))
    with pytest.raises(RequestRefused, match="asks for"):
        service.log(_letter(date(2026, 1, 5), kinds=[]))
    assert service.list() == []


def test_ccpa_applies_only_in_california_when_the_business_is_covered(
    service: RequestService, store: Store
) -> None:
    profile = profile_from_privacy_policy()
    profile.ccpa_applies = True
    OrganisationService(store, "coordinator").save(profile)
    paris = service.log(_letter(date(2026, 6, 1)))
    la = service.log(_letter(date(2026, 6, 1), writer_country="US", writer_region="CA"))
    assert paris.regimes == (Regime.GDPR,)
    assert la.regimes == (Regime.GDPR, Regime.CCPA)
    assert la.due == date(2026, 7, 1)  # GDPR is stricter than CCPA's 45 days here
    assert "CCPA" in la.rule and "GDPR" in la.rule


def test_identity_check_suspends_and_is_kept_without_documents(service: RequestService) -> None:
    ref = service.log(_letter(date(2026, 9, 1))).reference
    service.ask_identity(ref, date(2026, 9, 3), "date of birth and last order number")
    back = service.identity_confirmed(ref, date(2026, 9, 10), "order number matched", "confirmed")
    assert back.status is RequestStatus.IN_PROGRESS
    assert back.due == date(2026, 10, 8)
    assert [kind for _, kind, _ in service.get(ref).events] == [
        "received",
        "identity_asked",
        "identity_confirmed",
    ]


def test_extension_only_with_reasons_and_in_time(service: RequestService) -> None:
    ref = service.log(_letter(date(2026, 3, 2))).reference
    with pytest.raises(RequestRefused, match="reasons"):
        service.extend(ref, date(2026, 3, 20), "  ")
    with pytest.raises(RequestRefused, match="Too late"):
        service.extend(ref, date(2026, 4, 3), "many requests this month")
    extended = service.extend(ref, date(2026, 3, 20), "complex request covering five years")
    assert extended.extended and extended.due == date(2026, 6, 2)
    with pytest.raises(RequestRefused, match="only once"):
        service.extend(ref, date(2026, 3, 21), "again")


def test_workflow_guards(service: RequestService) -> None:
    ref = service.log(_letter(date(2026, 5, 4))).reference
    with pytest.raises(RequestRefused, match="cannot become closed"):
        service.move(ref, RequestStatus.CLOSED)
    service.move(ref, RequestStatus.IN_PROGRESS, "identity not in doubt")
    with pytest.raises(RequestRefused, match="answer letter has been posted"):
        service.move(ref, RequestStatus.ANSWERED)
    with pytest.raises(RequestRefused, match="needs its reason"):
        service.move(ref, RequestStatus.REFUSED)
    refused = service.move(ref, RequestStatus.REFUSED, "fifth identical request this month")
    assert refused.status is RequestStatus.REFUSED
    with pytest.raises(RequestRefused, match="refusal letter is posted"):
        service.move(ref, RequestStatus.CLOSED)
    other = service.log(_letter(date(2026, 5, 4))).reference
    service.move(other, RequestStatus.WITHDRAWN, "the writer wrote again to withdraw")
    assert service.move(other, RequestStatus.CLOSED).status is RequestStatus.CLOSED


def test_lists_overdue_and_due_soon(service: RequestService, store: Store) -> None:
    OfficeSettingsService(store, "coordinator").save(OfficeSettings(postal_transit_days=2))
    old = service.log(_letter(date(2026, 1, 5))).reference
    soon = service.log(_letter(date(2026, 11, 20))).reference
    today = date(2026, 12, 10)
    assert [r.reference for r in service.list(overdue_on=today)] == [old]
    assert [r.reference for r in service.list(due_within=(today, 14))] == [old, soon]
    service.move(old, RequestStatus.WITHDRAWN, "withdrawn by phone, confirmed in writing")
    assert service.list(overdue_on=today) == []


def test_retention_never_under_24_months(store: Store) -> None:
    with pytest.raises(ValueError, match="24 months"):
        OfficeSettingsService(store, "coordinator").save(
            OfficeSettings(request_retention_months=12)
        )


def test_scan_is_kept_inside_the_store_and_checked(service: RequestService, tmp_path: Path) -> None:
    pdf = b"%PDF-1.7\n" + b"0" * 2000
    logged = service.log(_letter(date(2026, 5, 4)), scan=("letter.pdf", pdf))
    assert service.scan(logged.reference) == ("application/pdf", pdf)
    with pytest.raises(RequestRefused, match="not a PDF, JPEG or PNG"):
        service.log(_letter(date(2026, 5, 4)), scan=("letter.pdf", b"MZ\x90\x00 not a pdf"))
    with pytest.raises(RequestRefused, match="limit"):
        service.attach_scan(logged.reference, "huge.png", b"\x89PNG\r\n\x1a\n" + bytes(21 * 2**20))
    assert len(service.list()) == 1  # the refused letter was not half-saved
    assert list(tmp_path.glob("**/*.pdf")) == []  # no loose copy anywhere


def test_closed_requests_are_purged_after_retention_leaving_counts(
    service: RequestService, store: Store
) -> None:
    pdf = b"%PDF-1.7\n" + b"1" * 100
    ref = service.log(_letter(date(2026, 1, 5)), scan=("scan.pdf", pdf)).reference
    keep = service.log(_letter(date(2026, 1, 6))).reference
    service.move(ref, RequestStatus.WITHDRAWN, "withdrawn")
    service.move(ref, RequestStatus.CLOSED)
    closed_on = service.get(ref)  # closed today
    assert closed_on.status is RequestStatus.CLOSED
    assert service.purge_closed(date.today() + timedelta(days=30)) == 0  # within 36 months
    assert service.purge_closed(date.today() + timedelta(days=37 * 31)) == 1
    assert [r.reference for r in service.list()] == [keep]
    assert service.purged_counts() == {"2026:access": 1}
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM attachment").scalar() == 0
        events = conn.exec_driver_sql("SELECT kind FROM request_event").fetchall()
    assert events == [("received",)]  # only the kept request's: the purged one's went with it


def test_references_are_never_reused_after_a_purge(service: RequestService) -> None:
    first = service.log(_letter(date(2026, 1, 5))).reference
    service.move(first, RequestStatus.WITHDRAWN, "withdrawn")
    service.move(first, RequestStatus.CLOSED)
    assert service.purge_closed(date.today() + timedelta(days=40 * 31)) == 1
    assert service.log(_letter(date(2026, 1, 7))).reference == "R-2026-0002"


def test_hostile_writer_names_are_cleaned_or_refused(service: RequestService) -> None:
    logged = service.log(_letter(date(2026, 5, 4), writer_name="Jean \u202eenaD\u202c\x00"))
    assert logged.writer_name == "Jean enaD"
    with pytest.raises(RequestRefused, match="at most 300"):
        service.log(_letter(date(2026, 5, 4), writer_name="A" * 5000))
    with pytest.raises(RequestRefused, match="writer's name"):
        service.log(_letter(date(2026, 5, 4), writer_name="\x00\x01 "))
