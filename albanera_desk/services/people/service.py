"""``PeopleService``: the personal-information file's one door for the window and the CLI.

The API the People section codes against (plain dataclasses in, plain dataclasses out);
each call is handed to its use case's module:

``PeopleService(store, actor)``
  * ``count() -> int`` and ``rows(offset, limit) -> list[PersonRow]``: the People list, in
    last name, first name, id order (``listing``). Erased people are not listed.
  * ``search(text, limit=50) -> list[PersonRow]``: search-as-you-type (``listing``).
  * ``to_review()``, ``expired_items()``, ``purge_expired_items()``: minors to review and
    items past their retention end (``listing``, ``retention``).
  * ``open_file(person_id) -> PersonFile``: everything held; the opening is audited (VIEW).
  * ``create(PersonDraft) -> int``, ``create_many(drafts) -> list[int]`` (one transaction).
  * ``correct(person_id, field, after, reason, request_id=None)`` and ``correct_many``
    (``corrections``: the field names it accepts). A bad value raises
    ``InvalidPersonValue`` (a ``ValueError``) whose message is one sentence for the user;
    nothing is saved then.
  * ``add_contact``, ``add_address``, ``add_item(person_id, ItemDraft) -> int``,
    ``set_marketing(person_id, channel, opted_in, source)``.
  * ``erase(person_id, request_id=None) -> str``: the person's data and history go; the
    reference stays on a tombstone (``ErasureRecord``) with the date and the request.
  * ``rebuild_index() -> int``: rewrite the search index from the records (repair).
  * ``export_json(person_id) -> bytes``, ``export_csv(person_id) -> bytes`` (art. 20), and
    ``export_pdf(person_id, language="fr") -> bytes`` (the access response's annex, audited).

Data in: ``domain.person_drafts`` (``PersonDraft``, ``AddressDraft``, ``ItemDraft``,
``MarketingDraft``). Data out: ``domain.person_file`` (``PersonRow``, ``PersonFile`` and its
views). Unknown ids raise ``people.errors.PersonNotFound`` (a ``StoreError``). Every change
is one transaction with its audit event; audit events name fields and the person's
reference, never values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from albanera_desk.domain.person_drafts import AddressDraft, ItemDraft, PersonDraft
from albanera_desk.domain.person_file import PersonFile, PersonRow
from albanera_desk.domain.records import ContactKind, MarketingChannel
from albanera_desk.domain.wording import Sentence
from albanera_desk.services.people.additions import Additions
from albanera_desk.services.people.corrections import Corrections
from albanera_desk.services.people.creation import Creation
from albanera_desk.services.people.erasure import Erasure
from albanera_desk.services.people.exports import PersonExports
from albanera_desk.services.people.listing import Listing
from albanera_desk.services.people.person_file import PersonFiles
from albanera_desk.services.people.retention import Retention
from albanera_desk.store.store import Store


class PeopleService:
    def __init__(self, store: Store, actor: str) -> None:
        self.listing = Listing(store, actor)
        self.retention = Retention(store, actor)
        self.files = PersonFiles(store, actor)
        self.exports = PersonExports(store, actor)
        self.creation = Creation(store, actor)
        self.corrections = Corrections(store, actor)
        self.additions = Additions(store, actor)
        self.erasure = Erasure(store, actor)

    # --- the list and search ---------------------------------------------------------------

    def count(self) -> int:
        return self.listing.count()

    def anyone(self) -> bool:
        return self.listing.anyone()

    def rows(self, offset: int, limit: int) -> list[PersonRow]:
        return self.listing.rows(offset, limit)

    def search(self, text: str, limit: int = 50) -> list[PersonRow]:
        return self.listing.search(text, limit)

    def find_for_request(self, text: str, limit: int = 50) -> list[PersonRow]:
        return self.listing.find_for_request(text, limit)

    def search_note(self, text: str) -> Sentence | None:
        return self.listing.search_note(text)

    def to_review(self, today: date | None = None, limit: int = 50) -> list[PersonRow]:
        return self.listing.to_review(today, limit)

    def rebuild_index(self) -> int:
        return self.listing.rebuild_index()

    def expired_items(self, today: date | None = None) -> int:
        return self.retention.expired_items(today)

    def purge_expired_items(self, today: date | None = None) -> int:
        return self.retention.purge_expired_items(today)

    # --- the file and its exports -----------------------------------------------------------

    def open_file(self, person_id: int) -> PersonFile:
        return self.files.open_file(person_id)

    def export_json(self, person_id: int) -> bytes:
        return self.exports.export_json(person_id)

    def export_csv(self, person_id: int) -> bytes:
        return self.exports.export_csv(person_id)

    def export_pdf(self, person_id: int, language: str = "fr") -> bytes:
        return self.exports.export_pdf(person_id, language)

    # --- changes -------------------------------------------------------------------------------

    def create(self, draft: PersonDraft) -> int:
        return self.creation.create(draft)

    def create_many(self, drafts: Sequence[PersonDraft]) -> list[int]:
        return self.creation.create_many(drafts)

    def correct(
        self,
        person_id: int,
        field: str,
        after: str,
        reason: str,
        request_id: int | None = None,
    ) -> None:
        self.corrections.correct(person_id, field, after, reason, request_id)

    def correct_many(
        self,
        person_id: int,
        changes: Mapping[str, str],
        reason: str,
        request_id: int | None = None,
    ) -> list[str]:
        return self.corrections.correct_many(person_id, changes, reason, request_id)

    def add_contact(self, person_id: int, kind: ContactKind, value: str) -> int:
        return self.additions.add_contact(person_id, kind, value)

    def add_address(self, person_id: int, draft: AddressDraft) -> int:
        return self.additions.add_address(person_id, draft)

    def add_item(self, person_id: int, item: ItemDraft) -> int:
        return self.additions.add_item(person_id, item)

    def set_marketing(
        self, person_id: int, channel: MarketingChannel, opted_in: bool, source: str
    ) -> None:
        self.additions.set_marketing(person_id, channel, opted_in, source)

    def erase(self, person_id: int, request_id: int | None = None) -> str:
        return self.erasure.erase(person_id, request_id)
