"""The records of DESIGN.md as typed SQLAlchemy 2 models, one declarative base.

One module per aggregate; everything is re-exported here. Every schema change
is an Alembic revision in ``db/versions``; a test checks that these models and
the revisions agree.
"""

from albanera_desk.store.models.audit import AuditEvent
from albanera_desk.store.models.base import Base, Timestamped
from albanera_desk.store.models.office import Attachment, Organisation, StoreSetting
from albanera_desk.store.models.people import (
    ContactPoint,
    Correction,
    ErasedIdentifier,
    ErasureRecord,
    HeldItem,
    MarketingChoice,
    Person,
    PersonFact,
    PostalAddress,
)
from albanera_desk.store.models.people_listing import PersonCount, PersonTally
from albanera_desk.store.models.register import ProcessingActivity, Processor, Transfer
from albanera_desk.store.models.requests import (
    Letter,
    RecipientNotice,
    Request,
    RequestDocument,
    RequestEvent,
)

__all__ = [
    "Attachment",
    "AuditEvent",
    "Base",
    "ContactPoint",
    "Correction",
    "ErasedIdentifier",
    "ErasureRecord",
    "HeldItem",
    "Letter",
    "MarketingChoice",
    "Organisation",
    "Person",
    "PersonCount",
    "PersonFact",
    "PersonTally",
    "PostalAddress",
    "ProcessingActivity",
    "Processor",
    "RecipientNotice",
    "Request",
    "RequestDocument",
    "RequestEvent",
    "StoreSetting",
    "Timestamped",
    "Transfer",
]
