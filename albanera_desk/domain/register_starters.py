"""The entries the privacy policy implies for the register, in French and in English.

Their words are kept in both languages (``domain.bilingual.Bilingual``) and written, when
the starters are added, in the organisation profile's language (the register goes to the
CNIL, its words into letters): ``bilingual.localised(values, language)``.
``POLICY_STARTERS`` are the third parties the policy names (register entries, keyed),
``TRANSFER_STARTERS`` the flows out of the EEA it implies (keyed, with their importer's
starter key); the processing activities are in ``activity_starters``.
"""

from __future__ import annotations

from typing import Any

from albanera_desk.domain.bilingual import Bilingual
from albanera_desk.domain.records import DataCategory, LegalGround, ProcessorRole
from albanera_desk.domain.register_records import ProcessorRecord
from albanera_desk.domain.register_validation import PROCESSOR_FIELDS

# What a starter entry holds where its own values say nothing.
PROCESSOR_DEFAULTS = {
    f: getattr(ProcessorRecord(), f) for f in PROCESSOR_FIELDS if f != "to_complete"
}

_W = Bilingual
_C = DataCategory
# People categories shared by several starters.
CUSTOMERS = _W("clients", "customers")
VISITORS = _W("visiteurs du site", "visitors")
PROSPECTS = _W("prospects", "prospects")
SUBSCRIBERS = _W("abonnés à la newsletter", "newsletter subscribers")
PROMOTION_PEOPLE = _W("participants aux jeux-concours et promotions", "promotion participants")
EVENT_PEOPLE = _W("participants aux événements", "event participants")
PROMOTIONS_EVENTS = _W("Jeux-concours, promotions et événements", "Promotions and events")
REQUEST_WRITERS = _W("personnes qui nous adressent une demande", "people who write to us")
# The office the policy sends requests to ("you can write to us at the following address").
REQUEST_OFFICE_KEY = "request_office"
HANDLING_REQUESTS = _W("Traitement des demandes d'exercice des droits", "Handling privacy requests")

