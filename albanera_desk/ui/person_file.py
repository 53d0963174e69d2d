"""A person's file: everything held, where it came from, who receives it, and its history.

Opening it is recorded in the audit trail (the service does it). Corrections
keep before and after with the reason and the request they answer; erasure
asks the coordinator to type the reference, because it cannot be undone.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.records import AuditAction, DataCategory, DataSource, MarketingChannel
from albanera_desk.domain.request_workflow import OPEN_STATUSES
from albanera_desk.services.addresses import country_name
from albanera_desk.services.desk import Desk
from albanera_desk.services.people import ItemDraft, PersonFile
from albanera_desk.store.errors import StoreError
from albanera_desk.ui.form_fields import OptionalDate, ui_language
from albanera_desk.ui.labels import category_label, channel_label, source_label
from albanera_desk.ui.messages import said, store_error_text

ERROR_STYLE = "color: #b00020;"


def _when(value: object) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""  # type: ignore[call-overload]


def _day(value: object) -> str:
    return value.isoformat() if value is not None else ""  # type: ignore[attr-defined]


class PersonFileDialog(QDialog):
    changed = Signal()

    def __init__(self, desk: Desk, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._id = person_id
        self.resize(860, 640)
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.items = QTableWidget(0, 7)
        self.items.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.items.verticalHeader().setVisible(False)
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("What"),
                self.tr("Value"),
                self.tr("Source"),
                self.tr("Collected"),
                self.tr("Kept until"),
                self.tr("Received by"),
            ]
        )
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.history = QTextBrowser()
        self.undo_button = QPushButton(self.tr("Undo the last correction"))
        self.undo_button.setToolTip(
            self.tr("Puts the value back as it was; both changes stay in the history")
        )
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.summary, self.tr("File"))
        self.tabs.addTab(self.items, self.tr("Items held"))
        self.tabs.addTab(history_page, self.tr("Corrections"))
        # Who opened, changed or exported this file, and when: access shown, not assumed.
        self.access = QTextBrowser()
        self.tabs.addTab(self.access, self.tr("Access log"))
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setToolTip(self.tr("Change a value, keeping before and after"))
        self.item_button = QPushButton(self.tr("Add item…"))
        self.marketing_button = QPushButton(self.tr("Marketing"))
        marketing = QMenu(self.marketing_button)
        for channel in MarketingChannel:
            marketing.addAction(
                self.tr("Opt out of {channel}").format(channel=channel_label(channel)),
                lambda c=channel: self.set_marketing(c, False),
            )
            marketing.addAction(
                self.tr("Opt in to {channel}").format(channel=channel_label(channel)),
                lambda c=channel: self.set_marketing(c, True),
            )
        self.marketing_button.setMenu(marketing)
        self.export_button = QPushButton(self.tr("Export…"))
        exports = QMenu(self.export_button)
        exports.addAction(self.tr("PDF (annex of an access response)"), lambda: self.export("pdf"))
        exports.addAction(self.tr("JSON (portability)"), lambda: self.export("json"))
        exports.addAction(self.tr("CSV (portability)"), lambda: self.export("csv"))
        self.export_button.setMenu(exports)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.correct_button,
            self.item_button,
            self.marketing_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.correct_button.clicked.connect(self.correct)
        self.undo_button.clicked.connect(self.undo_last_correction)
        self.item_button.clicked.connect(self.add_item)
        self.erase_button.clicked.connect(self.erase)
        self.erased = False
        self.file: PersonFile = desk.people.open_file(person_id)
        self._show()

    # --- showing -------------------------------------------------------------------------

    def _reload(self) -> None:
        self.file = self._desk.people.open_file(self._id)
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        f = self.file
        self.setWindowTitle(f"{f.display_name} — {f.reference}")
        self.summary.setHtml(self._summary_html(f))
        self.items.setRowCount(len(f.items))
        for row, item in enumerate(f.items):
            cells = [
                category_label(item.category),
                item.description,
                item.value,
                source_label(item.source),
                _day(item.collected_on),
                _day(item.retention_end) or item.retention_rule,
                ", ".join(item.recipients),
            ]
            for column, text in enumerate(cells):
                self.items.setItem(row, column, QTableWidgetItem(text))
        self.history.setHtml(self._history_html(f))
        self.undo_button.setEnabled(bool(f.corrections))
        self.access.setHtml(self._access_html(f))

    def _summary_html(self, f: PersonFile) -> str:
        e = html.escape
        lang = ui_language()
        parts = [f"<h2>{e(f.display_name)}</h2><p>{e(f.reference)}"]
        if f.customer_id:
            parts.append(" · " + e(self.tr("customer {id}").format(id=f.customer_id)))
        parts.append("</p>")
        if f.flagged_minor:
            parts.append(
                "<p style='color:#b00020'><b>"
                + e(
                    self.tr(
                        "Under 16: to review. The policy says the shop does not knowingly "
                        "collect their data."
                    )
                )
                + "</b></p>"
            )
        rows = []
        if f.birth_date or f.age_band:
            rows.append((self.tr("Born"), _day(f.birth_date) or f.age_band or ""))
        for email in f.emails:
            rows.append((self.tr("Email"), email.value))
        for phone in f.phones:
            rows.append((self.tr("Phone"), phone.display))
        for address in f.addresses:
            place = " ".join(p for p in (address.postcode, address.city) if p)
            lines = [*address.lines, place]
            if address.country_code != "FR":
                lines.append(country_name(address.country_code, lang))
            rows.append((self.tr("Address"), "\n".join(line for line in lines if line)))
        if f.notes:
            rows.append((self.tr("Notes"), f.notes))
        parts.append("<table cellspacing='0' cellpadding='3'>")
        for label, value in rows:
            parts.append(
                f"<tr><td valign='top'><b>{e(label)}</b></td>"
                f"<td>{e(value).replace(chr(10), '<br/>')}</td></tr>"
            )
        parts.append("</table>")
        marketing = self.tr("Marketing")
        parts.append(f"<h3>{e(marketing)}</h3><ul>")
        for choice in f.marketing:
            if choice.opted_in is None:
                state = self.tr("never asked")
            elif choice.opted_in:
                state = self.tr("accepted")
            else:
                state = self.tr("OPTED OUT: do not contact")
            when = f" — {_when(choice.changed_at)}, {choice.source}" if choice.changed_at else ""
            colour = " style='color:#b00020'" if choice.opted_in is False else ""
            parts.append(
                f"<li{colour}>{e(channel_label(choice.channel))}: {e(state)}{e(when)}</li>"
            )
        parts.append("</ul>")
        if f.marketing_history:
            every = self.tr("Every change of choice:")
            parts.append(f"<p><i>{e(every)}</i></p><ul>")
            for change in f.marketing_history:
                answer = self.tr("yes") if change.opted_in else self.tr("no")
                parts.append(
                    f"<li>{e(_when(change.changed_at))} — {e(channel_label(change.channel))}: "
                    f"{e(answer)} ({e(change.source)})</li>"
                )
            parts.append("</ul>")
        return "".join(parts)

    def _access_html(self, f: PersonFile) -> str:
        from albanera_desk.services.audit import AuditFilter

        entries = self._desk.audit.page(
            AuditFilter(record_type="person", record_id=f.reference), limit=200
        )
        words = {
            AuditAction.VIEW: self.tr("opened the file"),
            AuditAction.CREATE: self.tr("created the file"),
            AuditAction.UPDATE: self.tr("changed"),
            AuditAction.EXPORT: self.tr("exported the file"),
            AuditAction.IMPORT: self.tr("imported"),
            AuditAction.ERASE: self.tr("erased the file"),
        }
        rows = []
        for entry in entries:
            what = words.get(entry.action, entry.action.value)
            if entry.fields and entry.action is AuditAction.UPDATE:
                what += " " + ", ".join(entry.fields)
            rows.append(
                f"<tr><td>{html.escape(_when(entry.at.astimezone().replace(tzinfo=None)))}"
                f"&nbsp;&nbsp;</td><td><b>{html.escape(entry.actor)}</b></td>"
                f"<td>{html.escape(what)}</td></tr>"
            )
        return "<table cellpadding='2'>" + "".join(rows) + "</table>"

    def _history_html(self, f: PersonFile) -> str:
        e = html.escape
        if not f.corrections:
            nothing = self.tr("Nothing has been corrected in this file.")
            return f"<p>{e(nothing)}</p>"
        parts = ["<ul>"]
        for c in f.corrections:
            request = f" — {c.request_reference}" if c.request_reference else ""
            parts.append(
                f"<li><b>{e(_when(c.when))}</b> {e(c.who)}{e(request)}<br/>"
                f"{e(c.field)}: «{e(c.before)}» → «{e(c.after)}»<br/><i>{e(c.why)}</i></li>"
            )
        parts.append("</ul>")
        return "".join(parts)

    # --- changes -------------------------------------------------------------------------

    def _open_requests(self) -> list[tuple[str, int]]:
        """(reference, id) of the open requests linked to this person, newest first."""
        requests = self._desk.requests
        return [
            (r.reference, requests.request_id(r.reference))
            for r in requests.list()
            if r.person_id == self._id and r.status in OPEN_STATUSES
        ]

    def correct(self) -> None:
        dialog = CorrectionDialog(self.file, self._open_requests(), self)
        if dialog.exec():
            self.apply_correction(dialog)

    def apply_correction(self, dialog: CorrectionDialog) -> bool:
        try:
            self._desk.people.correct(
                self._id,
                dialog.field(),
                dialog.after.toPlainText().strip(),
                dialog.reason.text().strip(),
                request_id=dialog.request.currentData(),
            )
        except (StoreError, ValueError) as exc:
            self.error.setText(said(exc))
            return False
        self.error.clear()
        self._reload()
        return True

    def undo_last_correction(self) -> bool:
        """A mistaken correction is put right by another one: nothing leaves the history."""
        if not self.file.corrections:
            return False
        last = self.file.corrections[0]  # newest first
        when = _when(last.when)
        try:
            self._desk.people.correct(
                self._id,
                last.field,
                last.before,
                self.tr("Undo of the correction of {when}").format(when=when),
            )
        except (StoreError, ValueError) as exc:
            self.error.setText(said(exc))
            return False
        self.error.clear()
        self._reload()
        return True

    def add_item(self) -> None:
        dialog = ItemDialog(self)
        if not dialog.exec():
            return
        try:
            self._desk.people.add_item(self._id, dialog.draft())
        except (StoreError, ValueError) as exc:
            self.error.setText(said(exc))
            return
        self._reload()

    def set_marketing(self, channel: MarketingChannel, opted_in: bool) -> None:
        try:
            self._desk.people.set_marketing(self._id, channel, opted_in, self.tr("office"))
        except (StoreError, ValueError) as exc:
            self.error.setText(said(exc))
            return
        self._reload()

    def export(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export — the file leaves the encrypted store"),
            f"{self.file.reference}.{fmt}",
            f"{fmt.upper()} (*.{fmt})",
        )
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        from albanera_desk.documents.output import write_atomically

        people = self._desk.people
        try:
            if fmt == "json":
                data = people.export_json(self._id)
            elif fmt == "csv":
                data = people.export_csv(self._id)
            else:  # the annex of an access response, in the window's language; audited
                data = people.export_pdf(self._id, language=ui_language())
            write_atomically(path, data)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))

    def erase(self) -> None:
        dialog = EraseDialog(self.file.reference, self._open_requests(), self)
        if dialog.exec():
            self.apply_erasure(dialog)

    def apply_erasure(self, dialog: EraseDialog) -> None:
        request_id = dialog.request.currentData()
        try:
            if request_id is not None:  # art. 19: who got their data, kept before it goes
                self._desk.letters.plan_erasure_notices(request_id, self._id)
            self._desk.people.erase(self._id, request_id=request_id)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return
        self.erased = True
        self.changed.emit()
        self.accept()


def _request_combo(requests: list[tuple[str, int]], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(
        QCoreApplication.translate("PersonFileDialog", "No request (the office's own correction)"),
        None,
    )
    for reference, request_id in requests:
        combo.addItem(reference, request_id)
    if requests:
        combo.setCurrentIndex(1)
    return combo


class CorrectionDialog(QDialog):
    """Choose what to correct, the new value, why, and the request it answers."""

    def __init__(
        self, file: PersonFile, requests: list[tuple[str, int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct {ref}").format(ref=file.reference))
        self.choice = QComboBox()
        fields: list[tuple[str, str, str]] = [
            ("first_name", self.tr("First name"), file.first_name),
            ("last_name", self.tr("Last name"), file.last_name),
            ("birth_date", self.tr("Date of birth (YYYY-MM-DD)"), _day(file.birth_date)),
            ("customer_id", self.tr("Customer ID"), file.customer_id or ""),
            ("notes", self.tr("Notes"), file.notes),
        ]
        fields += [(f"email:{c.id}", self.tr("Email"), c.value) for c in file.emails]
        fields += [(f"phone:{c.id}", self.tr("Phone"), c.display) for c in file.phones]
        for a in file.addresses:
            place = " ".join(p for p in (a.postcode, a.city) if p)
            fields.append((f"address:{a.id}", self.tr("Address"), "\n".join([*a.lines, place])))
        fields += [
            (f"item:{i.id}", f"{category_label(i.category)}: {i.description}", i.value)
            for i in file.items
        ]
        for key, label, current in fields:
            shown = current.replace("\n", ", ")
            self.choice.addItem(f"{label} — {shown[:40]}", (key, current))
        self.before = QLabel()
        self.before.setWordWrap(True)
        self.before.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.after = QPlainTextEdit()
        self.after.setTabChangesFocus(True)
        self.after.setFixedHeight(self.after.fontMetrics().lineSpacing() * 4 + 12)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. as written in the letter of 4 May"))
        self.request = _request_combo(requests, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("What"), self.choice)
        form.addRow(self.tr("Now"), self.before)
        form.addRow(self.tr("Becomes"), self.after)
        form.addRow(self.tr("Why"), self.reason)
        form.addRow(self.tr("Answers request"), self.request)
        form.addRow(self.buttons)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.reason.textChanged.connect(self._check)
        self.after.textChanged.connect(self._check)
        self._chosen()

    def field(self) -> str:
        return str(self.choice.currentData()[0])

    def _chosen(self) -> None:
        _, current = self.choice.currentData()
        self.before.setText(current or self.tr("(empty)"))
        self.after.setPlainText(current)
        self._check()

    def _check(self) -> None:
        # A correction needs its reason, and must change something.
        _, current = self.choice.currentData()
        changed = self.after.toPlainText().strip() != current.strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(changed and bool(self.reason.text().strip()))


class ItemDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an item held"))
        self.category = QComboBox()
        for category in DataCategory:
            self.category.addItem(category_label(category), category)
        self.description = QLineEdit()
        self.value = QLineEdit()
        self.source = QComboBox()
        for source in DataSource:
            self.source.addItem(source_label(source), source)
        self.collected = OptionalDate(None)
        self.retention = QLineEdit()
        self.retention_end = OptionalDate(None)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("What it is"), self.description)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Collected on"), self.collected)
        form.addRow(self.tr("Retention rule"), self.retention)
        form.addRow(self.tr("Kept until"), self.retention_end)
        form.addRow(buttons)

    def draft(self) -> ItemDraft:
        return ItemDraft(
            category=DataCategory(self.category.currentData()),
            description=self.description.text(),
            source=DataSource(self.source.currentData()),
            value=self.value.text(),
            collected_on=self.collected.value(),
            retention_rule=self.retention.text(),
            retention_end=self.retention_end.value(),
        )


class EraseDialog(QDialog):
    """Erasure cannot be undone: the coordinator types the file's reference to confirm."""

    def __init__(
        self, reference: str, requests: list[tuple[str, int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase {ref}").format(ref=reference))
        self._reference = reference
        warning = QLabel(
            self.tr(
                "Erasing removes this person's data and its history for good; only a record "
                "of the erasure (reference, date, request) is kept. Type {ref} to confirm."
            ).format(ref=reference)
        )
        warning.setWordWrap(True)
        self.typed = QLineEdit()
        self.request = _request_combo(requests, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Erase"))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(
            lambda text: ok.setEnabled(text.strip().upper() == self._reference.upper())
        )
        form = QFormLayout(self)
        form.addRow(warning)
        form.addRow(self.tr("Reference"), self.typed)
        form.addRow(self.tr("Answers request"), self.request)
        form.addRow(self.buttons)
