"""The recovery sheet: the store's key on paper, for the office safe.

Losing the computer's keyring (a new computer, a reinstall) must not lose the
data: with this sheet, `albanera-desk key restore` puts the key back.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RecoveryFacts:
    store_path: str
    created_on: str  # as printed, e.g. "25 November 2026"
    raw_key_hex: str | None  # None for a passphrase store
    store_id: str = ""


def key_fingerprint(raw_key_hex: str) -> str:
    """Eight characters that let the reader check the key was copied right."""
    return hashlib.sha256(bytes.fromhex(raw_key_hex)).hexdigest()[:8].upper()


def grouped(raw_key_hex: str) -> list[str]:
    """The 64 hex digits as 4 lines of 4 groups of 4, easy to copy by hand."""
    groups = [raw_key_hex[i : i + 4].upper() for i in range(0, len(raw_key_hex), 4)]
    return ["  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]


def render_recovery_sheet(facts: RecoveryFacts) -> bytes:
    # ReportLab only when a sheet is printed: the window imports this module at start-up.
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from albanera_desk.documents.fonts import BOLD, MONO, REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle("Alba Nera Desk recovery sheet")
    width, height = A4
    y = height - 25 * mm
    canvas.setFont(BOLD, 16)
    canvas.drawString(20 * mm, y, "Alba Nera Desk — recovery sheet / fiche de secours")
    y -= 10 * mm
    canvas.setFont(REGULAR, 10)
    for line in (
        f"Store / base : {facts.store_path}",
        f"Store id / identifiant : {facts.store_id}",
        f"Printed / imprimée le : {facts.created_on}",
        "Keep this sheet in the office safe. Anyone who has it and the file can read the data.",
        "Conservez cette fiche au coffre. Qui la détient avec le fichier peut lire les données.",
    ):
        canvas.drawString(20 * mm, y, line)
        y -= 6 * mm
    y -= 6 * mm
    if facts.raw_key_hex:
        canvas.setFont(BOLD, 11)
        canvas.drawString(20 * mm, y, "Key / clé (64 hex digits)")
        y -= 10 * mm
        canvas.setFont(MONO, 15)
        for line in grouped(facts.raw_key_hex):
            canvas.drawString(25 * mm, y, line)
            y -= 9 * mm
        canvas.setFont(REGULAR, 10)
        canvas.drawString(25 * mm, y, f"Check / contrôle : {key_fingerprint(facts.raw_key_hex)}")
        y -= 12 * mm
        steps: tuple[str, ...] = (
            "To put the key back on a new computer: albanera-desk --store FILE key restore",
            "and type the 64 digits (spaces do not matter); the check code must match.",
            "Pour remettre la clé sur un nouvel ordinateur : albanera-desk --store FICHIER",
            "key restore, puis saisir les 64 caractères ; le code de contrôle doit concorder.",
            "With the sqlcipher tool: PRAGMA key = \"x'<the 64 digits>'\";",
        )
    else:
        canvas.setFont(BOLD, 11)
        canvas.drawString(20 * mm, y, "Passphrase / phrase secrète")
        y -= 4 * mm
        canvas.rect(20 * mm, y - 22 * mm, width - 40 * mm, 20 * mm)
        y -= 32 * mm
        steps = (
            "This store is locked with a passphrase: write it in the box by hand.",
            "Cette base est verrouillée par une phrase secrète : écrivez-la à la main.",
        )
    canvas.setFont(REGULAR, 10)
    for line in steps:
        canvas.drawString(20 * mm, y, line)
        y -= 6 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