POLICY_STARTERS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "email_vendor",
        {
            "legal_name": _W(
                "Prestataire d'envoi des courriels (à compléter)",
                "Email-sending vendor (to complete)",
            ),
            "role": ProcessorRole.PROCESSOR,
            "service": _W(
                "Envoi de nos courriels commerciaux et transactionnels",
                "Sends our marketing and transactional emails",
            ),
            "purposes": [
                _W("Prospection par courriel et SMS", "Marketing emails and texts"),
                _W("Messages liés au compte et aux commandes", "Account and order messages"),
            ],
            "data_categories": [_C.CONTACT, _C.PURCHASES],
            "people_categories": [CUSTOMERS, SUBSCRIBERS],
        },
    ),
    (
        "platform_providers",
        {
            "legal_name": _W(
                "Prestataires de la plateforme (à compléter)",
                "Platform service providers (to complete)",
            ),
            "role": ProcessorRole.PROCESSOR,
            "service": _W(
                "Exploitation de la boutique en ligne (hébergement, plateforme de commerce "
                "en ligne)",
                "Operate the online shop (hosting, e-commerce platform)",
            ),
            "purposes": [
                _W("Commandes et paiement", "Orders and payment"),
                _W("Gestion des comptes clients", "Customer accounts"),
            ],
            "data_categories": [_C.CONTACT, _C.PAYMENT, _C.PURCHASES, _C.DEVICES, _C.BROWSING],
            "people_categories": [CUSTOMERS, VISITORS],
        },
    ),
    (
        "promotion_operator",
        {
            "legal_name": _W(
                "Prestataire des jeux-concours et promotions (à compléter)",
                "Promotion operator (to complete)",
            ),
            "role": ProcessorRole.PROCESSOR,
            "service": _W(
                "Organisation de nos jeux-concours et opérations promotionnelles",
                "Runs our promotions and contests",
            ),
            "purposes": [PROMOTIONS_EVENTS],
            "data_categories": [_C.CONTACT, _C.POSTED_CONTENT],
            "people_categories": [PROMOTION_PEOPLE],
        },
    ),
    (
        "event_cosponsor",
        {
            "legal_name": _W(
                "Partenaire co-organisateur d'événements (à compléter)",
                "Event co-sponsor (to complete)",
            ),
            "role": ProcessorRole.JOINT_CONTROLLER,
            "service": _W(
                "Co-organisation avec nous d'un événement ou d'une opération promotionnelle",
                "Jointly sponsors an event or promotion with us",
            ),
            "purposes": [PROMOTIONS_EVENTS],
            "data_categories": [_C.CONTACT],
            "people_categories": [EVENT_PEOPLE],
        },
    ),
    (
        "advertising_partners",
        {
            "legal_name": _W(
                "Partenaires publicitaires (à compléter)",
                "Advertising partners (to complete)",
            ),
            "role": ProcessorRole.INDEPENDENT_CONTROLLER,
            "service": _W(
                "Publicité ciblée sur les sites web et les appareils",
                "Interest-based advertising across websites and devices",
            ),
            "purposes": [_W("Publicité ciblée", "Interest-based advertising")],
            "data_categories": [_C.DEVICES, _C.BROWSING, _C.DEMOGRAPHIC, _C.PURCHASES],
            "people_categories": [VISITORS, CUSTOMERS],
        },
    ),
    (
        "analytics_tools",
        {
            "legal_name": _W(
                "Outils de mesure d'audience et traceurs (à compléter)",
                "Analytics and tracking tools (to complete)",
            ),
            "role": ProcessorRole.PROCESSOR,
            "service": _W(
                "Cookies, balises web et autres traceurs déposés sur la Plateforme",
                "Cookies, web beacons and other tracking tools on the Platform",
            ),
            "purposes": [
                _W("Amélioration de la Plateforme", "Improve the Platform"),
                _W(
                    "Compréhension des centres d'intérêt des visiteurs",
                    "Understand visitors' interests",
                ),
            ],
            "data_categories": [_C.DEVICES, _C.BROWSING, _C.LOCATION],
            "people_categories": [VISITORS],
        },
    ),
    (
        "klarna",
        {
            "legal_name": "Klarna Bank AB (publ)",
            "role": ProcessorRole.INDEPENDENT_CONTROLLER,
            "country_code": "SE",
            "countries": ["SE"],
            "service": _W(
                "Paiement et crédit ; cookies publicitaires et de mesure d'audience "
                "(jusqu'à 540 jours)",
                "Payment and credit; marketing and analytics cookies (up to 540 days)",
            ),
            "purposes": [
                _W("Paiement", "Payment"),
                _W("Promotion des produits Klarna", "Marketing of Klarna products"),
                _W("Analyse du comportement des utilisateurs", "Analysis of user behaviour"),
            ],
            "data_categories": [_C.CONTACT, _C.PAYMENT, _C.PURCHASES, _C.DEVICES],
            "people_categories": [CUSTOMERS],
            "dpo_contact": _W(
                "Délégué à la protection des données de Klarna (voir klarna.com)",
                "Klarna's data protection officer (see klarna.com)",
            ),
            "retention": _W(
                "Cookies : jusqu'à 540 jours après la dernière interaction avec Klarna",
                "Cookies: up to 540 days from the last interaction with Klarna",
            ),
        },
    ),
    (
        REQUEST_OFFICE_KEY,
        {
            # The policy's address for requests: another company, in Los Angeles. Its role
            # (our processor, a group company...) is for the office to confirm.
            "legal_name": _W(
                "Jacques Marie Mage, bureau du coordinateur e-commerce (à compléter)",
                "Jacques Marie Mage, Ecommerce Coordinator's office (to complete)",
            ),
            "role": ProcessorRole.PROCESSOR,
            "address": ["670 S. La Fayette Park Place", "Los Angeles, CA 90057"],
            "country_code": "US",
            "countries": ["US"],
            "contact": _W("Coordinateur e-commerce", "Ecommerce Coordinator"),
            "service": _W(
                "Reçoit par courrier les demandes d'accès et de rectification (adresse donnée "
                "par la politique de confidentialité) et y répond ; accède pour cela au fichier "
                "des données personnelles",
                "Receives requests for access and correction by post (the address the privacy "
                "policy gives) and answers them, with access to the personal-information file",
            ),
            "purposes": [HANDLING_REQUESTS],
            "data_categories": [_C.CONTACT, _C.PURCHASES],
            "people_categories": [REQUEST_WRITERS],
        },
    ),
)

# Flows out of the EEA the policy implies: (key, importer's starter key, values). The
# ground is a starting point for the office to confirm: standard contractual clauses
# (module 2, controller to processor) unless the importer is certified under the EU-US
# Data Privacy Framework, in which case adequacy applies (art. 45).
TRANSFER_STARTERS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    (
        "request_office_transfer",
        REQUEST_OFFICE_KEY,
        {
            "destination_country": "US",
            "data_categories": [_C.CONTACT, _C.PURCHASES],
            "purpose": _W(
                "Réponse aux demandes d'exercice des droits reçues à Los Angeles : accès au "
                "fichier des données personnelles et au suivi des demandes",
                "Answer the privacy requests received in Los Angeles: access to the "
                "personal-information file and the request log",
            ),
            "legal_ground": LegalGround.SCC,
            "scc_module": "2",
        },
    ),
)
