"""Known failures in the user's language: one sentence, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt

from albanera_desk.domain import errors
from albanera_desk.domain.wording import Sentence

# lupdate reads the literal context and text of each translate() call: keep them inline.


def as_plain(text: str) -> str:
    """``text`` for a widget that guesses rich text (message boxes, tooltips): a name such
    as ``<b>Ève</b>`` or ``Roy & Fils`` is shown as typed, never drawn as markup."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text


def store_error_text(exc: BaseException) -> str:
    """The sentence for a ``StoreError``; the core's English text when no translation fits."""
    name = exc.path.name if isinstance(exc, errors.StoreError) and exc.path else ""
    if isinstance(exc, errors.WrongKeyOrNotAStore):
        return QCoreApplication.translate(
            "Messages",
            "Cannot open {name}: the key is wrong, or the file is damaged or is not "
            "an Alba Nera Desk store.",
        ).format(name=name or QCoreApplication.translate("Messages", "the store"))
    if isinstance(exc, errors.StoreTooNew):
        return QCoreApplication.translate(
            "Messages",
            "{name} was written by a newer version of Alba Nera Desk; update the "
            "application to open it.",
        ).format(name=name)
    if isinstance(exc, errors.KeyUnavailable):
        return QCoreApplication.translate(
            "Messages",
            "The key of this store is not in this computer's keyring: enter its passphrase.",
        )
    if isinstance(exc, errors.KeyringUnavailable):
        return QCoreApplication.translate(
            "Messages", "There is no system keyring on this computer: choose a passphrase instead."
        )
    if isinstance(exc, errors.StoreOpenElsewhere):
        return QCoreApplication.translate(
            "Messages",
            "This store is already open in another Alba Nera Desk window on this computer: "
            "use that window, or close it first.",
        )
    if isinstance(exc, errors.StoreLocked):
        return QCoreApplication.translate(
            "Messages", "The store is busy in another program; close it there and try again."
        )
    if isinstance(exc, errors.StoreExists):
        return QCoreApplication.translate(
            "Messages", "A file already exists there; choose another name."
        )
    if isinstance(exc, errors.StoreNotFound):
        return QCoreApplication.translate(
            "Messages", "There is no store at this place: {path}"
        ).format(path=str(exc.path or ""))
    return said(exc)


def said(value: BaseException | str) -> str:
    """A core sentence (``domain.wording``) in the window's language; other text as it is."""
    text = value.args[0] if isinstance(value, BaseException) and value.args else value
    if isinstance(text, Sentence):
        values = {
            name: said(item) if isinstance(item, Sentence) else item
            for name, item in text.values.items()
        }
        try:
            return QCoreApplication.translate("Core", text.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a {placeholder}
            return str(text)
    return str(value)


def strength_text(level: int) -> str:
    return [
        QCoreApplication.translate("Messages", "Too short: at least 12 characters"),
        QCoreApplication.translate("Messages", "Weak: easy to guess"),
        QCoreApplication.translate("Messages", "Fair"),
        QCoreApplication.translate("Messages", "Good"),
        QCoreApplication.translate("Messages", "Strong"),
    ][level]
