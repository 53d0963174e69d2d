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
from albanera_desk.domain.register_records import ProcessorRecord, TransferRecord
from albanera_desk.domain.register_rules import ART28_KEYS
from albanera_desk.domain.register_starters import REQUEST_OFFICE_KEY
from albanera_desk.services.register.service import RegisterService
from albanera_desk.store.store import Store

_C = DataCategory
_ALL_TERMS = list(ART28_KEYS)
_SECURITY = "Chiffrement en transit et au repos ; accès nominatif avec double authentification"


def _processors(today: date) -> list[ProcessorRecord]:
    review = today + timedelta(days=200)
    return [
        ProcessorRecord(
            legal_name="Atelier Commerce SAS",
            role=ProcessorRole.PROCESSOR,
            address=["18 rue du Faubourg Poissonnière", "75010 Paris"],
            contact="contrats@atelier-commerce.example",
            dpo_contact="dpo@atelier-commerce.example",
            service="Plateforme e-commerce : catalogue, panier, commandes, comptes clients",
            purposes=["Commandes et paiement", "Gestion des comptes clients", "Avis clients"],
            data_categories=[_C.CONTACT, _C.PAYMENT, _C.PURCHASES, _C.DEVICES, _C.POSTED_CONTENT],
            people_categories=["clients", "visiteurs du site"],
            countries=["FR"],
            retention="Données du compte tant que le compte est ouvert, puis 3 ans",
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
            service="Hébergement de la plateforme e-commerce (centres de données en France)",
            purposes=["Hébergement"],
            data_categories=[_C.CONTACT, _C.PAYMENT, _C.PURCHASES, _C.DEVICES],
            people_categories=["clients", "visiteurs du site"],
            countries=["FR"],
            retention="Selon les instructions de l'éditeur de la plateforme",
            security_measures="Centres de données certifiés ISO 27001 ; disques chiffrés ; "
            "sauvegardes en France",
            dpa_signed_on=date(2025, 3, 14),
            art28_terms=_ALL_TERMS,
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Courriel Mistral SAS",
            role=ProcessorRole.PROCESSOR,
            address=["41 quai Perrache", "69002 Lyon"],
            contact="privacy@courriel-mistral.example",
            service="Envoi des courriels et SMS commerciaux et transactionnels",
            purposes=[
                "Prospection par courriel et SMS",
                "Messages liés au compte et aux commandes",
            ],
            data_categories=[_C.CONTACT, _C.PURCHASES],
            people_categories=["clients", "abonnés à la newsletter"],
            countries=["FR", "IE"],
            retention="Jusqu'à la désinscription, puis 3 ans en liste d'opposition",
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
            service="Paiement par carte bancaire (prestataire de services de paiement)",
            purposes=["Paiement", "Prévention de la fraude"],
            data_categories=[_C.PAYMENT, _C.CONTACT],
            people_categories=["clients"],
            countries=["LU"],
            retention="Durée imposée aux établissements de paiement (5 ans)",
            security_measures="Certification PCI DSS niveau 1",
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
            service="Outils de mesure d'audience et traceurs du site",
            purposes=[
                "Amélioration de la Plateforme",
                "Compréhension des centres d'intérêt des visiteurs",
            ],
            data_categories=[_C.DEVICES, _C.BROWSING, _C.LOCATION],
            people_categories=["visiteurs du site"],
            countries=["US"],
            retention="Événements bruts : 14 mois",
            security_measures="Adresses IP tronquées avant stockage ; rapport SOC 2 type II",
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
            service="Publicité ciblée sur les sites web et les applications",
            purposes=["Publicité ciblée"],
            data_categories=[_C.DEVICES, _C.BROWSING, _C.PURCHASES],
            people_categories=["visiteurs du site"],
            countries=["GB"],
            retention="Cookies : 13 mois",
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Imprimerie Lumière SARL",
            role=ProcessorRole.PROCESSOR,
            address=["7 rue des Arts", "33000 Bordeaux"],
            contact="atelier@imprimerie-lumiere.example",
            service="Impression et envoi postal des courriers promotionnels ; gestion des "
            "participations aux jeux-concours",
            purposes=["Jeux-concours, promotions et événements"],
            data_categories=[_C.CONTACT],
            people_categories=["participants aux jeux-concours et promotions", "clients"],
            countries=["FR"],
            retention="Fichiers d'adresses supprimés 30 jours après l'envoi",
            security_measures="Fichiers reçus par transfert chiffré ; documents imprimés "
            "détruits au broyeur",
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
            service="Livraison des colis des commandes passées en ligne",
            purposes=["Livraison des commandes"],
            data_categories=[_C.CONTACT, _C.PURCHASES],
            people_categories=["clients"],
            countries=["FR", "BE"],
            retention="Données de livraison : 1 an",
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
            service="Chat en ligne et réponses aux messages du formulaire de contact, en français "
            "et en anglais",
            purposes=["Service client (formulaire de contact et chat)"],
            data_categories=[_C.CONTACT, _C.POSTED_CONTENT, _C.PURCHASES],
            people_categories=["clients", "prospects"],
            countries=["IN"],
            retention="Conversations : 2 ans",
            security_measures="Accès depuis les locaux du prestataire uniquement ; aucune copie "
            "locale",
            dpa_signed_on=date(2025, 1, 10),
            art28_terms=_ALL_TERMS,
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="AvisClair SAS",
            role=ProcessorRole.PROCESSOR,
            address=["25 cours Mirabeau", "13100 Aix-en-Provence"],
            contact="dpo@avisclair.example",
            service="Collecte et publication des avis sur les produits",
            purposes=["Avis clients"],
            data_categories=[_C.POSTED_CONTENT, _C.CONTACT],
            people_categories=["clients"],
            countries=["FR"],
            retention="Avis : 5 ans",
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
            service="Co-organisation de l'exposition de lunettes du printemps et de son tirage "
            "au sort",
            purposes=["Jeux-concours, promotions et événements"],
            data_categories=[_C.CONTACT],
            people_categories=["participants aux événements"],
            countries=["FR"],
            retention="Liste des participants : 1 an après l'événement",
            next_review=review,
        ),
        ProcessorRecord(
            legal_name="Riad Amane Hospitality SARL",
            role=ProcessorRole.INDEPENDENT_CONTROLLER,
            country_code="MA",
            address=["12 derb Sidi Bouloukat", "40000 Marrakech"],
            contact="reservations@riad-amane.example",
            service="Séjour à l'hôtel gagné au tirage au sort du printemps (réservation du "
            "gagnant)",
            purposes=["Jeux-concours, promotions et événements"],
            data_categories=[_C.CONTACT],
            people_categories=["gagnants des jeux-concours"],
            countries=["MA"],
            retention="Selon les durées de conservation propres à l'hôtel",
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
            purpose="Mesure d'audience du site",
            legal_ground=LegalGround.ADEQUACY,
            importer_dpf_certified=True,
            measures="Adresses IP tronquées avant le transfert",
            onward_transfers="Aucun",
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
            purpose="Service client par chat et formulaire de contact",
            legal_ground=LegalGround.SCC,
            scc_module=str(service.suggested_scc_module(ids["Orbit Helpdesk Services Pvt Ltd"])),
            scc_signed_on=date(2025, 1, 10),
            tia_on=date(2024, 12, 15),
            tia_outcome="Risque acceptable avec les mesures indiquées : accès des autorités "
            "publiques aux conversations peu probable ; réévaluation annuelle",
            measures="Numéros clients pseudonymisés ; données hébergées sur des serveurs dans "
            "l'UE, consultées à distance",
            onward_transfers="Aucun transfert ultérieur sans notre accord écrit",
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
            purpose="Publicité ciblée (cookies déposés avec le consentement)",
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
            purpose="Réservation du séjour à l'hôtel remporté par le gagnant du tirage au sort",
            legal_ground=LegalGround.DEROGATION,
            derogation="b",
            derogation_reason="Transfert occasionnel nécessaire à la remise du lot accepté "
            "par le gagnant en application du règlement du jeu-concours",
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
                retention=activity.retention or "3 ans à compter du dernier contact",
                security_measures=activity.security_measures or _SECURITY,
                to_complete=False,
            )
        )
    _confirm_request_office(service, today)


def _confirm_request_office(service: RegisterService, today: date) -> None:
    """The demo office has confirmed the policy's request office and its flow to the US."""
    office = next(p for p in service.list_processors() if p.starter_key == REQUEST_OFFICE_KEY)
    # The company's name on the first line, the office below it: each fits an envelope's
    # window (38 characters a line, NF Z10-011).
    name = "Jacques Marie Mage"
    service.save_processor(
        replace(
            office,
            legal_name=name,
            address=["Bureau du coordinateur e-commerce", *office.address],
            to_complete=False,
            dpa_signed_on=date(2025, 3, 1),
            art28_terms=list(ART28_KEYS),
            next_review=today + timedelta(days=320),
        )
    )
    for flow in service.list_transfers():
        if flow.starter_key:
            service.save_transfer(
                replace(
                    flow,
                    importer_name=name,
                    to_complete=False,
                    scc_signed_on=date(2025, 3, 1),
                    started_on=date(2025, 3, 1),
                    next_review=today + timedelta(days=320),
                )
            )
