"""A meeting noun is an act only inside an eventive frame (issue 12). Three frames every
language has: a talk the sentence sets its statement in ("Im Gespräch mit …", «В беседе
с …»), a meeting counted ("It was the first meeting of …") and a meeting the sentence says
the purpose or origin of ("waren … gewidmet", "were devoted to", «была посвящена», "kam auf
Initiative … zustande"). A talk with the press is an interview (its criticism stays an
act), and "the first meeting in three years" names no date three years ahead.

Hand-written sentences, each with the exact events (type, status, actor codes, recipient
codes, date).
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

Coded = tuple[str, str, str, str, str | None]
PRECISION = {"day": len("YYYY-MM-DD"), "month": len("YYYY-MM"), "year": len("YYYY")}

CASES = [
    ("Im Gespräch mit dem georgischen Außenminister betonte der armenische Außenminister am "
     "Freitag die Bedeutung des Transitverkehrs.",
     [("CONSULT", "occurred", "ARM+GEO", "", "2024-05-10")]),
    ("In einem Telefonat mit seinem litauischen Amtskollegen sprach der lettische Präsident "
     "am Montag über die Sicherheit der Ostsee.",
     [("CONSULT", "occurred", "LTU+LVA", "", "2024-05-13")]),
    ("Es war das erste Treffen der Regierungschefs Indiens und Pakistans seit vier Jahren, "
     "hieß es am Dienstag.",
     [("CONSULT", "occurred", "IND+PAK", "", "2024-05")]),
    ("Im Gespräch mit der Zeitung kritisierte der ungarische Außenminister die Haltung "
     "Rumäniens.", [("ACCUSE", "occurred", "HUN", "ROU", "2024-05")]),
    # a meeting that only dates another act of its sentence is no act of its own
    ("Im Vorfeld der Tagung hat Ungarn der Regierung Griechenlands mangelnde Grenzsicherung "
     "vorgeworfen.", [("ACCUSE", "occurred", "HUN", "GRC", "2024-05")]),
    ("В преддверии саммита Венгрия обвинила Грецию в слабой охране границ.",
     [("ACCUSE", "occurred", "HUN", "GRC", "2024-05-15")]),
    ("По итогам состоявшихся накануне в Афинах переговоров министров иностранных дел Греции и "
     "Венгрии стороны договорились продолжить консультации.",
     [("CONSULT", "occurred", "HUN", "GRC", "2024-05-14"),
      ("AGREE", "planned", "GRC+HUN", "", None)]),
    ("This was the second meeting between the defence ministers of Greece and Turkey this "
     "year, officials said on Monday.",
     [("CONSULT", "occurred", "GRC+TUR", "", "2024")]),
    ("It was the first meeting of the foreign ministers of Chile and Argentina in five years.",
     [("CONSULT", "occurred", "ARG+CHL", "", "2024-05")]),
    # what a meeting was for or how it came about presupposes it was held
    ("Die Beratungen der Verteidigungsminister Schwedens und Finnlands waren der Ostsee "
     "gewidmet.", [("CONSULT", "occurred", "FIN+SWE", "", "2024-05")]),
    ("Das Treffen der Regierungschefs Spaniens und Portugals kam auf Initiative Lissabons "
     "zustande.", [("CONSULT", "occurred", "ESP+PRT", "", "2024-05")]),
    ("Das Telefonat der Außenminister Italiens und Tunesiens erfolgte auf Initiative der "
     "tunesischen Seite.", [("CONSULT", "occurred", "TUN", "ITA", "2024-05")]),
    # not any "erfolgte": the signing told again is the one signing
    ("Das Abkommen wurde am Montag von Italien und Tunesien unterzeichnet. Die Unterzeichnung "
     "erfolgte im Beisein des tunesischen Präsidenten.",
     [("SUPPORT", "occurred", "ITA+TUN", "", "2024-05-13")]),
    ("The consultations between Egypt and Jordan on Monday were devoted to water security.",
     [("CONSULT", "occurred", "EGY+JOR", "", "2024-05-13")]),
    ("Переговоры министров обороны Сербии и Венгрии были посвящены военному сотрудничеству.",
     [("CONSULT", "occurred", "HUN+SRB", "", "2024-05-15")]),
    ("В беседе с министром иностранных дел Армении в пятницу глава МИД Ирана подчеркнул "
     "значение транзита.",
     [("CONSULT", "occurred", "ARM+IRN", "", "2024-05-10")]),
    ("Это была первая встреча премьер-министров Индии и Пакистана за четыре года.",
     [("CONSULT", "occurred", "IND+PAK", "", "2024-05-15")]),
    ("В беседе с корреспондентом агентства министр иностранных дел Венгрии раскритиковал "
     "позицию Румынии.", [("ACCUSE", "occurred", "HUN", "ROU", "2024-05-15")]),
]


def events_of(extractor: Extractor, text: str) -> list[Coded]:
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published="2024-05-15")])))
    return [(e.event_type, e.status, "+".join(sorted({a.code for a in e.actors if a.code})),
             "+".join(sorted({a.code for a in e.recipients if a.code})),
             e.date.start[:PRECISION[e.date.precision]] if e.date and e.date.start else None)
            for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_talk_frames(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert events_of(extractor, text) == expected
