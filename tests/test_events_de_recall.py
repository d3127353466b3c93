"""German wordings of the non-meeting PLOVER categories that the lexicon lacked (issue 12;
probe set tests/data/probe/de_acts.jsonl). Each entry is a lemma and its frame from the
German dictionary, not a sentence of a set: the sentences here were written for these tests,
in other wordings than the set's, each with its exact coded event (type, mode, status,
actors, recipients, date, place; published 2021-11-24). The second list holds mentions of
the same words that are no act between states: domestic politics, courts, self-set aims.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from test_events_frames_de import coded

ACTS = [
    # REQUEST: a demand made of a named party, with the preposition "zu" in its object
    ("Berlin verlangte von Moskau konsularischen Zugang zu dem Festgenommenen.",
     [("REQUEST", None, "occurred", "DEU", "RUS", "2021-11", None)]),
    ("Paris forderte von Algier den Zugang zu den Archiven.",
     [("REQUEST", None, "occurred", "FRA", "DZA", "2021-11", None)]),
    # REQUEST: the Austrian "ansuchen um"
    ("Österreich suchte bei der EU um Unterstützung beim Grenzschutz an.",
     [("REQUEST", None, "occurred", "AUT", "EU", "2021-11", None)]),
    # AID: air defence and artillery delivered, compounds and plurals of the head noun
    ("Spanien hat der Ukraine zwei weitere Luftverteidigungssysteme geliefert.",
     [("AID", None, "occurred", "ESP", "UKR", "2021-11", None)]),
    ("Schweden übergab der Ukraine ein Flugabwehrsystem.",
     [("AID", None, "occurred", "SWE", "UKR", "2021-11", None)]),
    # THREATEN: a warning of sanctions, a deadline set, a threat with its means
    ("China warnte Japan vor Sanktionen gegen chinesische Firmen.",
     [("THREATEN", None, "occurred", "CHN", "JPN", "2021-11", None)]),
    ("Die USA setzten dem Iran eine Frist bis Ende Mai.",
     [("THREATEN", None, "occurred", "USA", "IRN", "2021-11", None)]),
    ("Nordkorea bedrohte Südkorea mit einem Atomschlag.",
     [("THREATEN", None, "occurred", "PRK", "KOR", "2021-11", None)]),
    # ACCUSE: an act called a hostile one, concern expressed, blame laid, a verbal attack
    ("Peking bezeichnete die Erklärung der G7 als Einmischung in die inneren Angelegenheiten "
     "Chinas.", [("ACCUSE", None, "occurred", "CHN", "G7", "2021-11", None)]),
    ("Die Bundesregierung drückte gegenüber Peking ihre Besorgnis über die Festnahmen aus.",
     [("ACCUSE", None, "occurred", "DEU", "CHN", "2021-11", None)]),
    ("Die USA gaben Russland die Schuld an der Eskalation.",
     [("ACCUSE", None, "occurred", "USA", "RUS", "2021-11", None)]),
    ("Die Bundesregierung hält Russland für den Angriff verantwortlich.",
     [("ACCUSE", None, "occurred", "DEU", "RUS", "2021-11", None)]),
    ("Die EU griff China wegen der Menschenrechtslage scharf an.",
     [("ACCUSE", None, "occurred", "EU", "CHN", "2021-11", None)]),
    # SUPPORT: sympathy expressed, backing assured (no promise of help: no AGREE), solidarity,
    # another's initiative joined
    ("Frankreich und Deutschland drückten Japan ihr Beileid aus.",
     [("SUPPORT", None, "occurred", "DEU+FRA", "JPN", "2021-11", None)]),
    ("Scholz sicherte der dänischen Regierungschefin die Rückendeckung Deutschlands zu.",
     [("SUPPORT", None, "occurred", "DEU", "DNK", "2021-11", None)]),
    ("Lettland zeigte sich solidarisch mit Litauen.",
     [("SUPPORT", None, "occurred", "LVA", "LTU", "2021-11", None)]),
    ("Polen schloss sich der Initiative Frankreichs an.",
     [("SUPPORT", None, "occurred", "POL", "FRA", "2021-11", None)]),
    # AGREE: aid decided for a party is pledged; a vow; a proposal taken up; an aim and an
    # intent declared by both sides; help assured stays a promise
    ("Die EU beschloss ein Hilfspaket für Moldau in Höhe von 1,8 Milliarden Euro.",
     [("AGREE", None, "occurred", "EU", "MDA", "2021-11", None)]),
    ("Japan und Indien gelobten eine engere Zusammenarbeit.",
     [("AGREE", None, "occurred", "IND+JPN", "", "2021-11", None)]),
    ("Der Iran ging auf den Vorschlag Russlands ein.",
     [("AGREE", None, "occurred", "IRN", "RUS", "2021-11", None)]),
    ("Russland und China streben eine Verdopplung ihres Handelsvolumens an.",
     [("AGREE", None, "occurred", "CHN+RUS", "", "2021-11", None)]),
    ("Japan und Südkorea erklärten ihre Absicht, ein Freihandelsabkommen zu schließen.",
     [("AGREE", None, "occurred", "JPN+KOR", "", "2021-11", None)]),
    # the Arctic is what the cooperation is about, not where it was agreed (a region is no
    # venue of an act other than a meeting, loc5)
    ("Norwegen und Dänemark bekennen sich zu einer engeren Zusammenarbeit in der Arktis.",
     [("AGREE", None, "occurred", "DNK+NOR", "", "2021-11", None)]),
    ("Russland hat dem Iran Unterstützung zugesichert.",
     [("AGREE", None, "occurred", "RUS", "IRN", "2021-11", None)]),
    # REJECT: a request turned away, a negative response, a release blocked
    ("Die Türkei wies die Forderung Schwedens ab.",
     [("REJECT", None, "occurred", "TUR", "SWE", "2021-11", None)]),
    ("Russland reagierte ablehnend auf den Vorschlag der OSZE.",
     [("REJECT", None, "occurred", "RUS", "OSCE", "2021-11", None)]),
    ("Ungarn blockierte die Freigabe der Militärhilfe für die Ukraine.",
     [("REJECT", None, "occurred", "HUN", "UKR", "2021-11", None)]),
    # COERCE: foreigners held
    ("Die iranischen Behörden halten seit Monaten zwei französische Staatsbürger fest.",
     [("COERCE", "arrest", "occurred", "IRN", "FRA", "2021-11", None)]),
    # second round: sanctions held out, a treaty left, a duty recalled, urging, a hostile act
    # named in speech, a protest against interference, aid raised, gratitude shown, a foreign
    # broadcaster's office shut
    ("Die EU stellte Belarus neue Sanktionen in Aussicht.",
     [("THREATEN", None, "occurred", "EU", "BLR", "2021-11", None)]),
    ("Die USA zogen sich aus dem Atomabkommen mit dem Iran zurück.",
     [("REJECT", None, "occurred", "USA", "IRN", "2021-11", None)]),
    ("Die Nato erinnerte Russland an seine Verpflichtungen aus dem INF-Vertrag.",
     [("REQUEST", None, "occurred", "NATO", "RUS", "2021-11", None)]),
    ("Die EU legte Serbien eine Annäherung an Kosovo ans Herz.",
     [("REQUEST", None, "occurred", "EU", "SRB+XKX", "2021-11", None)]),
    ("Moskau sprach von einer Provokation der Ukraine.",
     [("ACCUSE", None, "occurred", "RUS", "UKR", "2021-11", None)]),
    ("China verwahrte sich gegen die Einmischung der USA.",
     [("ACCUSE", None, "occurred", "CHN", "USA", "2021-11", None)]),
    ("Deutschland stockte die humanitäre Hilfe für Jordanien auf.",
     [("AGREE", None, "occurred", "DEU", "JOR", "2021-11", None)]),
    ("Japan hat seine Finanzhilfe für die Ukraine verdoppelt.",
     [("AGREE", None, "occurred", "JPN", "UKR", "2021-11", None)]),
    ("Der ukrainische Präsident zeigte sich Deutschland dankbar für die Hilfe.",
     [("SUPPORT", None, "occurred", "UKR", "DEU", "2021-11", None)]),
    ("Russland schloss das Korrespondentenbüro der Deutschen Welle in Moskau.",
     [("COERCE", None, "occurred", "RUS", "DEU", "2021-11", "Moscow")]),
    # third round: "gelobte" (simplemma's lemma "gelobt"), a plan agreed, a meeting's date fixed
    # (planned), cooperation carried on (future: AGREE) or resumed
    ("Der Iran gelobte Rache an Israel.",
     [("THREATEN", None, "occurred", "IRN", "ISR", "2021-11", None)]),
    ("Japan und die Philippinen gelobten eine engere Zusammenarbeit.",
     [("AGREE", None, "occurred", "JPN+PHL", "", "2021-11", None)]),
    ("Deutschland und Frankreich stimmten einen gemeinsamen Aktionsplan ab.",
     [("AGREE", None, "occurred", "DEU+FRA", "", "2021-11", None)]),
    ("Russland und Belarus legten den Termin des nächsten Gipfels fest.",
     [("AGREE", None, "planned", "BLR+RUS", "", None, None)]),
    ("China und Japan wollen ihre Zusammenarbeit im Umweltschutz fortsetzen.",
     [("AGREE", None, "planned", "CHN+JPN", "", None, None)]),
    ("Die Türkei und Armenien nahmen die Zusammenarbeit wieder auf.",
     [("SUPPORT", None, "occurred", "ARM+TUR", "", "2021-11", None)]),
]

NO_ACTS = [
    "Die Gewerkschaft drückte ihre Besorgnis über die Pläne der Regierung aus.",
    "Der Bundestag beschloss ein Hilfspaket für die Landwirte.",
    "Ein Gericht wies die Klage des Unternehmens gegen die Bundesregierung ab.",
    "Die Bundesregierung sieht sich von Russland bedroht.",
    "Die Regierung hält an ihren Plänen fest.",
    "Die Kommission setzte sich eine Frist bis Ende Mai.",
    "Die Opposition griff die Regierung scharf an.",
    "Die SPD strebt eine Koalition mit den Grünen an.",
    "Die Taliban bekannten sich zu dem Anschlag in Kabul.",
    # a text one side seeks is no act yet (10kGNAD: "ein von Kiew angestrebtes Abkommen")
    "Die Bewohner sprachen sich gegen ein von Kiew angestrebtes Abkommen mit Moskau aus.",
    "Der Minister stellte das neue Sanktionspaket gegen Russland vor.",
    "Die Bundesregierung erhöhte die Hilfe für Kommunen.",
    "Die Regierung schloss das Büro in Hamburg.",
    "Die Abgeordneten stimmten über den Plan der Regierung ab.",
    "Die Lufthansa nahm den Flugverkehr nach Israel wieder auf.",
]

# a summit named as the occasion of a decision or of a text fixed is no planned meeting
OCCASIONS = [
    ("Die Nato-Staaten haben auf ihrem Gipfel in Vilnius eine engere Zusammenarbeit bei der "
     "Cyberabwehr beschlossen.",
     [("CONSULT", "multilateral", "occurred", "NATO", "", "2021-11", "Vilnius"),
      ("AGREE", None, "occurred", "NATO", "", "2021-11", "Vilnius")]),
    ("Russland und China legten auf ihrem Gipfel in Peking die Ziele der Zusammenarbeit fest.",
     [("CONSULT", "visit", "occurred", "RUS", "CHN", "2021-11", "Beijing")]),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_events_de_recall(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize("text", NO_ACTS)
def test_events_de_recall_no_act(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), OCCASIONS)
def test_events_de_recall_occasion_is_no_plan(extractor: Extractor, text: str,
                                              expected: list[tuple]) -> None:
    assert coded(extractor, text) == expected
