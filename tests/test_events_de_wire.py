"""German acts and places as German wires (dpa, APA, AFP, Reuters German, BelTA) report
them: one sentence per rule of lang/de/events.yaml and of the German locative
(lang/de/event_cues.yaml ``locative``), with the exact coded event (type, mode, status,
actors, recipients, date, place).

The sentences were written for these tests from German grammar, not taken from a gold
set; the place cases cover what the German locative puts between the preposition and the
name (an article, an adjective, a kind of place), a government's building for its city and
the two-city datelines of Austrian and German agencies.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from test_events_frames_de import coded

ACTS = [
    # REQUEST: auffordern, fordern von, appellieren an, bitten um, verlangen von, Forderung richten
    ("Berlin (dpa) - Die Bundesregierung hat Russland am Montag aufgefordert, den "
     "Truppenaufmarsch an der ukrainischen Grenze zu beenden.",
     ("REQUEST", None, "occurred", "DEU", "RUS", "2021-11-22", None)),
    ("Warschau (Reuters) - Der polnische Ministerpräsident forderte am Dienstag von Belarus die "
     "Freilassung der inhaftierten Journalisten.",
     ("REQUEST", None, "occurred", "POL", "BLR", "2021-11-23", None)),
    ("Kiew (AFP) - Die Ukraine appellierte am Mittwoch an die Nato, mehr Luftabwehrsysteme zu "
     "liefern.", ("REQUEST", None, "occurred", "UKR", "NATO", "2021-11-24", None)),
    ("Chisinau (dpa) - Die moldauische Präsidentin bat die Europäische Union am Montag um Hilfe "
     "bei der Energieversorgung.", ("REQUEST", None, "occurred", "MDA", "EU", "2021-11-22", None)),
    ("Ankara (Reuters) - Die Türkei verlangte am Dienstag von Schweden die Auslieferung von 30 "
     "Verdächtigen.", ("REQUEST", None, "occurred", "TUR", "SWE", "2021-11-23", None)),
    ("Tokio (dpa) - Japan richtete am Freitag eine Forderung nach Aufklärung an China.",
     ("REQUEST", None, "occurred", "JPN", "CHN", "2021-11-19", None)),
    # "insbesondere" right after the verb picks out the addressees; after a comma it
    # opens a topic (below, Afghanistan and Pakistan are what was discussed)
    ("New York (dpa) - Der UN-Generalsekretär forderte am Montag insbesondere die USA und "
     "Russland auf, ihren Einfluss geltend zu machen.",
     ("REQUEST", None, "occurred", "UN", "RUS+USA", "2021-11-22", None)),
    ("Die Außenminister Russlands und Indiens berieten am Montag über die Lage in der Region, "
     "insbesondere über Afghanistan und Pakistan.",
     ("CONSULT", None, "occurred", "IND+RUS", "", "2021-11-22", None)),
    # insisting on a release, demanding it: a demand, no release (RETREAT)
    ("Berlin (dpa) - Die Bundesregierung bestand am Montag gegenüber Russland auf der "
     "Freilassung des Journalisten.",
     ("REQUEST", None, "occurred", "DEU", "RUS", "2021-11-22", None)),
    ("Minsk (dpa) - Belarus forderte am Montag von Polen die Freilassung der festgenommenen "
     "Bürger.", ("REQUEST", None, "occurred", "BLR", "POL", "2021-11-22", None)),
    # the content of a demand is no act of its addressee
    ("Die EU-Kommission verlangt, dass Griechenland das Angebot der Eurogruppe annehmen soll.",
     ("REQUEST", None, "occurred", "EU", "GRC", "2021-11", None)),
    # AGREE: an offer or proposal accepted, consent
    ("Moskau (dpa) - Russland akzeptierte am Dienstag den Vorschlag Chinas für eine Waffenruhe.",
     ("AGREE", None, "occurred", "RUS", "CHN", "2021-11-23", None)),
    ("Moskau (dpa) - Russland willigte am Montag in einen Gefangenenaustausch mit der Ukraine "
     "ein.", ("AGREE", None, "occurred", "RUS", "UKR", "2021-11-22", None)),
    # accepting an offer to host talks is a planned meeting
    ("Kiew (AFP) - Die Ukraine nahm am Montag das Angebot der Türkei an, die Gespräche in "
     "Istanbul auszurichten.", ("AGREE", None, "planned", "UKR", "TUR", "2021-11-22",
                                "Istanbul")),
    # AGREE: sich einigen, vereinbaren, Einigung erzielen, zusagen, sich einig sein/werden
    ("Moskau (dpa) - Russland und die Türkei haben sich am Montag auf eine Waffenruhe in Idlib "
     "geeinigt.", ("AGREE", None, "occurred", "RUS+TUR", "", "2021-11-22", None)),
    ("Paris (AFP) - Deutschland und Frankreich vereinbarten am Dienstag eine engere "
     "Zusammenarbeit in der Rüstungspolitik.",
     ("AGREE", None, "occurred", "DEU+FRA", "", "2021-11-23", None)),
    ("Brüssel (Reuters) - Die Unterhändler der EU und Großbritanniens erzielten am Donnerstag "
     "eine Einigung über den Handel.", ("AGREE", None, "occurred", "EU+GBR", "", "2021-11-18",
                                         None)),
    ("Berlin (dpa) - Deutschland hat der Ukraine am Montag weitere Waffenlieferungen zugesagt.",
     ("AGREE", None, "occurred", "DEU", "UKR", "2021-11-22", None)),
    ("Moskau und Ankara sind sich über die Bedingungen für die Gaslieferungen einig.",
     ("AGREE", None, "occurred", "RUS+TUR", "", "2021-11", None)),
    ("Tokio (dpa) - Die EU und Japan wurden sich am Montag über ein Freihandelsabkommen einig.",
     ("AGREE", None, "occurred", "EU+JPN", "", "2021-11-22", None)),
    # signing an agreement is SUPPORT (EVENTS.md section 3)
    ("Die Außenminister Russlands und Chinas unterzeichneten am Montag in Moskau ein Abkommen "
     "über Zusammenarbeit.", ("SUPPORT", None, "occurred", "CHN+RUS", "", "2021-11-22", "Moscow")),
    # THREATEN: drohen mit, warnen vor Konsequenzen, Ultimatum stellen
    ("Moskau (dpa) - Russland drohte der Ukraine am Dienstag mit Konsequenzen.",
     ("THREATEN", None, "occurred", "RUS", "UKR", "2021-11-23", None)),
    ("Teheran (AFP) - Der iranische Außenminister warnte die USA am Montag vor Konsequenzen "
     "eines Angriffs.", ("THREATEN", None, "occurred", "IRN", "USA", "2021-11-22", None)),
    ("Washington (Reuters) - Die USA stellten dem Iran am Freitag ein Ultimatum.",
     ("THREATEN", None, "occurred", "USA", "IRN", "2021-11-19", None)),
    ("Seoul (dpa) - Nordkorea hat den USA am Montag mit einem Atomschlag gedroht.",
     ("THREATEN", None, "occurred", "PRK", "USA", "2021-11-22", None)),
    # COERCE: festnehmen; an expulsion is SANCTION, done at the expelling capital
    ("MINSK, 22. November (BelTA) - Die belarussischen Behörden haben am Montag einen polnischen "
     "Journalisten festgenommen.", ("COERCE", "arrest", "occurred", "BLR", "POL", "2021-11-22",
                                    None)),
    ("Moskau (dpa) - Russland wies am Dienstag zwei deutsche Diplomaten aus.",
     ("SANCTION", "expel", "occurred", "RUS", "DEU", "2021-11-23", "Moscow")),
    # a blockade of ports (COERCE)
    ("Moskau (dpa) - Russland blockierte am Dienstag die Häfen der Ukraine am Schwarzen Meer.",
     ("COERCE", None, "occurred", "RUS", "UKR", "2021-11-23", None)),
    # REJECT: ablehnen, zurückweisen, eine Absage erteilen
    ("Moskau (dpa) - Russland erteilte dem Vorschlag der Ukraine am Montag eine Absage.",
     ("REJECT", None, "occurred", "RUS", "UKR", "2021-11-22", None)),
    ("Moskau (dpa) - Russland lehnte am Montag den Vorschlag der Ukraine für eine Waffenruhe ab.",
     ("REJECT", None, "occurred", "RUS", "UKR", "2021-11-22", None)),
    ("Peking (dpa) - China hat die Forderung der USA nach Freilassung der Aktivisten am Montag "
     "zurückgewiesen.", ("REJECT", None, "occurred", "CHN", "USA", "2021-11-22", None)),
    # CONSULT: call, meeting, consultations as a noun with "endeten", a journey ("gereist")
    ("Paris (AFP) - Der französische Präsident und der chinesische Staatschef führten am Montag "
     "ein Telefongespräch.", ("CONSULT", "phone", "occurred", "CHN+FRA", "", "2021-11-22",
                               "virtual")),
    ("Berlin (dpa) - Außenministerin Baerbock kam am Dienstag in Berlin mit ihrem ukrainischen "
     "Amtskollegen Kuleba zusammen.",
     ("CONSULT", "visit", "occurred", "UKR", "DEU", "2021-11-23", "Berlin")),
    # a state "mit Blick auf" is what the talks concern, not a participant
    ("Die Außenminister Deutschlands und Polens berieten am Dienstag in Warschau mit Blick auf "
     "Russland über die Sicherheit in Europa.",
     ("CONSULT", "visit", "occurred", "DEU", "POL", "2021-11-23", "Warsaw")),
    ("Die Gespräche des belarussischen Außenministers mit seinem chinesischen Amtskollegen "
     "verliefen am Montag in einer konstruktiven Atmosphäre.",
     ("CONSULT", None, "occurred", "BLR+CHN", "", "2021-11-22", None)),
    ("Die in Minsk abgehaltenen Konsultationen der Außenministerien von Belarus und Russland "
     "endeten am Freitag.", ("CONSULT", "visit", "occurred", "RUS", "BLR", "2021-11-19", "Minsk")),
    ("Peking (dpa) - Der deutsche Außenminister ist am Montag nach Peking gereist.",
     ("CONSULT", "visit", "occurred", "DEU", "CHN", "2021-11-22", "Beijing")),
    ("Der ukrainische Präsident Selenskyj ist am Montag zu Gast in Warschau gewesen.",
     ("CONSULT", "visit", "occurred", "UKR", "POL", "2021-11-22", "Warsaw")),
    ("Der deutsche Außenminister war am Montag in Moskau zu Gesprächen mit seinem russischen "
     "Amtskollegen.", ("CONSULT", "visit", "occurred", "DEU", "RUS", "2021-11-22", "Moscow")),
    ("Die Außenminister Deutschlands und Frankreichs führten am Montag eine Videoschalte.",
     ("CONSULT", "phone", "occurred", "DEU+FRA", "", "2021-11-22", "virtual")),
    ("Bundeskanzler Scholz und Präsident Macron sprachen am Montag in einer Videoschalte über "
     "die Ukraine.", ("CONSULT", "phone", "occurred", "DEU+FRA", "", "2021-11-22", "virtual")),
    # readiness for talks is an offer of a meeting (AGREE planned), not talks held
    ("Russland ist nach Angaben des Kremls zu Gesprächen mit der Ukraine bereit.",
     ("AGREE", None, "planned", "RUS+UKR", "", None, None)),
    # a future journey is a planned visit (AGREE planned) to the state's capital
    ("Der russische Außenminister wird im Dezember zu einem Besuch nach Indien reisen.",
     ("AGREE", None, "planned", "RUS", "IND", "2021-12", "New Delhi")),
]

PLACES = [
    # a state with its article is a place, not a participant; a meeting there sat in its
    # capital (attributes.venue)
    ("Die Außenminister Russlands und der USA trafen sich am Montag in der Türkei.",
     ("CONSULT", None, "occurred", "RUS+USA", "", "2021-11-22", "Ankara")),
    ("Der chinesische Präsident Xi ist am Dienstag in den USA eingetroffen.",
     ("CONSULT", "visit", "occurred", "CHN", "USA", "2021-11-23", "Washington")),
    ("Der chinesische Präsident traf am Montag in den Vereinigten Arabischen Emiraten ein.",
     ("CONSULT", "visit", "occurred", "CHN", "ARE", "2021-11-22", "Abu Dhabi")),
    ("Der polnische Präsident hielt sich am Montag zu einem Besuch in der Ukraine auf.",
     ("CONSULT", "visit", "occurred", "POL", "UKR", "2021-11-22", "Kyiv")),
    # an attributive adjective between the preposition and the name
    ("Während seines Besuchs im benachbarten Polen traf der ukrainische Präsident am Montag den "
     "polnischen Präsidenten.", ("CONSULT", "visit", "occurred", "UKR", "POL", "2021-11-22",
                                 "Warsaw")),
    ("Lawrow und Wang Yi führten am Mittwoch im russischen Sotschi Gespräche.",
     ("CONSULT", "visit", "occurred", "CHN", "RUS", "2021-11-24", "Sochi")),
    # a noun for a kind of place
    ("Der russische Außenminister traf am Dienstag in der Stadt Sotschi seinen türkischen "
     "Amtskollegen.", ("CONSULT", "visit", "occurred", "TUR", "RUS", "2021-11-23", "Sochi")),
    # the capital rule keeps its adjective
    ("Der französische Präsident hat am Montag in der ägyptischen Hauptstadt Kairo den "
     "ägyptischen Präsidenten getroffen.",
     ("CONSULT", "visit", "occurred", "FRA", "EGY", "2021-11-22", "Cairo")),
    ("Die Außenminister Deutschlands und Frankreichs haben sich in der französischen Hauptstadt "
     "getroffen.", ("CONSULT", "visit", "occurred", "DEU", "FRA", "2021-11", "Paris")),
    # a journey's goal, the summit's city, the place of a meeting before a call
    # (the preterite: "reist am Montag" in a Wednesday's report is the coming Monday's
    # planned visit, tests/test_events_de_status.py)
    ("Der chinesische Außenminister reiste am Montag nach Berlin.",
     ("CONSULT", "visit", "occurred", "CHN", "DEU", "2021-11-22", "Berlin")),
    ("Am Rande des EU-Gipfels in Brüssel trafen sich Bundeskanzler Scholz und der polnische "
     "Ministerpräsident am Donnerstag.",
     ("CONSULT", None, "occurred", "DEU+POL", "", "2021-11-18", "Brussels")),
    ("Vor dem Treffen in Genf telefonierte der US-Außenminister am Sonntag mit dem russischen "
     "Außenminister Lawrow.", ("CONSULT", "phone", "occurred", "RUS+USA", "", "2021-11-21",
                               "virtual")),
    # a government's building stands for its city (locations.yaml ``seats``); the
    # host's ministry makes the meeting a visit to it
    ("Bundeskanzler Scholz hat am Montag den französischen Präsidenten Macron im Kanzleramt "
     "empfangen.", ("CONSULT", "visit", "occurred", "FRA", "DEU", "2021-11-22", "Berlin")),
    ("Der belarussische Präsident Lukaschenko hat am Dienstag im Palast der Unabhängigkeit den "
     "chinesischen Botschafter empfangen.",
     ("CONSULT", "visit", "occurred", "CHN", "BLR", "2021-11-23", "Minsk")),
    ("Das Treffen des russischen Außenministers Lawrow mit dem deutschen Außenminister Gabriel "
     "fand am Dienstag im Auswärtigen Amt statt.",
     ("CONSULT", "visit", "occurred", "RUS", "DEU", "2021-11-23", "Berlin")),
    ("Putin empfing am Montag im Kreml den chinesischen Außenminister Wang Yi.",
     ("CONSULT", "visit", "occurred", "CHN", "RUS", "2021-11-22", "Moscow")),
    ("US-Präsident Biden empfing am Freitag im Weißen Haus den deutschen Bundeskanzler Scholz.",
     ("CONSULT", "visit", "occurred", "DEU", "USA", "2021-11-19", "Washington")),
    ("Der chinesische Präsident Xi empfing den russischen Präsidenten am Montag in der Großen "
     "Halle des Volkes.", ("CONSULT", "visit", "occurred", "RUS", "CHN", "2021-11-22",
                           "Beijing")),
    # a city a visit verb takes as its object is the place, its state the host
    ("Der indische Außenminister besuchte am Montag Moskau.",
     ("CONSULT", "visit", "occurred", "IND", "RUS", "2021-11-22", "Moscow")),
    ("Der chinesische Außenminister hat am Montag Minsk besucht.",
     ("CONSULT", "visit", "occurred", "CHN", "BLR", "2021-11-22", "Minsk")),
    # a city after a preposition is where the visitor came from
    ("Der aus Minsk angereiste chinesische Außenminister besuchte am Montag Kiew.",
     ("CONSULT", "visit", "occurred", "CHN", "UKR", "2021-11-22", "Kyiv")),
    # datelines: the host's city of two, in either order; BelTA's
    ("Moskau/Kiew (APA/dpa) - Der russische Außenminister Lawrow hat am Dienstag seinen "
     "türkischen Amtskollegen empfangen.",
     ("CONSULT", "visit", "occurred", "TUR", "RUS", "2021-11-23", "Moscow")),
    ("Kiew/Moskau (dpa) - Der russische Außenminister Lawrow hat am Dienstag seinen türkischen "
     "Amtskollegen empfangen.", ("CONSULT", "visit", "occurred", "TUR", "RUS", "2021-11-23",
                                 "Moscow")),
    ("MINSK, 23. November (BelTA) - Der belarussische Präsident Lukaschenko hat am Dienstag den "
     "chinesischen Botschafter empfangen.",
     ("CONSULT", "visit", "occurred", "CHN", "BLR", "2021-11-23", "Minsk")),
]


@pytest.mark.parametrize(("text", "expected"), ACTS + PLACES,
                         ids=[c[0][:50] for c in ACTS + PLACES])
def test_events_de_wire_codes_the_act_and_its_place(extractor: Extractor, text: str,
                                                    expected: tuple) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    # the way home is no visit; a disagreement no agreement
    "Der litauische Regierungschef reiste am Montag aus Warschau ab.",
    "Die EU und Japan wurden sich am Montag nicht über ein Freihandelsabkommen einig.",
    "Touristen reisen im Sommer nach Italien.",
])
def test_events_de_wire_no_act(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []
