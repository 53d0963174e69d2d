"""Words for the records' enums, in the UI's language (lupdate reads these literals)."""

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


def category_label(category: DataCategory | str) -> str:
    words = {
        DataCategory.CONTACT: QCoreApplication.translate("Labels", "Contact details"),
        DataCategory.PAYMENT: QCoreApplication.translate("Labels", "Payment"),
        DataCategory.POSTED_CONTENT: QCoreApplication.translate(
            "Labels", "Posted content (reviews, messages)"
        ),
        DataCategory.SOCIAL_MEDIA: QCoreApplication.translate("Labels", "Social media"),
        DataCategory.DEMOGRAPHIC: QCoreApplication.translate("Labels", "Demographic"),
        DataCategory.PURCHASES: QCoreApplication.translate("Labels", "Purchases"),
        DataCategory.DEVICES: QCoreApplication.translate("Labels", "Devices"),
        DataCategory.LOCATION: QCoreApplication.translate("Labels", "Location"),
        DataCategory.BROWSING: QCoreApplication.translate("Labels", "Browsing and tracking"),
    }
    try:
        return words[DataCategory(category)]
    except ValueError:
        return str(category)


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
    return {
        ProcessorRole.PROCESSOR: QCoreApplication.translate("Labels", "Processor"),
        ProcessorRole.SUB_PROCESSOR: QCoreApplication.translate("Labels", "Sub-processor"),
        ProcessorRole.JOINT_CONTROLLER: QCoreApplication.translate("Labels", "Joint controller"),
        ProcessorRole.INDEPENDENT_CONTROLLER: QCoreApplication.translate(
            "Labels", "Independent controller"
        ),
        ProcessorRole.PUBLIC_AUTHORITY: QCoreApplication.translate("Labels", "Public authority"),
    }[role]


def ccpa_role_label(role: CcpaRole | None) -> str:
    if role is None:
        return QCoreApplication.translate("Labels", "Not applicable")
    return {
        CcpaRole.SERVICE_PROVIDER: QCoreApplication.translate("Labels", "Service provider"),
        CcpaRole.CONTRACTOR: QCoreApplication.translate("Labels", "Contractor"),
        CcpaRole.THIRD_PARTY: QCoreApplication.translate("Labels", "Third party"),
    }[role]


def status_label(status: ProcessorStatus) -> str:
    return {
        ProcessorStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        ProcessorStatus.ENDED: QCoreApplication.translate("Labels", "Ended"),
    }[status]


def ground_label(ground: LegalGround | None) -> str:
    if ground is None:
        return QCoreApplication.translate("Labels", "None yet")
    return {
        LegalGround.WITHIN_EEA: QCoreApplication.translate("Labels", "Within the EU/EEA"),
        LegalGround.ADEQUACY: QCoreApplication.translate("Labels", "Adequacy decision (art. 45)"),
        LegalGround.SCC: QCoreApplication.translate(
            "Labels", "Standard contractual clauses (art. 46)"
        ),
        LegalGround.BCR: QCoreApplication.translate("Labels", "Binding corporate rules (art. 47)"),
        LegalGround.CODE_OR_CERTIFICATION: QCoreApplication.translate(
            "Labels", "Code of conduct or certification"
        ),
        LegalGround.DEROGATION: QCoreApplication.translate("Labels", "Derogation (art. 49)"),
    }[ground]
