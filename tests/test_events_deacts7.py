"""German wordings of the non-meeting acts (issue 12, branch deacts7): attacks attributed
("rechnete … zu", "führt … auf … zurück", "als Urheber benannt"), deeds imputed
("unterstellte"), the Swiss and Austrian summons ("vorgeladen"), organisations classed as
undesirable ("stufte … als unerwünscht ein"), requests with a zu-infinitive ("bat Rumänien,
… zu liefern") and the meeting they were made at, refusals as negated readiness ("nicht
bereit"), "sagte Nein", "zeigte sich ablehnend", criticism voiced ("äußerte sich kritisch"),
consequences announced ("es werde Konsequenzen geben"), and the German word order of
planned acts: a future auxiliary before a meeting noun with the frame's infinitive after it
("wird am Gipfel … teilnehmen"), a meeting object before a clause-final agreement verb ("haben
ein weiteres Treffen … vereinbart"), a talk an agreement was made in ("in einem Telefonat") and
a demonstrative that fronts a verb-second clause ("Das vereinbarten die Minister").

The blind set ``tests/data/probe/de_acts7.jsonl`` (32 German agency, wire, ministry and
embassy reports) was written before the coder was run on it; every sentence below is
hand-written, none taken from it. docs/events.md, "German wordings of the non-meeting acts".
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor
from communique.document import RawDocument
from communique.events.frames import load_frames

PUBLISHED = "2026-03-10"


def coded(extractor: Extractor, text: str) -> list[tuple[str, str | None, str, str, str]]:
    return acts_of(extractor, text, "de", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # an attack attributed to a state's service, a state named as its author
    ("Die niederländische Regierung hat den Hackerangriff auf das Parlament dem russischen "
     "Militärgeheimdienst zugerechnet.",
     [("ACCUSE", None, "NLD", "RUS", "occurred")]),
    ("Schweden hat Russland als Urheber der Störsender benannt.",
     [("ACCUSE", None, "SWE", "RUS", "occurred")]),
    # a deed imputed; troops placed under a command are no accusation
    ("Moskau unterstellte Tallinn, die russische Minderheit zu unterdrücken.",
     [("ACCUSE", None, "RUS", "EST", "occurred")]),
    ("Die Brigade wurde dem Kommando der Nato unterstellt.", []),
    # the Swiss and Austrian summons
    ("Die Schweiz hat den chinesischen Botschafter vorgeladen.",
     [("ACCUSE", None, "CHE", "CHN", "occurred")]),
    # an organisation classed as undesirable is banned
    ("Moskau stufte eine lettische Nichtregierungsorganisation als unerwünscht ein.",
     [("COERCE", "ban", "RUS", "LVA", "occurred")]),
    # a request with the zu-infinitive it asks for; greetings passed on ask for no act
    ("Moldau bat Rumänien am Montag, mehr Strom zu liefern.",
     [("REQUEST", None, "MDA", "ROU", "occurred")]),
    ("Lawrow bat den chinesischen Außenminister, Xi seine Grüße zu übermitteln.", []),
    # the call a request was made in is a meeting of its own, not what was asked
    ("Selenskyj bat Macron bei einem Telefonat am Montag, weitere Flugabwehrsysteme zu "
     "schicken.",
     [("CONSULT", "phone", "FRA+UKR", "", "occurred"),
      ("REQUEST", None, "UKR", "FRA", "occurred")]),
    # refusals: readiness negated, a no said, a dismissive stance
    ("Ungarn sei nicht bereit, dem Beitritt der Ukraine zuzustimmen, sagte Orbán.",
     [("REJECT", None, "HUN", "UKR", "occurred")]),
    ("Die Schweiz sagt Nein zu Waffenlieferungen an die Ukraine.",
     [("REJECT", None, "CHE", "UKR", "occurred")]),
    ("Österreich zeigte sich ablehnend gegenüber dem Vorschlag Italiens.",
     [("REJECT", None, "AUT", "ITA", "occurred")]),
    # the German verbal bracket of the future: the meeting is still to come
    ("Der kasachische Präsident wird am Gipfel der Schanghaier Organisation für "
     "Zusammenarbeit in Tianjin teilnehmen.",
     [("AGREE", None, "KAZ+SCO", "", "planned")]),
    ("Der kasachische Präsident hat am Gipfel der Schanghaier Organisation für "
     "Zusammenarbeit in Tianjin teilgenommen.",
     [("CONSULT", "multilateral", "KAZ+SCO", "", "occurred")]),
    # a meeting object before a clause-final agreement verb is the meeting agreed on; one
    # after "nach" is where the agreement was made
    ("Die Außenminister Serbiens und Ungarns haben ein weiteres Treffen in Budapest "
     "vereinbart.",
     [("AGREE", None, "HUN+SRB", "", "planned")]),
    ("Nach den Gesprächen haben die Außenminister Serbiens und Ungarns einen Ausbau des "
     "Handels vereinbart.",
     [("AGREE", None, "HUN+SRB", "", "occurred"), ("CONSULT", None, "HUN+SRB", "", "occurred")]),
    # a talk an agreement was made in was held
    ("Die Regierungschefs Spaniens und Portugals vereinbarten am Mittwoch in einem Telefonat "
     "eine engere Abstimmung.",
     [("AGREE", None, "ESP+PRT", "", "occurred"), ("CONSULT", "phone", "ESP+PRT", "", "occurred")]),
    # a fronted demonstrative before a finite verb; an article before a participle and its noun
    ("Das vereinbarten die Außenminister Polens und Litauens am Montag in Vilnius.",
     [("AGREE", None, "LTU+POL", "", "occurred")]),
    ("Die vereinbarten Zölle gelten ab Juli für Kanada und Mexiko.", []),
    # goods of any kind promised for the future; goods delivered, in the present or the past,
    # promise nothing
    ("Belarus wird Venezuela Traktoren und Lastwagen liefern.",
     [("AGREE", None, "BLR", "VEN", "planned")]),
    ("Belarus liefert Traktoren nach Venezuela.", []),
    ("Im vergangenen Jahr wurden Traktoren aus Belarus nach Venezuela geliefert.", []),
    # displeasure voiced at a capital's decision
    ("Warschau brachte sein Befremden über die Entscheidung Berlins zum Ausdruck.",
     [("ACCUSE", None, "POL", "DEU", "occurred")]),
    # a warrant a court decided on
    ("Ein Gericht in Kiew hat einen Haftbefehl gegen den russischen Verteidigungsminister "
     "beschlossen.",
     [("COERCE", "arrest", "UKR", "RUS", "occurred")]),
])
def test_german_act_wordings(extractor: Extractor, text: str,
                             expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "event_type"), [
    # wordings whose frame reports the act; their sides are the side resolver's (a recipient
    # after "auf" or "über", an impersonal "es")
    ("Die estnische Regierung führt den Cyberangriff auf Russland zurück.", "ACCUSE"),
    ("China äußerte sich kritisch über Japan.", "ACCUSE"),
    ("Das belarussische Außenministerium erklärte, für Polen werde es Konsequenzen geben.",
     "THREATEN"),
])
def test_frames_report_the_act(extractor: Extractor, text: str, event_type: str) -> None:
    documents = list(extractor.run(
        [RawDocument(text, doc_id="case", published=PUBLISHED, language="de")]))
    frames = load_frames("de")
    assert {frame.event_type for doc in documents for sentence in doc.sentences
            for frame, _, _ in frames.hits(sentence)} == {event_type}
