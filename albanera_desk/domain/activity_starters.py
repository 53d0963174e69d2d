"""The processing activities the privacy policy implies, and the request log's own.

In French and in English like the register's starters (``bilingual.localised``);
``ACTIVITY_RECIPIENTS`` says which starter entries receive each activity's data, and
``REQUESTS_ACTIVITY``'s retention holds ``{months}``, the office's request retention.
"""

from __future__ import annotations

from typing import Any

from albanera_desk.domain.bilingual import Bilingual
from albanera_desk.domain.records import DataCategory
from albanera_desk.domain.register_records import ActivityRecord
from albanera_desk.domain.register_starters import (
    CUSTOMERS,
    EVENT_PEOPLE,
    HANDLING_REQUESTS,
    PROMOTION_PEOPLE,
    PROMOTIONS_EVENTS,
    PROSPECTS,
    REQUEST_OFFICE_KEY,
    REQUEST_WRITERS,
    SUBSCRIBERS,
    VISITORS,
)
from albanera_desk.domain.register_validation import ACTIVITY_FIELDS

_W = Bilingual
_C = DataCategory

# What a starter activity holds where its own values say nothing.
ACTIVITY_DEFAULTS = {f: getattr(ActivityRecord(), f) for f in ACTIVITY_FIELDS if f != "to_complete"}

POLICY_ACTIVITIES: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "orders_payment",
        {
            "name": _W("Commandes et paiement", "Orders and payment"),
            "purposes": [
                _W("Prise et livraison des commandes", "Take and deliver orders"),
                _W("Encaissement des paiements", "Take payment"),
                _W("Conservation des justificatifs de transaction", "Keep transaction records"),
            ],
            "legal_basis": "contract",
            "data_categories": [_C.CONTACT, _C.PAYMENT, _C.PURCHASES],
            "people_categories": [CUSTOMERS],
        },
    ),
    (
        "customer_accounts",
        {
            "name": _W("Gestion des comptes clients", "Customer accounts"),
            "purposes": [
                _W("Compte client en ligne", "Online account"),
                _W(
                    "Messages relatifs au compte et à la relation client",
                    "Messages about the account and our relationship",
                ),
            ],
            "legal_basis": "contract",
            "data_categories": [_C.CONTACT, _C.PURCHASES, _C.DEVICES],
            "people_categories": [CUSTOMERS],
        },
    ),
    (
        "marketing_messages",
        {
            "name": _W("Prospection par courriel et SMS", "Marketing emails and texts"),
            "purposes": [
                _W(
                    "Information sur les nouveaux produits et les offres spéciales par "
                    "courriel, SMS ou téléphone",
                    "New products and special offers by email, text or phone",
                )
            ],
            "legal_basis": "consent",
            "data_categories": [_C.CONTACT, _C.DEMOGRAPHIC, _C.PURCHASES],
            "people_categories": [CUSTOMERS, PROSPECTS, SUBSCRIBERS],
        },
    ),
    (
        "interest_advertising",
        {
            "name": _W("Publicité ciblée", "Interest-based advertising"),
            "purposes": [
                _W(
                    "Publicité ciblée sur les sites web, appareils et plateformes",
                    "Targeted advertising across websites, devices and platforms",
                )
            ],
            "legal_basis": "consent",
            "data_categories": [_C.DEVICES, _C.BROWSING, _C.LOCATION, _C.DEMOGRAPHIC],
            "people_categories": [VISITORS, CUSTOMERS],
        },
    ),
    (
        "security_fraud",
        {
            "name": _W("Sécurité et lutte contre la fraude", "Security and fraud prevention"),
            "purposes": [
                _W(
                    "Protection de l'entreprise, des clients et de la Plateforme",
                    "Protect the business, customers and Platform",
                ),
                _W("Prévention de la fraude", "Prevent fraud"),
            ],
            "legal_basis": "legitimate_interests",
            "data_categories": [_C.CONTACT, _C.PAYMENT, _C.DEVICES, _C.PURCHASES],
            "people_categories": [CUSTOMERS, VISITORS],
        },
    ),
    (
        "legal_accounting",
        {
            "name": _W("Obligations légales et comptables", "Legal and accounting records"),
            "purposes": [
                _W(
                    "Comptabilité, audit, assurance et respect des obligations légales",
                    "Accounting, audit, insurance and legal requirements",
                )
            ],
            "legal_basis": "legal_obligation",
            "data_categories": [_C.CONTACT, _C.PAYMENT, _C.PURCHASES],
            "people_categories": [CUSTOMERS],
            "retention": _W(
                "10 ans pour les pièces comptables (Code de commerce, art. L123-22)",
                "10 years for accounting records (Code de commerce, art. L123-22)",
            ),
        },
    ),
    (
        "customer_service",
        {
            "name": _W(
                "Service client (formulaire de contact et chat)",
                "Customer service (contact page and chat)",
            ),
            "purposes": [
                _W(
                    "Réponse aux messages envoyés par le formulaire de contact ou le chat en ligne",
                    "Answer messages sent by the Contact page or live chat",
                )
            ],
            "legal_basis": "legitimate_interests",
            "data_categories": [_C.CONTACT, _C.POSTED_CONTENT, _C.PURCHASES],
            "people_categories": [CUSTOMERS, PROSPECTS],
        },
    ),
    (
        "reviews",
        {
            "name": _W("Avis clients", "Product reviews"),
            "purposes": [
                _W(
                    "Publication des avis sur les produits déposés sur la Plateforme",
                    "Publish product reviews posted on the Platform",
                )
            ],
            "legal_basis": "consent",
            "data_categories": [_C.POSTED_CONTENT, _C.CONTACT],
            "people_categories": [CUSTOMERS],
        },
    ),
    (
        "promotions_events",
        {
            "name": PROMOTIONS_EVENTS,
            "purposes": [
                _W(
                    "Organisation de jeux-concours, de promotions et d'événements, avec des "
                    "partenaires co-organisateurs",
                    "Run promotions and events, with co-sponsors",
                )
            ],
            "legal_basis": "contract",
            "data_categories": [_C.CONTACT, _C.POSTED_CONTENT, _C.SOCIAL_MEDIA],
            "people_categories": [EVENT_PEOPLE, PROMOTION_PEOPLE],
        },
    ),
    (
        "store_cards",
        {
            "name": _W("Carte de fidélité en magasin", "In-store customer cards"),
            "purposes": [
                _W(
                    "Fiches de renseignements clients remplies dans nos boutiques",
                    "Customer information cards filled in at our stores",
                )
            ],
            "legal_basis": "consent",
            "data_categories": [_C.CONTACT, _C.DEMOGRAPHIC, _C.PURCHASES],
            "people_categories": [CUSTOMERS],
        },
    ),
)

