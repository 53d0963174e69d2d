"""The People list as a lazily fetched model: memory stays flat whatever the store holds.

Browsing asks the service for the page of rows the view is showing (100 at a
time) and keeps only the most recent pages; searching swaps in the hits of
the search box. Nothing is fetched for rows nobody scrolls to, and nothing at
all before the People section is first shown; then its first page comes at once
and the count (a walk of the whole list's index) arrives from a worker.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from albanera_desk.domain.countries import country_name
from albanera_desk.domain.person_file import PersonRow
from albanera_desk.ui.form_fields import ui_language
from albanera_desk.ui.messages import as_plain

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
KEPT_PAGES = 24  # at most 2,400 rows in memory, however many people there are


class PeopleSource(Protocol):
    def count(self) -> int: ...

    def rows(self, offset: int, limit: int) -> list[PersonRow]: ...

    def search(self, text: str, limit: int = 50) -> list[PersonRow]: ...


class FirstPage:
    """The list's first rows, read before the store opened with its engine (the window's
    first frame, ``services.first_look``): shown until the desk's own source takes over."""

    def __init__(self, rows: list[PersonRow]) -> None:
        self._rows = rows

    def count(self) -> int:
        return len(self._rows)

    def rows(self, offset: int, limit: int) -> list[PersonRow]:
        return self._rows[offset : offset + limit] if offset == 0 else []

    def search(self, text: str, limit: int = 50) -> list[PersonRow]:
        return []


class PeopleModel(QAbstractTableModel):
    COLUMNS = ("reference", "name", "email", "postcode", "city", "country", "customer_id", "flags")

    def __init__(self, source: PeopleSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._count = 0
        self._pages: OrderedDict[int, list[PersonRow]] = OrderedDict()
        self._hits: list[PersonRow] | None = None
        self.query = ""
        self._headers = [
            self.tr("Ref."),
            self.tr("Name"),
            self.tr("Email"),
            self.tr("Postcode"),
            self.tr("City"),
            self.tr("Country"),
            self.tr("Customer ID"),
            self.tr("Flags"),
        ]
        self.loaded = False  # True once the section has shown its first page
        self.counted = False  # False while the count is still being made (see set_total)

    def use_source(self, source: PeopleSource) -> None:
        """The desk's source after the first page's: the same rows, nothing re-read."""
        self._source = source

    # --- what is shown -------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the count and forget cached pages (after an import, an erasure...)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._source.count()
        self.loaded = self.counted = True
        if self.query:
            self._hits = self._source.search(self.query, limit=200)
        self.endResetModel()

    def show_first_page(self) -> bool:
        """The first page now, before anything is counted; True when there is more than one
        page, so the total must still be counted (then given with ``set_total``)."""
        self.beginResetModel()
        self._pages.clear()
        first = self._source.rows(0, PAGE)
        self._pages[0] = first
        self._count = len(first)
        self.loaded = True
        self.counted = len(first) < PAGE
        if self.query:
            self._hits = self._source.search(self.query, limit=200)
        self.endResetModel()
        return not self.counted

    def set_total(self, total: int) -> None:
        """The count has arrived: the rows after the first page exist from now on."""
        if self._hits is None and total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count, self.counted = total, True
            self.endInsertRows()
        elif self._hits is None and total < self._count:
            self.beginResetModel()
            self._pages.clear()
            self._count, self.counted = total, True
            self.endResetModel()
        else:
            self._count, self.counted = total, True

    def set_query(self, text: str) -> None:
        self.beginResetModel()
        self.query = text.strip()
        self._hits = self._source.search(self.query, limit=200) if self.query else None
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._count

    @property
    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def person_at(self, row: int) -> PersonRow | None:
        if self._hits is not None:
            return self._hits[row] if 0 <= row < len(self._hits) else None
        if not 0 <= row < self._count:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._source.rows(number * PAGE, PAGE)
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._hits) if self._hits is not None else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        person = self.person_at(index.row())
        if person is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "flags" and person.flagged_minor:
                return QBrush(QColor("#b00020"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "flags":
                return self._flag_words(person, long=True) or None
            if column in ("name", "email"):  # whole where a narrow window elides them
                return as_plain(self.data(index, Qt.ItemDataRole.DisplayRole) or "") or None
            return None
        if column == "flags":
            return self._flag_words(person, long=False)
        return {
            "reference": person.reference,
            "name": person.display_name,
            "email": person.email,
            "postcode": person.postcode,
            "city": person.city,
            "country": country_name(person.country_code, ui_language())
            if person.country_code
            else "",
            "customer_id": person.customer_id or "",
        }[column]

    def _flag_words(self, person: PersonRow, *, long: bool) -> str:
        words = []
        if person.flagged_minor:
            words.append(
                self.tr("Under 16: to review (the shop does not knowingly collect their data)")
                if long
                else self.tr("under 16")
            )
        if person.opted_out:
            words.append(self.tr("Opted out of marketing") if long else self.tr("opted out"))
        return ", ".join(words)
