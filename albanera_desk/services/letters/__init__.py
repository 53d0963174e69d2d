"""Letters answering requests: worded from the records and the office's texts, never retyped.

One module per family: ``procedure`` (acknowledgement, identity, extension, refusal,
partial answer), ``access`` (art. 15 and the CCPA's right to know), ``portability``
(art. 20), ``confirmations`` (correction, erasure, opt-out, restriction, objection),
``notices`` (art. 19 to recipients); ``frame`` draws the letterhead and signature,
``words`` fills the texts of ``resources/letters/{fr,en}.json`` (the office may edit
them). The PDF as posted is kept inside the store with the request.
"""

from albanera_desk.services.letters.compose import FRENCH_SPEAKING
from albanera_desk.services.letters.context import RequestLetter
from albanera_desk.services.letters.service import LetterService, PreparedLetter
from albanera_desk.services.letters.words import LETTER_TEXTS, letter_texts

__all__ = [
    "FRENCH_SPEAKING",
    "LETTER_TEXTS",
    "LetterService",
    "PreparedLetter",
    "RequestLetter",
    "letter_texts",
]
