"""The guided steps of a request, without Qt: asking for identity, extending the deadline.

The coordinator ticks what to ask and why, or the reasons for more time; the
sentence the letter will carry is written here, in the letter's language (the
writer's: French for France, Belgium, Luxembourg and Monaco), so the window can
show it before anything is saved. Art. 12(6) GDPR: ask only what is needed to
remove a reasonable doubt, never an identity document by default.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

# Letters to these countries are written in French unless the office chooses otherwise.
FRENCH_SPEAKING = frozenset({"FR", "BE", "LU", "MC"})


def letter_language(country: str) -> str:
    return "fr" if country.upper() in FRENCH_SPEAKING else "en"


class IdentityQuestion(Enum):
    """What the writer can tell us that only they would know (no copy of a document)."""

    CUSTOMER_NUMBER = "customer number"
    ACCOUNT_EMAIL = "account email"
    LAST_ORDER = "last order"
    ORDER_ADDRESS = "order address"
    PHONE_DIGITS = "phone digits"


class IdentityDoubt(Enum):
    """Why identity is in doubt: the letter says it, so the question is not a formality."""

    ADDRESS_DIFFERS = "address differs"
    NOT_SIGNED = "not signed"
    SAME_NAME = "same name"
    ON_BEHALF = "on behalf"


class ExtensionReason(Enum):
    """Art. 12(3): the complexity and number of requests are the reasons the law accepts."""

    VOLUME = "volume"
    PROCESSORS = "processors"
    NUMBER = "number"


_QUESTIONS = {
    "fr": {
        IdentityQuestion.CUSTOMER_NUMBER: (
            "le numéro client qui figure sur vos factures ou confirmations de commande"
        ),
        IdentityQuestion.ACCOUNT_EMAIL: "l’adresse électronique de votre compte client",
        IdentityQuestion.LAST_ORDER: "la date et le montant de votre dernière commande",
        IdentityQuestion.ORDER_ADDRESS: "l’adresse de livraison de votre dernière commande",
        IdentityQuestion.PHONE_DIGITS: (
            "les quatre derniers chiffres du numéro de téléphone que vous nous avez donné"
        ),
    },
    "en": {
        IdentityQuestion.CUSTOMER_NUMBER: (
            "the customer number shown on your invoices or order confirmations"
        ),
        IdentityQuestion.ACCOUNT_EMAIL: "the email address of your customer account",
        IdentityQuestion.LAST_ORDER: "the date and amount of your last order",
        IdentityQuestion.ORDER_ADDRESS: "the delivery address of your last order",
        IdentityQuestion.PHONE_DIGITS: "the last four digits of the phone number you gave us",
    },
}
_DOUBTS = {
    "fr": {
        IdentityDoubt.ADDRESS_DIFFERS: "l’adresse de votre courrier diffère de celle que nous "
        "connaissons",
        IdentityDoubt.NOT_SIGNED: "votre courrier ne porte pas de signature",
        IdentityDoubt.SAME_NAME: "plusieurs de nos clients portent le même nom",
        IdentityDoubt.ON_BEHALF: "la demande est faite pour une autre personne, sans mandat joint",
    },
    "en": {
        IdentityDoubt.ADDRESS_DIFFERS: "the address on your letter differs from the one we know",
        IdentityDoubt.NOT_SIGNED: "your letter is not signed",
        IdentityDoubt.SAME_NAME: "several of our customers share the same name",
        IdentityDoubt.ON_BEHALF: "the request is made for someone else, with no mandate enclosed",
    },
}
_EXTENSION = {
    "fr": {
        ExtensionReason.VOLUME: "votre demande porte sur un volume important d’informations, "
        "conservées dans plusieurs de nos systèmes",
        ExtensionReason.PROCESSORS: "nous devons obtenir des informations auprès de nos "
        "prestataires pour vous répondre complètement",
        ExtensionReason.NUMBER: "nous avons reçu un nombre inhabituel de demandes",
    },
    "en": {
        ExtensionReason.VOLUME: "your request covers a large amount of information, held in "
        "several of our systems",
        ExtensionReason.PROCESSORS: "we must obtain information from our service providers "
        "to answer you in full",
        ExtensionReason.NUMBER: "we have received an unusual number of requests",
    },
}
_AND = {"fr": " et ", "en": " and "}
_BECAUSE = {"fr": " (nous vous le demandons car {why})", "en": " (we ask because {why})"}


def _listing(parts: Sequence[str], language: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + _AND[language] + parts[-1]


class StepProblem(Enum):
    NOTHING_ASKED = "nothing asked"
    NO_REASON = "no reason"
    BEFORE_RECEIPT = "before receipt"
    IN_THE_FUTURE = "in the future"


@dataclass(frozen=True, slots=True)
class IdentityAsk:
    """The "Ask for identity" form as ticked."""

    questions: Sequence[IdentityQuestion]
    other: str  # another question, typed in the letter's language
    doubt: IdentityDoubt | None
    other_doubt: str  # another reason, typed in the letter's language
    asked_on: date


def identity_text(form: IdentityAsk, language: str) -> str:
    """What the identity letter asks ("Could you please tell us: …"), with the reason."""
    words = [_QUESTIONS[language][q] for q in IdentityQuestion if q in form.questions]
    if form.other.strip():
        words.append(form.other.strip().rstrip("."))
    text = _listing(words, language)
    why = _DOUBTS[language][form.doubt] if form.doubt is not None else form.other_doubt.strip()
    if text and why:
        text += _BECAUSE[language].format(why=why.rstrip("."))
    return text


def identity_problem(form: IdentityAsk, received_on: date, today: date) -> StepProblem | None:
    """Why the form cannot be saved yet, or None."""
    if not form.questions and not form.other.strip():
        return StepProblem.NOTHING_ASKED
    if form.doubt is None and not form.other_doubt.strip():
        return StepProblem.NO_REASON
    return _date_problem(form.asked_on, received_on, today)


@dataclass(frozen=True, slots=True)
class ExtensionForm:
    """The "Extend by two months" form as ticked."""

    reasons: Sequence[ExtensionReason]
    other: str  # another reason, typed in the letter's language
    notice_on: date


def extension_text(form: ExtensionForm, language: str) -> str:
    """The reasons the extension notice gives ("…, for this reason: …")."""
    words = [_EXTENSION[language][r] for r in ExtensionReason if r in form.reasons]
    if form.other.strip():
        words.append(form.other.strip().rstrip("."))
    text = _listing(words, language)
    return f"{text}." if text else ""


def extension_problem(form: ExtensionForm, received_on: date, today: date) -> StepProblem | None:
    if not form.reasons and not form.other.strip():
        return StepProblem.NO_REASON
    return _date_problem(form.notice_on, received_on, today)


def _date_problem(day: date, received_on: date, today: date) -> StepProblem | None:
    if day < received_on:
        return StepProblem.BEFORE_RECEIPT
    if day > today:
        return StepProblem.IN_THE_FUTURE
    return None
