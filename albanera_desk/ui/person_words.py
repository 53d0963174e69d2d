"""A person's fields in words: what a correction or an access-log line is about.

The store names fields as the code does ("first_name", "address:138",
"marketing:sms", "item:7"); the window says "First name", "Address",
"Marketing by SMS", "Purchases: orders placed". Unknown names are still
turned into words, never shown as they are stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from albanera_desk.domain.person_file import ItemView
from albanera_desk.domain.records import MarketingChannel
from albanera_desk.ui.labels import category_label, channel_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def field_label(field: str, items: Sequence[ItemView] = ()) -> str:
    """``field`` as stored ("address:138") in the window's words ("Address")."""
    name, _, key = field.partition(":")
    words = {
        "first_name": translate("PersonWords", "First name"),
        "last_name": translate("PersonWords", "Last name"),
        "birth_date": translate("PersonWords", "Date of birth"),
        "age_band": translate("PersonWords", "Age band"),
        "customer_id": translate("PersonWords", "Customer ID"),
        "notes": translate("PersonWords", "Notes"),
        "email": translate("PersonWords", "Email"),
        "phone": translate("PersonWords", "Phone"),
        "address": translate("PersonWords", "Address"),
        "erasure": translate("PersonWords", "Erasure"),
        "search_index": translate("PersonWords", "Search index"),
        "reference": translate("PersonWords", "Reference"),
    }
    if name == "marketing" and key in {c.value for c in MarketingChannel}:
        return translate("PersonWords", "Marketing by {channel}").format(
            channel=channel_label(MarketingChannel(key))
        )
    if name == "item":
        found = next((i for i in items if key.isdigit() and i.id == int(key)), None)
        if found is None:
            return translate("PersonWords", "An item held")
        return f"{category_label(found.category)}: {found.description}"
    if name in words:
        return words[name]
    return name.replace("_", " ").capitalize()


def fields_label(fields: Sequence[str], items: Sequence[ItemView] = ()) -> str:
    """Several fields, each once, in words."""
    seen: list[str] = []
    for field in fields:
        label = field_label(field, items)
        if label not in seen:
            seen.append(label)
    return ", ".join(seen)
