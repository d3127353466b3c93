"""Sides and officials found across sentences (issue 13; probe tests/data/probe/sides_across.jsonl).

Hand-written reports in German, English and Russian, each with the exact actor and recipient
codes and the persons of one coded event. Most are other wordings than the probe's: the rules
are constructions, not its sentences.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2023-03-14"
Coded = tuple[str, str, frozenset[str]]


def coded(extractor: Extractor, text: str, event_type: str, language: str) -> Coded:
    """Actor codes, recipient codes and person names of the report's one event of the type."""
    raw = RawDocument(text, doc_id="case", published=PUBLISHED, language=language)
    doc = next(iter(extractor.run([raw])))
    [event] = [e for e in doc.events if e.event_type == event_type]
    return ("+".join(sorted({a.code for a in event.actors if a.code})),
            "+".join(sorted({a.code for a in event.recipients if a.code})),
            frozenset(a.name for a in (*event.actors, *event.recipients) if a.kind == "person"))


# A topic phrase ends at a frame verb: a ministry's headline that the page runs into its
# lead («О … консультациях … Сообщение для СМИ 13 марта в Ханое состоялись …») does not
# make the lead's sides a topic.
HEADLINES = [
    ("ru", "Министерство иностранных дел Российской Федерации Главная / Новости О "
     "российско-вьетнамских консультациях по вопросам безопасности Сообщение для СМИ 13 марта "
     "в Ханое состоялись российско-вьетнамские консультации по вопросам безопасности. "
     "Российскую делегацию возглавил заместитель Министра иностранных дел Андрей Руденко.",
     "CONSULT", ("RUS", "VNM", frozenset({"Andrey Rudenko"}))),
    ("ru", "Министерство иностранных дел Российской Федерации Главная / Пресс-служба / Новости "
     "О российско-китайских консультациях по вопросам стратегической стабильности Сообщение для "
     "СМИ 21 мая в Пекине состоялись очередные российско-китайские консультации по вопросам "
     "стратегической стабильности и нераспространения. Российскую делегацию возглавил "
     "заместитель Министра иностранных дел Сергей Рябков.",
     "CONSULT", ("RUS", "CHN", frozenset({"Sergei Ryabkov"}))),
]

# An official whose title names no state, in a sentence that tells who headed or represented
# one side, is of that side's state.
HEADS = [
    ("en", "Talks between India and Japan were held in Tokyo on Monday. The Indian delegation "
     "was led by Joint Secretary (East Asia) Gourangalal Das.",
     "CONSULT", ("IND", "JPN", frozenset({"Gourangalal Das"}))),
    ("ru", "В Москве 13 марта состоялись российско-индийские консультации. Делегацию Индии "
     "возглавил секретарь Павани Рао Ганапати. С российской стороны в консультациях участвовал "
     "директор департамента Владимир Ермаков.",
     "CONSULT", ("IND", "RUS", frozenset({"Pavanya Rao Ganapati", "Vladimir Yermakov"}))),
]

# The meeting's account runs on through sentences that name its delegations or have the
# sides as subject; an outcome told just after them by "they", «Договорились …» (a plural
# verb with no subject) or "Sie vereinbarten" is the act of the officials at the table.
OUTCOMES = [
    ("en", "Talks between India and Japan were held in Tokyo on Monday. The Indian delegation "
     "was led by Joint Secretary (East Asia) Gourangalal Das. The two sides reviewed maritime "
     "cooperation. They agreed to hold the next round in New Delhi.",
     "AGREE", ("IND+JPN", "", frozenset({"Gourangalal Das"}))),
    ("ru", "В Москве 13 марта состоялись российско-индийские консультации по вопросам "
     "безопасности. Делегацию Индии возглавил секретарь Павани Рао Ганапати. Российскую "
     "делегацию возглавил заместитель Министра иностранных дел Сергей Рябков. Стороны обсудили "
     "ситуацию в Афганистане. Была отмечена близость позиций. Договорились провести следующий "
     "раунд консультаций в Дели.",
     "AGREE", ("IND+RUS", "", frozenset({"Pavanya Rao Ganapati", "Sergei Ryabkov"}))),
    ("de", "In Berlin fanden am Montag deutsch-japanische Konsultationen statt. Die japanische "
     "Delegation wurde von Generaldirektor Kenji Kanasugi geleitet. Die deutsche Delegation "
     "leitete Staatssekretär Thomas Bagger. Beide Seiten sprachen über Cybersicherheit. Die "
     "Lage in Ostasien war ebenfalls Thema. Sie vereinbarten, die Konsultationen im nächsten "
     "Jahr in Tokio fortzusetzen.",
     "AGREE", ("DEU+JPN", "", frozenset({"Kenji Kanasugi", "Thomas Bagger"}))),
]


@pytest.mark.parametrize(("language", "text", "event_type", "expected"),
                         HEADLINES + HEADS + OUTCOMES)
def test_sides_across(extractor: Extractor, language: str, text: str, event_type: str,
                      expected: Coded) -> None:
    assert coded(extractor, text, event_type, language) == expected
