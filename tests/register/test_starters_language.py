"""The policy's starter entries are worded in the organisation profile's language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import ProcessorRole
from albanera_desk.domain.register_records import ActivityRecord, ProcessorRecord
from albanera_desk.services.office_settings import OfficeSettings, OfficeSettingsService
from albanera_desk.services.opening import create_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.register.service import RegisterService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store


def _use_language(store: Store, language: str) -> None:
    profile = replace(profile_from_privacy_policy(), default_language=language)
    OrganisationService(store, "coordinator").save(profile)


def _add_all(
    service: RegisterService,
) -> tuple[dict[str, ProcessorRecord], dict[str, ActivityRecord]]:
    assert service.add_policy_starters() == 9  # 8 entries and the request office's transfer
    assert service.add_policy_activities() == 11
    assert service.add_policy_starters() == 0  # adding twice adds nothing
    assert service.add_policy_activities() == 0
    processors = {p.starter_key: p for p in service.list_processors()}
    activities = {a.starter_key: a for a in service.list_activities()}
    assert len(processors) == 8 and len(activities) == 11
    return processors, activities


def test_a_french_profile_gets_the_register_in_french(
    store: Store, service: RegisterService
) -> None:
    OfficeSettingsService(store, "coordinator").save(OfficeSettings(request_retention_months=48))
    _use_language(store, "fr")
    processors, activities = _add_all(service)

    names = {a.name for a in activities.values()}
    assert {
        "Commandes et paiement",
        "Gestion des comptes clients",
        "Prospection par courriel et SMS",
        "Publicité ciblée",
        "Sécurité et lutte contre la fraude",
        "Obligations légales et comptables",
        "Service client (formulaire de contact et chat)",
        "Avis clients",
        "Jeux-concours, promotions et événements",
        "Carte de fidélité en magasin",
        "Traitement des demandes d'exercice des droits",
    } == names
    requests = activities["privacy_requests"]
    assert requests.retention == "48 mois après la clôture de la demande"
    assert requests.legal_basis == "legal_obligation" and not requests.to_complete
    assert "chiffrée" in requests.security_measures
    assert activities["legal_accounting"].retention == (
        "10 ans pour les pièces comptables (Code de commerce, art. L123-22)"
    )
    assert "clients" in activities["orders_payment"].people_categories

    placeholders = [p for k, p in processors.items() if k != "klarna"]
    assert all(p.legal_name.endswith("(à compléter)") for p in placeholders)
    assert not any("to complete" in p.legal_name for p in processors.values())
    assert processors["email_vendor"].purposes[0] == "Prospection par courriel et SMS"
    klarna = processors["klarna"]
    assert klarna.legal_name == "Klarna Bank AB (publ)" and klarna.country_code == "SE"
    assert klarna.retention.startswith("Cookies : jusqu'à 540 jours")
    assert "Paiement" in klarna.purposes


def test_an_english_profile_gets_the_register_in_english(
    store: Store, service: RegisterService
) -> None:
    OfficeSettingsService(store, "coordinator").save(OfficeSettings(request_retention_months=36))
    _use_language(store, "en")
    processors, activities = _add_all(service)

    names = {a.name for a in activities.values()}
    assert {"Orders and payment", "Product reviews", "Handling privacy requests"} <= names
    assert activities["privacy_requests"].retention == "36 months after the request is closed"
    assert "customers" in activities["orders_payment"].people_categories
    placeholders = [p for k, p in processors.items() if k != "klarna"]
    assert all(p.legal_name.endswith("(to complete)") for p in placeholders)
    assert processors["klarna"].dpo_contact == "Klarna's data protection officer (see klarna.com)"


def test_both_languages_give_the_same_entries_apart_from_the_words(
    tmp_path: Path, keys: KeyringKeys
) -> None:
    shapes = []
    for language in ("fr", "en"):
        store = create_store(tmp_path / f"{language}.db", keys)
        try:
            _use_language(store, language)
            processors, activities = _add_all(RegisterService(store, "coordinator"))
            ids = {p.id: key for key, p in processors.items()}
            shapes.append(
                (
                    {
                        k: (p.role, p.country_code, p.data_categories, p.to_complete)
                        for k, p in processors.items()
                    },
                    {
                        k: (
                            a.legal_basis,
                            a.data_categories,
                            sorted(ids[i] for i in a.recipient_ids),
                            len(a.purposes),
                            len(a.people_categories),
                            a.to_complete,
                        )
                        for k, a in activities.items()
                    },
                )
            )
        finally:
            store.close()
    french, english = shapes
    assert french == english
    assert french[0]["event_cosponsor"][0] is ProcessorRole.JOINT_CONTROLLER
    assert french[1]["orders_payment"][2] == ["klarna", "platform_providers"]


def test_without_a_profile_the_words_are_french(store_path: Path, keys: KeyringKeys) -> None:
    store = create_store(store_path, keys)
    try:
        assert OrganisationService(store, "coordinator").get() is None
        service = RegisterService(store, "coordinator")
        _, activities = _add_all(service)
        assert activities["reviews"].name == "Avis clients"
        assert "mois" in activities["privacy_requests"].retention
    finally:
        store.close()


def test_changing_the_language_later_adds_nothing_and_rewrites_nothing(
    store: Store, service: RegisterService
) -> None:
    _use_language(store, "fr")
    _add_all(service)
    _use_language(store, "en")
    assert service.add_policy_starters() == 0
    assert service.add_policy_activities() == 0
    names = {a.name for a in service.list_activities()}
    assert "Avis clients" in names and "Product reviews" not in names
