"""Fictional register for ``albanera-desk demo``: the policy's starters and activities, a dozen
invented third parties with their agreements, three transfers, and the links between them.

Every company here is invented except Klarna Bank AB, which the privacy policy names.
One agreement deliberately lacks an art. 28(3) term, so the health checks show something.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from albanera_desk.domain.records import (
    CcpaRole,
    DataCategory,
    LegalGround,
    ProcessorRole,
)
from albanera_desk.domain.register_rules import ART28_KEYS
from albanera_desk.services.register import (
    ProcessorRecord,
    RegisterService,
    TransferRecord,
)
from albanera_desk.store.store import Store

_C = DataCategory
_ALL_TERMS = list(ART28_KEYS)
_SECURITY = "Encryption in transit and at rest; access by named staff with two-factor login"


def _processors(today: date) -> list[ProcessorRecord]:
    review = today + timedelta(days=200)
    return [
        ProcessorRecord(
            legal_name="Atelier Commerce SAS",
            role=ProcessorRole.PROCESSOR,
            address=["18 rue du Faubourg Poissonnière", "75010 Paris"],
            contact="contrats@atelier-commerce.example",
            dpo_contact="dpo@atelier-commerce.example",
            service="E-commerce platform: catalogue, cart, orders, customer accounts",
            purposes=["Orders and payment", "Customer accounts", "Product reviews"],
            data_categories=[_C.CONTACT, _C.PAYMENT, _C.PURCHASES, _C.DEVICES, _C.POSTED_CONTENT],
            people_categories=["customers", "visitors"],
            countries=["FR"],
            retention="Account data while the account is open, then 3 years",
            security_measures=_SECURITY,
            dpa_signed_on=date(2025, 3, 14),
            dpa_expires_on=date(2028, 3, 13),
            art28_terms=_ALL_TERMS,
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Nuage Bleu Hébergement SAS",
            role=ProcessorRole.SUB_PROCESSOR,
            address=["2 allée des Tilleuls", "59100 Roubaix"],
            contact="dpa@nuagebleu.example",
            service="Hosting of the e-commerce platform (data centres in France)",
            purposes=["Hosting"],
            data_categories=[_C.CONTACT, _C.PAYMENT, _C.PURCHASES, _C.DEVICES],
            people_categories=["customers", "visitors"],
            countries=["FR"],
            retention="As instructed by the platform",
            security_measures="ISO 27001 certified data centres; encrypted disks; backups in FR",
            dpa_signed_on=date(2025, 3, 14),
            art28_terms=_ALL_TERMS,
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Courriel Mistral SAS",
            role=ProcessorRole.PROCESSOR,
            address=["41 quai Perrache", "69002 Lyon"],
            contact="privacy@courriel-mistral.example",
            service="Sending marketing and transactional emails and texts",
            purposes=["Marketing emails and texts", "Account and order messages"],
            data_categories=[_C.CONTACT, _C.PURCHASES],
            people_categories=["customers", "newsletter subscribers"],
            countries=["FR", "IE"],
            retention="Until unsubscription, then 3 years as a suppression list",
            security_measures=_SECURITY,
            dpa_signed_on=date(2024, 11, 2),
            art28_terms=_ALL_TERMS,
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="PayNova Europe SA",
            role=ProcessorRole.INDEPENDENT_CONTROLLER,
            country_code="LU",
            address=["9 boulevard Royal", "2449 Luxembourg"],
            contact="privacy@paynova.example",
            service="Card payments (payment service provider)",
            purposes=["Payment", "Fraud prevention"],
            data_categories=[_C.PAYMENT, _C.CONTACT],
            people_categories=["customers"],
            countries=["LU"],
            retention="As required of a payment institution (5 years)",
            security_measures="PCI DSS level 1",
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Northbeam Analytics Inc.",
            role=ProcessorRole.PROCESSOR,
            ccpa_role=CcpaRole.SERVICE_PROVIDER,
            country_code="US",
            address=["500 Market Street, Suite 12", "San Francisco, CA 94105"],
            contact="privacy@northbeam.example",
            dpo_contact="eu-representative@northbeam.example",
            service="Website analytics and tracking tools",
            purposes=["Improve the Platform", "Understand visitors' interests"],
            data_categories=[_C.DEVICES, _C.BROWSING, _C.LOCATION],
            people_categories=["visitors"],
            countries=["US"],
            retention="Raw events 14 months",
            security_measures="IP addresses truncated before storage; SOC 2 type II",
            dpa_signed_on=date(2025, 6, 1),
            art28_terms=_ALL_TERMS,
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Adlumen Media Ltd",
            role=ProcessorRole.INDEPENDENT_CONTROLLER,
            ccpa_role=CcpaRole.THIRD_PARTY,
            country_code="GB",
            address=["14 Clerkenwell Close", "London EC1R 0AA"],
            contact="dataprotection@adlumen.example",
            service="Interest-based advertising across websites and apps",
            purposes=["Interest-based advertising"],
            data_categories=[_C.DEVICES, _C.BROWSING, _C.PURCHASES],
            people_categories=["visitors"],
            countries=["GB"],
            retention="Cookies 13 months",
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Imprimerie Lumière SARL",
            role=ProcessorRole.PROCESSOR,
            address=["7 rue des Arts", "33000 Bordeaux"],
            contact="atelier@imprimerie-lumiere.example",
            service="Prints and posts promotion mailings; runs contest entries",
            purposes=["Promotions and events"],
            data_categories=[_C.CONTACT],
            people_categories=["promotion participants", "customers"],
            countries=["FR"],
            retention="Mailing files deleted 30 days after posting",
            security_measures="Files received by encrypted transfer; printed sheets shredded",
            dpa_signed_on=date(2025, 9, 20),
            # Deliberately lacks the audits term: the health checks show it.
            art28_terms=[k for k in ART28_KEYS if k != "audits"],
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Colis Rapide SAS",
            role=ProcessorRole.PROCESSOR,
            address=["ZI des Chênes, 3 rue Ampère", "95100 Argenteuil"],
            contact="rgpd@colis-rapide.example",
            service="Parcel delivery of online orders",
            purposes=["Deliver orders"],
            data_categories=[_C.CONTACT, _C.PURCHASES],
            people_categories=["customers"],
            countries=["FR", "BE"],
            retention="Delivery data 1 year",
            security_measures=_SECURITY,
            dpa_signed_on=date(2024, 2, 1),
            art28_terms=_ALL_TERMS,
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Orbit Helpdesk Services Pvt Ltd",
            role=ProcessorRole.PROCESSOR,
            country_code="IN",
            address=["Prestige Tech Park, Tower 3", "Bengaluru 560103"],
            contact="privacy@orbit-helpdesk.example",
            service="Live chat and contact-page answers, in French and English",
            purposes=["Customer service (contact page and chat)"],
            data_categories=[_C.CONTACT, _C.POSTED_CONTENT, _C.PURCHASES],
            people_categories=["customers", "prospects"],
            countries=["IN"],
            retention="Conversations 2 years",
            security_measures="Access from the provider's offices only; no local copies",
            dpa_signed_on=date(2025, 1, 10),
            art28_terms=_ALL_TERMS,
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="AvisClair SAS",
            role=ProcessorRole.PROCESSOR,
            address=["25 cours Mirabeau", "13100 Aix-en-Provence"],
            contact="dpo@avisclair.example",
            service="Collects and publishes product reviews",
            purposes=["Product reviews"],
            data_categories=[_C.POSTED_CONTENT, _C.CONTACT],
            people_categories=["customers"],
            countries=["FR"],
            retention="Reviews 5 years",
            security_measures=_SECURITY,
            dpa_signed_on=date(2024, 5, 5),
            art28_terms=_ALL_TERMS,
            next_review=today - timedelta(days=12),  # a review past due
        ),
        ProcessorRecord(
            legal_name="Galerie Sépia SARL",
            role=ProcessorRole.JOINT_CONTROLLER,
            address=["3 place des Vosges", "75004 Paris"],
            contact="evenements@galerie-sepia.example",
            service="Co-sponsors the spring eyewear exhibition and its draw",
            purposes=["Promotions and events"],
            data_categories=[_C.CONTACT],
            people_categories=["event participants"],
            countries=["FR"],
            retention="Participants' list 1 year after the event",
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Riad Amane Hospitality SARL",
            role=ProcessorRole.INDEPENDENT_CONTROLLER,
            country_code="MA",
            address=["12 derb Sidi Bouloukat", "40000 Marrakech"],
            contact="reservations@riad-amane.example",
            service="Hotel stay won in the spring draw (the winner's booking)",
            purposes=["Promotions and events"],
            data_categories=[_C.CONTACT],
            people_categories=["promotion winners"],
            countries=["MA"],
            retention="As the hotel's own records",
            next_review=review,
        ),
    ]


def fill(store: Store, actor: str) -> None:
    service = RegisterService(store, actor)
    today = date.today()
    service.add_policy_starters()
    ids: dict[str, int] = {}
    for record in _processors(today):
        ids[record.legal_name] = service.save_processor(record)
    hosting = service.get_processor(ids["Nuage Bleu Hébergement SAS"])
    service.save_processor(replace(hosting, parent_id=ids["Atelier Commerce SAS"]))
    klarna = next(p for p in service.list_processors() if p.starter_key == "klarna")
    service.save_processor(
        replace(
            klarna,
            to_complete=False,
            address=["Sveavägen 46", "111 34 Stockholm"],
            next_review=today + timedelta(days=300),
        )
    )
    service.add_policy_activities()

    us = service.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_id=ids["Northbeam Analytics Inc."],
            destination_country="US",
            data_categories=[_C.DEVICES, _C.BROWSING],
            purpose="Website analytics",
            legal_ground=LegalGround.ADEQUACY,
            importer_dpf_certified=True,
            measures="IP addresses truncated before export",
            onward_transfers="None",
            started_on=date(2025, 6, 1),
            next_review=today + timedelta(days=180),
        )
    )
    scc = service.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_id=ids["Orbit Helpdesk Services Pvt Ltd"],
            destination_country="IN",
            data_categories=[_C.CONTACT, _C.POSTED_CONTENT, _C.PURCHASES],
            purpose="Customer service by chat and contact page",
            legal_ground=LegalGround.SCC,
            scc_module=str(service.suggested_scc_module(ids["Orbit Helpdesk Services Pvt Ltd"])),
            scc_signed_on=date(2025, 1, 10),
            tia_on=date(2024, 12, 15),
            tia_outcome="Risk acceptable with the measures listed: no access by public "
            "authorities to conversations likely; reassess yearly",
            measures="Pseudonymised customer numbers; data stays on EU servers, remote access",
            onward_transfers="None allowed without our written consent",
            started_on=date(2025, 1, 15),
            next_review=today + timedelta(days=90),
        )
    )
    uk = service.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_id=ids["Adlumen Media Ltd"],
            destination_country="GB",
            data_categories=[_C.DEVICES, _C.BROWSING],
            purpose="Interest-based advertising (cookies set with consent)",
            legal_ground=LegalGround.ADEQUACY,
            started_on=date(2025, 4, 1),
            next_review=today + timedelta(days=240),
        )
    )
    derogation = service.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_id=ids["Riad Amane Hospitality SARL"],
            destination_country="MA",
            data_categories=[_C.CONTACT],
            purpose="Book the hotel stay won by the draw's winner",
            legal_ground=LegalGround.DEROGATION,
            derogation="b",
            derogation_reason="Occasional transfer needed to deliver the prize the winner "
            "accepted under the contest rules",
            started_on=date(2026, 4, 2),
            next_review=today + timedelta(days=365),
        )
    )

    links = {
        "orders_payment": (["Atelier Commerce SAS", "PayNova Europe SA", "Colis Rapide SAS"], []),
        "customer_accounts": (["Atelier Commerce SAS", "Courriel Mistral SAS"], []),
        "marketing_messages": (["Courriel Mistral SAS", "Imprimerie Lumière SARL"], []),
        "interest_advertising": (["Northbeam Analytics Inc.", "Adlumen Media Ltd"], [us, uk]),
        "customer_service": (["Orbit Helpdesk Services Pvt Ltd"], [scc]),
        "reviews": (["AvisClair SAS"], []),
        "promotions_events": (
            ["Imprimerie Lumière SARL", "Galerie Sépia SARL", "Riad Amane Hospitality SARL"],
            [derogation],
        ),
    }
    for activity in service.list_activities():
        if activity.starter_key not in links:
            continue
        names, transfers = links[activity.starter_key]
        recipients = [*activity.recipient_ids, *(ids[n] for n in names)]
        service.save_activity(
            replace(
                activity,
                recipient_ids=recipients,
                transfer_ids=transfers,
                joint_controller_id=ids["Galerie Sépia SARL"]
                if activity.starter_key == "promotions_events"
                else None,
                retention=activity.retention or "3 years after the last contact",
                security_measures=activity.security_measures or _SECURITY,
                to_complete=False,
            )
        )
