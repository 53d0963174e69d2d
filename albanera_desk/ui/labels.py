"""Words for the records' enums in the window's language: the register's words come from the
domain's vocabulary (the exports use the same); the rest are the window's own (lupdate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from albanera_desk.domain.records import (
    CcpaRole,
    DataCategory,
    DataSource,
    LegalGround,
    MarketingChannel,
    ProcessorRole,
    ProcessorStatus,
)
from albanera_desk.domain.vocabulary import CCPA_ROLES, GROUNDS, ROLES, STATUSES, category_words
from albanera_desk.ui.form_fields import ui_language


def category_label(category: DataCategory | str) -> str:
    return _first_up(category_words(str(category), ui_language()))


def source_label(source: DataSource) -> str:
    return {
        DataSource.PERSON: QCoreApplication.translate("Labels", "The person directly"),
        DataSource.ONLINE_ACCOUNT: QCoreApplication.translate("Labels", "Online account"),
        DataSource.PURCHASE: QCoreApplication.translate("Labels", "Purchase"),
        DataSource.CUSTOMER_CARD: QCoreApplication.translate("Labels", "In-store customer card"),
        DataSource.PROMOTIONAL_SIGNUP: QCoreApplication.translate("Labels", "Promotional sign-up"),
        DataSource.SOCIAL_MEDIA: QCoreApplication.translate("Labels", "Social media"),
        DataSource.PARTNER: QCoreApplication.translate("Labels", "Partner"),
        DataSource.TRACKING_TOOL: QCoreApplication.translate("Labels", "Tracking tool"),
    }[source]


def channel_label(channel: MarketingChannel) -> str:
    return {
        MarketingChannel.EMAIL: QCoreApplication.translate("Labels", "Email"),
        MarketingChannel.SMS: QCoreApplication.translate("Labels", "SMS"),
    }[channel]


def role_label(role: ProcessorRole) -> str:
    return _first_up(ROLES[role].text(ui_language()))


def ccpa_role_label(role: CcpaRole | None) -> str:
    if role is None:
        return QCoreApplication.translate("Labels", "Not applicable")
    return _first_up(CCPA_ROLES[role].text(ui_language()))


def status_label(status: ProcessorStatus) -> str:
    return _first_up(STATUSES[status].text(ui_language()))


def ground_label(ground: LegalGround | None) -> str:
    if ground is None:
        return QCoreApplication.translate("Labels", "None yet")
    return _first_up(GROUNDS[ground].text(ui_language()))


def _first_up(text: str) -> str:
    """A label starts with a capital; the rest as written (UE/EEE stays in capitals)."""
    return text[:1].upper() + text[1:]
