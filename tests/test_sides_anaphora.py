"""Sides named in another sentence (issue 13): IGO members carried to the outcomes of
their meeting, pronouns across sentences and paragraphs, bodies named without their state,
periphrastic titles, and "the sides" as the subject of an outcome.

Hand-written wire sentences in German, English and Russian, each with the exact actor and
recipient codes and persons (name, title, state) of one coded event.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2023-03-14"
MFA = "Minister of Foreign Affairs"
Coded = tuple[str, str, frozenset[tuple[str, str | None, str | None]]]


def coded(extractor: Extractor, text: str, event_type: str, index: int) -> Coded:
    """Actor codes, recipient codes and persons of the ``index``-th event of ``event_type``."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED)])))
    event = [e for e in doc.events if e.event_type == event_type][index]
    return ("+".join(sorted({a.code for a in event.actors if a.code})),
            "+".join(sorted({a.code for a in event.recipients if a.code})),
            frozenset((a.name, a.role, a.country) for a in (*event.actors, *event.recipients)
                      if a.kind == "person"))


# An outcome that names only the IGO (or "the participants") is the act of the IGO and the
# states the report names at its meeting (spec: an IGO meeting's participants).
MEMBERS = [
    ("The foreign ministers of ASEAN met in Jakarta on Monday with the participation of "
     "Indonesia, Malaysia and Thailand. ASEAN adopted a joint statement on maritime security.",
     "SUPPORT", 0, ("ASEAN+IDN+MYS+THA", "", frozenset())),
    ("ASEAN foreign ministers met in Jakarta on Monday. The meeting was attended by the "
     "foreign ministers of Indonesia, Malaysia and Thailand. The participants adopted a joint "
     "communique.",
     "SUPPORT", 0, ("ASEAN+IDN+MYS+THA", "", frozenset())),
    ("Die Außenminister der OVKS trafen sich am Montag in Minsk unter Teilnahme von Russland, "
     "Belarus, Kasachstan und Armenien. Die OVKS verabschiedete eine gemeinsame Erklärung.",
     "SUPPORT", 0, ("ARM+BLR+CSTO+KAZ+RUS", "", frozenset())),
    ("Die Außenminister der OVKS kamen am Montag in Minsk zusammen. Teilnehmer waren die "
     "Außenminister Russlands, Kasachstans und Armeniens. Die OVKS verabschiedete eine "
     "gemeinsame Erklärung.",
     "SUPPORT", 0, ("ARM+CSTO+KAZ+RUS", "", frozenset())),
    ("В понедельник в Минске состоялось заседание Совета министров иностранных дел ОДКБ с "
     "участием России, Белоруссии, Казахстана и Армении. ОДКБ приняла совместное заявление.",
     "SUPPORT", 0, ("ARM+BLR+CSTO+KAZ+RUS", "", frozenset())),
    ("В понедельник в Минске состоялось заседание СМИД ОДКБ. В заседании приняли участие "
     "министры иностранных дел России, Казахстана и Армении. Участники приняли совместное "
     "заявление.",
     "SUPPORT", 0, ("ARM+CSTO+KAZ+RUS", "", frozenset())),
]


@pytest.mark.parametrize(("text", "event_type", "index", "expected"), MEMBERS)
def test_igo_members_carried_to_outcomes(extractor: Extractor, text: str, event_type: str,
                                         index: int, expected: Coded) -> None:
    assert coded(extractor, text, event_type, index) == expected
