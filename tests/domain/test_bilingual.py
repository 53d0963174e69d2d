"""One French/English pair for the register's starters and the records' words."""

from __future__ import annotations

from albanera_desk.domain import vocabulary
from albanera_desk.domain.bilingual import Bilingual, localised
from albanera_desk.domain.records import DataCategory, LegalGround, ProcessorRole
from albanera_desk.domain.register_starters import POLICY_STARTERS


def test_the_records_words_are_bilingual_pairs_in_the_right_order() -> None:
    assert vocabulary.CATEGORIES[DataCategory.CONTACT].text("fr") == "coordonnées"
    assert vocabulary.CATEGORIES[DataCategory.CONTACT].text("en") == "contact details"
    assert vocabulary.ROLES[ProcessorRole.PROCESSOR].text("fr") == "sous-traitant"
    assert vocabulary.GROUNDS[LegalGround.SCC].text("en").startswith("standard contractual")
    for table in (vocabulary.CATEGORIES, vocabulary.ROLES, vocabulary.GROUNDS):
        for words in table.values():
            assert isinstance(words, Bilingual) and words.fr != words.en


def test_starters_are_written_in_one_language() -> None:
    values = dict(POLICY_STARTERS)["email_vendor"]
    french, english = localised(values, "fr"), localised(values, "en")
    assert french["legal_name"].endswith("(à compléter)")
    assert english["legal_name"].endswith("(to complete)")
    assert not any(isinstance(v, Bilingual) for v in [*french.values(), *french["purposes"]])
