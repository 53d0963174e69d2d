"""The vocabulary of the records, as a privacy officer says it.

Enum values are what the store keeps: renaming a member is fine, changing a
value needs a migration.
"""

from __future__ import annotations

from enum import StrEnum


class DataCategory(StrEnum):
    """The categories the privacy policy names, in its order."""

    CONTACT = "contact"
    PAYMENT = "payment"
    POSTED_CONTENT = "posted_content"
    SOCIAL_MEDIA = "social_media"
    DEMOGRAPHIC = "demographic"
    PURCHASES = "purchases"
    DEVICES = "devices"
    LOCATION = "location"
    BROWSING = "browsing"


class DataSource(StrEnum):
    PERSON = "person"
    ONLINE_ACCOUNT = "online_account"
    PURCHASE = "purchase"
    CUSTOMER_CARD = "customer_card"
    PROMOTIONAL_SIGNUP = "promotional_signup"
    SOCIAL_MEDIA = "social_media"
    PARTNER = "partner"
    TRACKING_TOOL = "tracking_tool"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"


class MarketingChannel(StrEnum):
    EMAIL = "email"
    SMS = "sms"


class RequestKind(StrEnum):
    ACCESS = "access"
    CORRECTION = "correction"
    ERASURE = "erasure"
    OBJECTION = "objection"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OTHER = "other"


class Channel(StrEnum):
    POST = "post"
    REGISTERED_POST = "registered_post"
    EMAIL = "email"
    IN_PERSON = "in_person"


class RequestStatus(StrEnum):
    RECEIVED = "received"
    AWAITING_IDENTITY = "awaiting_identity"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"  # the answer letter was posted
    CLOSED = "closed"
    REFUSED = "refused"  # manifestly unfounded or excessive, with the reason
    WITHDRAWN = "withdrawn"


class Regime(StrEnum):
    GDPR = "gdpr"
    CCPA = "ccpa"


class LetterKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_REQUEST = "identity_request"
    EXTENSION_NOTICE = "extension_notice"
    ACCESS_RESPONSE = "access_response"
    CORRECTION_CONFIRMATION = "correction_confirmation"
    ERASURE_CONFIRMATION = "erasure_confirmation"
    OPT_OUT_CONFIRMATION = "opt_out_confirmation"
    RECIPIENT_NOTICE = "recipient_notice"
    REFUSAL = "refusal"
    NO_DATA_HELD = "no_data_held"
    PORTABILITY_RESPONSE = "portability_response"
    RESTRICTION_CONFIRMATION = "restriction_confirmation"
    RESTRICTION_LIFT_NOTICE = "restriction_lift_notice"
    OBJECTION_RESPONSE = "objection_response"
    PARTIAL_ANSWER = "partial_answer"


class PersonFactKind(StrEnum):
    """Facts on a person that decide which disclosures concern them (provenance)."""

    CONTEST_ENTRY = "contest_entry"  # took part in a contest, promotion or event (activity)
    ADVERTISING_CONSENT = "advertising_consent"  # accepted interest-based advertising (activity)
    DEROGATION_TRANSFER = "derogation_transfer"  # an art. 49 transfer was made for them
    RESTRICTION = "restriction"  # art. 18: processing restricted from started_on to ended_on
    OBJECTION = "objection"  # art. 21(1) upheld: the activity no longer processes their data


class DecisionGround(StrEnum):
    """Why a request is refused or only partly done: each has its article in the letters."""

    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"  # art. 12(5)(b)
    EXCESSIVE = "excessive"  # art. 12(5)(b), repetitive requests
    IDENTITY_NOT_ESTABLISHED = "identity_not_established"  # art. 11(2), 12(2), 12(6)
    STATUTORY_RESTRICTION = "statutory_restriction"  # art. 23 and the French law invoked
    LEGAL_RETENTION = "legal_retention"  # art. 17(3)(b): a legal duty to keep
    LEGAL_CLAIMS = "legal_claims"  # art. 17(3)(e), 18(2), 21(1)
    RIGHTS_OF_OTHERS = "rights_of_others"  # art. 15(4), 20(4)
    COMPELLING_GROUNDS = "compelling_grounds"  # art. 21(1)
    NOT_PROVIDED_BY_PERSON = "not_provided_by_person"  # art. 20(1): outside portability
    CCPA_EXCEPTION = "ccpa_exception"  # Cal. Civ. Code 1798.105(d), 1798.145


class ProcessorRole(StrEnum):
    PROCESSOR = "processor"
    SUB_PROCESSOR = "sub_processor"
    JOINT_CONTROLLER = "joint_controller"
    INDEPENDENT_CONTROLLER = "independent_controller"
    PUBLIC_AUTHORITY = "public_authority"


class CcpaRole(StrEnum):
    SERVICE_PROVIDER = "service_provider"
    CONTRACTOR = "contractor"
    THIRD_PARTY = "third_party"


class ProcessorStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class LegalGround(StrEnum):
    """Chapter V GDPR grounds for a transfer out of the EU/EEA."""

    WITHIN_EEA = "within_eea"
    ADEQUACY = "adequacy"  # art. 45
    SCC = "scc"  # art. 46(2)(c)
    BCR = "bcr"  # art. 47
    CODE_OR_CERTIFICATION = "code_or_certification"  # art. 46(2)(e)-(f)
    DEROGATION = "derogation"  # art. 49


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    VIEW = "view"
    EXPORT = "export"
    PRINT = "print"
    IMPORT = "import"
    ERASE = "erase"
    OPEN_STORE = "open_store"
    MIGRATE = "migrate"
    SEARCH = "search"  # the file was searched: how many were found, never the text
