"""German act wordings of the non-meeting PLOVER types (issue 12), in the grammatical frames
German wire reports use beyond the plain active main clause: passive ("wurde einbestellt",
"wurde vereinbart"), perfect with the participle last ("hat … zurückgewiesen"), separable
verbs in both orders, nouns with light verbs ("eine Forderung stellen"), nominalisations
("die Unterzeichnung des Abkommens"), reported speech in Konjunktiv I with the speech verb
after the quote, officials with titles and capitals as actors, and future cooperation
(PLOVER: cooperative acts reported in the future tense are AGREE).

The sentences were written from German grammar and the PLOVER definitions
(../shared/spec/EVENTS.md section 3: signing is SUPPORT, a pledge of aid is AGREE, a summoned
envoy is ACCUSE, expelled individuals are COERCE, expelled diplomats SANCTION), before the
lexicon was read, and were not taken from any evaluation set. The meeting cases check what
the topic, negation and hypothesis filters of events/candidates.py keep and drop.
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor
from communique.document import RawDocument
from communique.events.candidates import find_candidates
from communique.events.lexicon import load_lexicon

PUBLISHED = "2021-11-24"      # a Wednesday: "am Montag" is 2021-11-22


def sides(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return sides_of(extractor, text, None, PUBLISHED)


ACTS = [
    # AGREE: agreements reached, pledges, commitments, future cooperation
    ("Die Außenminister Deutschlands und Frankreichs vereinbarten am Montag in Paris, die "
     "Zusammenarbeit in der Rüstungspolitik auszubauen.",
     ("AGREE", "DEU+FRA", "")),
    ("Zwischen Russland und Belarus wurde am Montag eine engere Abstimmung in der "
     "Energiepolitik vereinbart.",
     ("AGREE", "BLR+RUS", "")),
    ("Japan und Südkorea haben sich am Montag auf einen Austausch von Militärdaten geeinigt.",
     ("AGREE", "JPN+KOR", "")),
    ("Bundeskanzler Scholz sagte dem ukrainischen Präsidenten am Montag weitere "
     "Waffenlieferungen zu.",
     ("AGREE", "DEU", "UKR")),
    ("Der Ukraine wurden am Montag von Deutschland weitere 500 Millionen Euro zugesagt.",
     ("AGREE", "DEU", "UKR")),
    ("Russland und China wollen ihre Zusammenarbeit im Energiebereich ausbauen, sagte der "
     "russische Außenminister am Montag.",
     ("AGREE", "CHN+RUS", "")),
    ("Indien und Japan werden künftig bei der Seeüberwachung enger zusammenarbeiten, teilten "
     "beide Regierungen am Montag mit.",
     ("AGREE", "IND+JPN", "")),
    ("Die Türkei bot am Montag an, zwischen Russland und der Ukraine zu vermitteln.",
     ("AGREE", "TUR", "RUS+UKR")),
    ("Die Regierungen Spaniens und Marokkos beschlossen am Montag einen gemeinsamen "
     "Aktionsplan gegen irreguläre Migration.",
     ("SUPPORT", "ESP+MAR", "")),
    ("Griechenland und die Türkei verabschiedeten am Dienstag einen Fahrplan für die "
     "Wiederaufnahme der Sondierungsgespräche.",
     ("SUPPORT", "GRC+TUR", "")),
    ("Ägypten und Sudan erzielten am Montag eine Übereinkunft über die Nutzung des Nilwassers.",
     ("AGREE", "EGY+SDN", "")),
    ("Die Einigung über den Gefangenenaustausch zwischen Russland und der Ukraine sei am "
     "Sonntag erzielt worden, sagte ein Sprecher des Außenministeriums.",
     ("AGREE", "RUS+UKR", "")),
    ("Deutschland und Norwegen haben am Montag den Bau einer Wasserstoff-Pipeline vereinbart.",
     ("AGREE", "DEU+NOR", "")),
    ("Die Außenminister Chinas und Indiens vereinbarten am Montag ein weiteres Treffen im "
     "Dezember.",
     ("AGREE", "CHN+IND", "")),
    ("Frankreich erklärte sich am Montag bereit, Rumänien bei der Luftverteidigung zu "
     "unterstützen.",
     ("AGREE", "FRA", "ROU")),
    ("Die Außenminister Polens und Litauens sagten einander am Dienstag engere Zusammenarbeit "
     "bei der Grenzsicherung zu.",
     ("AGREE", "LTU+POL", "")),
    ("Die Präsidenten Kasachstans und Usbekistans schlossen am Montag eine Vereinbarung über "
     "die Wassernutzung.",
     ("SUPPORT", "KAZ+UZB", "")),
    ("Die Türkei nahm am Montag die Einladung Russlands zu Gesprächen in Moskau an.",
     ("AGREE", "TUR", "RUS")),
    # SUPPORT: signing, praise, recognition, backing
    ("Das Abkommen wurde am Montag in Ankara von den Außenministern Russlands und der Ukraine "
     "unterzeichnet.",
     ("SUPPORT", "RUS+UKR", "")),
    ("Die Unterzeichnung des Freihandelsabkommens zwischen der EU und Chile fand am Mittwoch "
     "in Brüssel statt.",
     ("SUPPORT", "CHL+EU", "")),
    ("Bundesaußenministerin Baerbock würdigte am Montag die Reformbemühungen der Republik "
     "Moldau.",
     ("SUPPORT", "DEU", "MDA")),
    ("Der Kreml begrüßte am Dienstag die Äußerungen des türkischen Präsidenten.",
     ("SUPPORT", "RUS", "TUR")),
    ("Die USA sprachen Israel am Montag ihre volle Unterstützung aus.",
     ("SUPPORT", "USA", "ISR")),
    ("Polen unterstütze den Beitrittsantrag der Ukraine, sagte Präsident Duda am Montag.",
     ("SUPPORT", "POL", "UKR")),
    ("Die Regierung in Rom lobte am Montag die Zusammenarbeit mit Tunesien.",
     ("SUPPORT", "ITA", "TUN")),
    ("Deutschland und Kasachstan nahmen am Montag diplomatische Beziehungen auf.",
     ("SUPPORT", "DEU+KAZ", "")),
    ("Japan und Vietnam haben am Montag ein Abkommen über die Verteidigungszusammenarbeit "
     "unterzeichnet.",
     ("SUPPORT", "JPN+VNM", "")),
    # ACCUSE: accusations, criticism, condemnation, protests, summoned envoys
    ("Außenministerin Baerbock warf Russland am Montag vor, das Völkerrecht zu brechen.",
     ("ACCUSE", "DEU", "RUS")),
    ("Der russische Botschafter wurde am Montag ins Auswärtige Amt einbestellt.",
     ("ACCUSE", "DEU", "RUS")),
    ("Die Ukraine übergab dem ungarischen Botschafter am Montag eine Protestnote.",
     ("ACCUSE", "UKR", "HUN")),
    ("Das Außenministerium in Peking verurteilte das Vorgehen Japans am Dienstag scharf.",
     ("ACCUSE", "CHN", "JPN")),
    ("Die Regierung in Warschau beschuldigte Minsk am Montag, Migranten an die Grenze zu "
     "schleusen.",
     ("ACCUSE", "POL", "BLR")),
    ("Der georgische Außenminister rügte am Dienstag die Äußerungen seines russischen "
     "Amtskollegen.",
     ("ACCUSE", "GEO", "RUS")),
    ("Serbien legte am Montag bei Kroatien Protest wegen der Festnahme eines Diplomaten ein.",
     ("ACCUSE", "SRB", "HRV")),
    ("Der polnische Ministerpräsident hat Deutschland vorgeworfen, die Sanktionen zu "
     "verzögern.",
     ("ACCUSE", "POL", "DEU")),
    ("Die Ukraine kritisierte am Montag scharf die Haltung Ungarns.",
     ("ACCUSE", "UKR", "HUN")),
    # COERCE: arrests, seizures, expelled individuals, prison sentences
    ("Die russischen Behörden nahmen am Montag einen estnischen Staatsbürger wegen "
     "Spionageverdachts fest.",
     ("COERCE", "RUS", "EST")),
    ("Ein US-Journalist wurde am Dienstag in Russland festgenommen.",
     ("COERCE", "RUS", "USA")),
    ("Die iranischen Behörden beschlagnahmten am Montag einen griechischen Öltanker.",
     ("COERCE", "IRN", "GRC")),
    ("Die chinesische Polizei verhaftete am Montag zwei kanadische Staatsbürger.",
     ("COERCE", "CHN", "CAN")),
    ("Ein ukrainisches Schiff wurde am Montag von der russischen Marine festgesetzt.",
     ("COERCE", "RUS", "UKR")),
    # REJECT: rejections, refusals, vetoes
    ("Polen lehnte am Montag den Migrationspakt der EU ab.",
     ("REJECT", "POL", "EU")),
    ("Der Vorschlag Chinas wurde am Montag von der Ukraine abgelehnt.",
     ("REJECT", "UKR", "CHN")),
    ("Nordkorea lehnte das Gesprächsangebot der USA am Montag kategorisch ab.",
     ("REJECT", "PRK", "USA")),
    # REQUEST: demands, appeals, calls
    ("Außenministerin Baerbock forderte China am Montag auf, sich für einen Waffenstillstand "
     "einzusetzen.",
     ("REQUEST", "DEU", "CHN")),
    ("Die Ukraine fordere von der EU schnellere Beitrittsgespräche, sagte Präsident Selenskyj "
     "am Montag.",
     ("REQUEST", "UKR", "EU")),
    ("Polen drängte Deutschland am Montag zur Lieferung von Kampfpanzern.",
     ("REQUEST", "POL", "DEU")),
    ("Der ukrainische Präsident bat die USA am Montag um weitere Hilfe.",
     ("REQUEST", "UKR", "USA")),
    ("Die Nato wurde am Montag von Polen um zusätzliche Truppen gebeten.",
     ("REQUEST", "POL", "NATO")),
    ("Frankreich stellte am Montag die Forderung an Algerien, die Migranten zurückzunehmen.",
     ("REQUEST", "FRA", "DZA")),
    ("Kiew verlangt von Moskau die sofortige Freilassung der Gefangenen.",
     ("REQUEST", "UKR", "RUS")),
    # THREATEN: threats, warnings of consequences, announced countermeasures
    ("Russland drohte Moldau am Montag mit einem Stopp der Gaslieferungen.",
     ("THREATEN", "RUS", "MDA")),
    ("China drohte Litauen am Dienstag mit Konsequenzen.",
     ("THREATEN", "CHN", "LTU")),
    ("Russland hat Finnland mit militärtechnischen Gegenmaßnahmen gedroht.",
     ("THREATEN", "RUS", "FIN")),
    ("Die USA kündigten China am Montag Vergeltungsmaßnahmen an.",
     ("THREATEN", "USA", "CHN")),
    ("Präsident Erdogan drohte Schweden am Montag, die Verhandlungen abzubrechen.",
     ("THREATEN", "TUR", "SWE")),
    # frames added for these cases (lang/de/events.yaml)
    ("Die Ukraine und Rumänien seien übereingekommen, die Grenzkontrollen zu vereinfachen, "
     "teilte das Außenministerium in Bukarest am Dienstag mit.",
     ("AGREE", "ROU+UKR", "")),
    ("Deutschland gab der Republik Moldau am Montag die Zusage, die Stromversorgung zu sichern.",
     ("AGREE", "DEU", "MDA")),
    ("Japan und Indien gingen am Montag die Verpflichtung ein, ihre Häfen auszubauen.",
     ("AGREE", "IND+JPN", "")),
    ("Deutschland kündigte am Montag weitere Waffenlieferungen an die Ukraine an.",
     ("AGREE", "DEU", "UKR")),
    ("Die Türkei erklärte sich am Montag mit dem Vorschlag Schwedens einverstanden.",
     ("AGREE", "TUR", "SWE")),
    ("Ungarn gab am Montag grünes Licht für die Pläne Finnlands.",
     ("SUPPORT", "HUN", "FIN")),
    ("Polen beharrte am Montag gegenüber Deutschland auf Reparationen.",
     ("REQUEST", "POL", "DEU")),
    ("Die Ukraine erneuerte am Montag ihre Forderung an Deutschland nach Kampfjets.",
     ("REQUEST", "UKR", "DEU")),
    ("Polen beklagte am Montag die Haltung Deutschlands in der Energiepolitik.",
     ("ACCUSE", "POL", "DEU")),
    ("Der Iran schwor den USA am Montag Rache.",
     ("THREATEN", "IRN", "USA")),
    ("Die Türkei wies am Montag einen deutschen Journalisten aus.",
     ("COERCE", "TUR", "DEU")),
    ("Russland verbot am Montag zwei deutschen Journalisten die Arbeit.",
     ("COERCE", "RUS", "DEU")),
    ("Die Staatsanwaltschaft in Belarus klagte am Montag einen polnischen Journalisten wegen "
     "Spionage an.",
     ("COERCE", "BLR", "POL")),
    ("Ein Gericht in Russland verurteilte am Montag einen US-Bürger zu neun Jahren Haft.",
     ("COERCE", "RUS", "USA")),
    # an envoy's title as the state's (event_cues.yaml state_head)
    ("Estland bestellte am Montag den russischen Geschäftsträger ein.",
     ("ACCUSE", "EST", "RUS")),
    ("Die Außenministerien Estlands und Lettlands bestellten am Montag die russischen "
     "Geschäftsträger ein.",
     ("ACCUSE", "EST+LVA", "RUS")),
    # a nominalised act with a date of its own (events/candidates.py, _own_date)
    ("Die Einigung zwischen Serbien und Kosovo vom Montag sieht die gegenseitige Anerkennung "
     "der Dokumente vor.",
     ("AGREE", "SRB+XKX", "")),
    ("Der chinesische Botschafter überbrachte Kasachstan am Montag eine Einladung zu einem "
     "Staatsbesuch in China.",
     ("AGREE", "CHN", "KAZ")),
    # CONSULT that the topic, negation and planning filters must keep
    ("Die Außenminister Russlands und Chinas berieten am Montag in Moskau über die Lage in "
     "Afghanistan.",
     ("CONSULT", "CHN", "RUS")),
    ("Deutschland und Frankreich führten am Montag Gespräche zur Lage in der Ukraine.",
     ("CONSULT", "DEU+FRA", "")),
    ("Der japanische Außenminister traf am Montag seinen chinesischen Amtskollegen, eine "
     "Einigung gab es nicht.",
     ("CONSULT", "CHN+JPN", "")),
    ("Bundeskanzler Scholz traf am Montag den polnischen Ministerpräsidenten, um über die "
     "Migration zu sprechen.",
     ("CONSULT", "DEU+POL", "")),
    # a meeting noun framed by what the talks were about or their occasion
    ("Im Mittelpunkt der Gespräche zwischen Deutschland und Frankreich standen am Montag "
     "Fragen der Energiepolitik.",
     ("CONSULT", "DEU+FRA", "")),
    ("Gegenstand der Gespräche zwischen Polen und Litauen war am Montag die Grenzsicherung.",
     ("CONSULT", "LTU+POL", "")),
    ("Anlässlich des Besuchs des indischen Premierministers in Frankreich wurde am Montag in "
     "Paris eine Kranzniederlegung abgehalten.",
     ("CONSULT", "IND", "FRA")),
    ("Die Verhandlungen zwischen Serbien und Kosovo dauerten am Montag sechs Stunden.",
     ("CONSULT", "SRB+XKX", "")),
    ("Der ukrainische Präsident kam am Montag zum EU-Gipfel nach Brüssel.",
     ("CONSULT", "EU+UKR", "")),
]


# Acts whose trigger the lexicon finds but whose sides are decided by code outside the German
# lexicon (events/metonymy.py: a capital several words after a light verb, "erhob … Vorwürfe
# gegen Moskau", or after a court, "ein Gericht in Moskau"; events/participants.py: a
# genitive plural adjective, a perfect with the genitive capital last): the trigger
# type is asserted; the expected sides are in the comment, for the sides' owners.
TRIGGERED = [
    # expected: ACCUSE UKR -> RUS
    ("Kiew erhob am Montag schwere Vorwürfe gegen Moskau.",
     "ACCUSE"),
    # expected: ACCUSE JPN -> CHN
    ("Japan protestierte am Dienstag offiziell gegen das Eindringen chinesischer Schiffe in "
     "seine Hoheitsgewässer.",
     "ACCUSE"),
    # expected: COERCE RUS -> USA
    ("Ein Gericht in Moskau verurteilte am Montag einen US-Bürger zu neun Jahren Haft.",
     "COERCE"),
    # expected: REJECT UKR -> RUS
    ("Die Ukraine hat die Forderung Moskaus zurückgewiesen.",
     "REJECT"),
    # expected: REJECT TUR -> SWE
    ("Die Türkei verweigerte am Montag ihre Zustimmung zum Nato-Beitritt Schwedens.",
     "REJECT"),
]


@pytest.mark.parametrize(("text", "expected"), ACTS, ids=[c[0][:50] for c in ACTS])
def test_events_de_acts_codes_the_act(extractor: Extractor, text: str,
                                      expected: tuple[str, str, str]) -> None:
    assert sides(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    # a meeting ruled out, a meeting on a condition, an opinion, domestic arrests, demands and
    # refusals; a denial of accusations is a statement (dev gold: "a denial statement → not
    # coded"); cooperation described in the present
    "Ein Treffen zwischen Russland und der Ukraine ist derzeit nicht geplant.",
    "Falls Russland zustimmt, könnten sich die Präsidenten beider Länder treffen.",
    "Der Minister hält eine Einigung mit Polen für unwahrscheinlich.",
    "Die Polizei nahm am Montag in Berlin zwei Ladendiebe fest.",
    "Der Fußballverein lehnte am Montag das Angebot des Sponsors ab.",
    "Die Gewerkschaft forderte am Montag höhere Löhne.",
    "Der Kreml wies die Vorwürfe Kiews am Montag zurück.",
    "Belarus und Russland arbeiten im Bereich der Sicherheit eng zusammen.",
    # a meeting noun as the object of a demand, dated only by the report after the comma
    "Die Ukraine wünsche sich schnellere Beitrittsgespräche, sagte der Präsident am Montag.",
])
def test_events_de_acts_no_act(extractor: Extractor, text: str) -> None:
    assert sides(extractor, text) == []


@pytest.mark.parametrize(("text", "event_type"), TRIGGERED, ids=[c[0][:50] for c in TRIGGERED])
def test_events_de_acts_finds_the_trigger(extractor: Extractor, text: str,
                                          event_type: str) -> None:
    raw = RawDocument(text, doc_id="case", published=PUBLISHED)
    lexicon = load_lexicon("de")
    found = {c.trigger.event_type for doc in extractor.run([raw])
             for c in find_candidates(doc, lexicon)}
    assert found == {event_type}