# The request log's own activity; ``{months}`` is the office's request retention.
REQUESTS_ACTIVITY: dict[str, Any] = {
    "name": HANDLING_REQUESTS,
    "purposes": [
        _W(
            "Enregistrement des demandes relatives aux données personnelles (accès, "
            "rectification, effacement, opposition), réponse à ces demandes et preuve de "
            "la réponse apportée",
            "Log, answer and prove the answer to requests about personal information "
            "(access, correction, erasure, objection)",
        )
    ],
    "legal_basis": "legal_obligation",
    "data_categories": [_C.CONTACT],
    "people_categories": [REQUEST_WRITERS, _W("leurs représentants", "their representatives")],
    "internal_recipients": [
        _W("Coordinateur e-commerce (demandes)", "E-commerce coordinator (requests)")
    ],
    "retention": _W(
        "{months} mois après la clôture de la demande",
        "{months} months after the request is closed",
    ),
    "security_measures": _W(
        "Base de données chiffrée (SQLCipher) sur l'ordinateur du bureau ; clé conservée "
        "dans le trousseau du système ; journal d'audit chaîné par empreintes",
        "Encrypted store (SQLCipher) on the office computer; key in the system keyring; "
        "hash-chained audit trail",
    ),
}

# Which starter entries receive each policy activity's data.
ACTIVITY_RECIPIENTS = {
    "orders_payment": ("platform_providers", "klarna"),
    "customer_accounts": ("platform_providers", "email_vendor"),
    "marketing_messages": ("email_vendor",),
    "interest_advertising": ("advertising_partners", "analytics_tools"),
    "security_fraud": ("platform_providers",),
    "customer_service": ("platform_providers",),
    "reviews": ("platform_providers",),
    "promotions_events": ("promotion_operator", "event_cosponsor"),
}
REQUESTS_ACTIVITY_KEY = "privacy_requests"
# Who receives the request log's data, and its flow abroad (starter keys).
REQUESTS_RECIPIENTS = (REQUEST_OFFICE_KEY,)
REQUESTS_TRANSFERS = ("request_office_transfer",)
# The activity the shop's customer export serves: imported items are linked to it.
CUSTOMER_ACCOUNTS_KEY = "customer_accounts"
