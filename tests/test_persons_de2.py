"""German officials of an act (issue 13, fifth round): the failures of the German blind set.

Hand-written wire sentences, each with the exact persons (name, title, state) and codes of
one coded event: a place NER reads as a person ("im Hafen von Havanna"), a long title whose
unlisted rest ends in its state ("Minister für Außenwirtschaft und auswärtige
Angelegenheiten Ungarns Péter Szijjártó"), a title naming no state after a sentence that
names the body it speaks for ("… äußerte sich das chinesische Außenministerium. Sprecher
Lin Jian sagte …"), the official who reports an act of his state in its sentence ("X sagte,
China werde Kuba unterstützen") or in the next one's attribution ("…, wie Außenministerin X
mitteilte"), "die Minister" / "beide Minister" for the officials named
before, a headline's initials for the full name, the counterpart named after the meeting.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

MFA = "Minister of Foreign Affairs"
Person = tuple[str, str | None, str | None]


def persons_and_codes(extractor: Extractor, text: str,
                      event_type: str) -> tuple[set[Person], set[str]]:
    """The persons (name, role, state) and the codes of the first event of ``event_type``."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published="2023-03-14")])))
    event = next(e for e in doc.events if e.event_type == event_type)
    parties = (*event.actors, *event.recipients)
    return ({(a.name, a.role, a.country) for a in parties if a.kind == "person"},
            {a.code for a in parties if a.code})


PLACES = [
    ("HAVANNA, 14. März (Xinhua) -- China hat Kuba am Mittwoch Reis als humanitäre Hilfe "
     "übergeben. Die Ladung traf im Hafen von Havanna ein. Der chinesische Botschafter in Kuba, "
     "Hua Xin, sagte bei der Übergabe, China werde Kuba auch künftig unterstützen.",
     "AGREE", {("Hua Xin", "Ambassador", "CHN")}, {"CHN", "CUB"}),
    ("Der russische Außenminister Sergej Lawrow ist am Montag in Ankara mit seinem türkischen "
     "Amtskollegen Hakan Fidan zusammengetroffen. Die Gespräche fanden in Ankara statt.",
     "CONSULT", {("Sergey Lavrov", MFA, "RUS"), ("Hakan Fidan", MFA, "TUR")}, {"RUS", "TUR"}),
    ("Die Präsidenten Kasachstans und Usbekistans haben am Dienstag in Taschkent Gespräche "
     "geführt. Die Gäste wurden am Flughafen von Taschkent empfangen.",
     "CONSULT", set(), {"KAZ", "UZB"}),
    ("Der ägyptische Außenminister Sameh Schukri ist am Sonntag in Kairo mit seinem "
     "jordanischen Amtskollegen Aiman al-Safadi zusammengetroffen. Die Gespräche in Kairo "
     "dauerten drei Stunden.",
     "CONSULT", {("Sameh Schukri", MFA, "EGY"), ("Aiman al-Safadi", MFA, "JOR")},
     {"EGY", "JOR"}),
    ("Der kubanische Außenminister Bruno Rodríguez hat am Dienstag in Havanna den Botschafter "
     "Vietnams empfangen. In Havanna wurde ein Abkommen über Reislieferungen unterzeichnet.",
     "CONSULT", {("Bruno Rodríguez Parrilla", MFA, "CUB")}, {"CUB", "VNM"}),
    ("Die serbische Regierungschefin Ana Brnabić hat am Freitag in Belgrad den ungarischen "
     "Außenminister Péter Szijjártó empfangen. Belgrad und Budapest wollen ihre "
     "Zusammenarbeit ausbauen.",
     "CONSULT", {("Ana Brnabić", "Prime Minister", "SRB"), ("Péter Szijjártó", MFA, "HUN")},
     {"HUN", "SRB"}),
    ("Die Stadt Wien war am Dienstag Gastgeber der Gespräche. Der österreichische Außenminister "
     "Alexander Schallenberg traf in Wien den serbischen Außenminister Ivica Dačić.",
     "CONSULT", {("Alexander Schallenberg", MFA, "AUT"), ("Ivica Dačić", MFA, "SRB")},
     {"AUT", "SRB"}),
]

LONG_TITLES = [
    ("Am Mittwoch telefonierte der Außenminister Russlands Sergej Lawrow mit dem Minister für "
     "Außenwirtschaft und auswärtige Angelegenheiten Ungarns Péter Szijjártó.",
     "CONSULT", {("Sergey Lavrov", MFA, "RUS"), ("Péter Szijjártó", "Minister", "HUN")},
     {"HUN", "RUS"}),
    ("Die Ministerin für Außenhandel und Entwicklung Schwedens Johanna Forssell hat am Freitag "
     "in Stockholm den kenianischen Handelsminister Moses Kuria empfangen.",
     "CONSULT", {("Johanna Forssell", "Minister", "SWE"),
                 ("Moses Kuria", "Minister of Trade", "KEN")},
     {"KEN", "SWE"}),
    ("Am Donnerstag führte der Minister für Außenhandel und Entwicklungszusammenarbeit der "
     "Niederlande Geoffrey van Leeuwen Gespräche mit dem indonesischen Handelsminister "
     "Zulkifli Hasan.",
     "CONSULT", {("Geoffrey van Leeuwen", "Minister", "NLD"),
                 ("Zulkifli Hasan", "Minister of Trade", "IDN")},
     {"IDN", "NLD"}),
    ("Der Staatssekretär für Auswärtige Angelegenheiten Portugals Francisco André traf am "
     "Montag in Lissabon den Botschafter Angolas Carlos Alberto Fonseca.",
     "CONSULT", {("Francisco André", "Secretary of State for External Affairs", "PRT"),
                 ("Carlos Alberto Fonseca", "Ambassador", "AGO")}, {"AGO", "PRT"}),
    # the object of the tail word is no state of the title
    ("Der US-Sonderbeauftragte für die Ukraine Kurt Volker hat am Montag in Kiew Gespräche mit "
     "Präsident Petro Poroschenko geführt.",
     "CONSULT", {("Kurt Volker", "Special Representative", "USA"),
                 ("Petro Poroshenko", "President", "UKR")}, {"UKR", "USA"}),
    # a headline's initials name the person the text names in full
    ("Zum Telefongespräch des Außenministers S.W. Lawrow mit dem Minister für auswärtige "
     "Angelegenheiten Ungarns P. Szijjártó\nAm 11. Juni fand ein Telefongespräch zwischen dem "
     "russischen Außenminister Sergej Lawrow und dem ungarischen Außenminister Péter Szijjártó "
     "statt. Szijjártó dankte für das Gespräch.",
     "CONSULT", {("Sergey Lavrov", MFA, "RUS"), ("Péter Szijjártó", MFA, "HUN")},
     {"HUN", "RUS"}),
]

BODY_BEFORE = [
    ("Am Dienstag äußerte sich das chinesische Außenministerium. Sprecher Lin Jian sagte in "
     "Peking, China fordere Japan auf, keine Spannungen zu schüren.",
     "REQUEST", {("Lin Jian", "Spokesperson", "CHN")}, {"CHN", "JPN"}),
    ("Das iranische Außenministerium hat am Sonntag reagiert. Sprecher Nasser Kanaani "
     "verurteilte die neuen Sanktionen der Europäischen Union.",
     "ACCUSE", {("Nasser Kanaani", "Spokesperson", "IRN")}, {"EU", "IRN"}),
    ("Das türkische Außenministerium hat am Dienstag Stellung genommen. Sprecher Öncü Keçeli "
     "sagte, die Türkei unterstütze die territoriale Integrität der Ukraine.",
     "SUPPORT", {("Öncü Keçeli", "Spokesperson", "TUR")}, {"TUR", "UKR"}),
    ("Das belarussische Außenministerium teilte am Montag mit, man habe den Vorfall geprüft. "
     "Sprecher Ruslan Warankow sagte, Belarus verurteile die Schließung des Grenzübergangs "
     "durch Litauen.",
     "ACCUSE", {("Ruslan Varankov", "Spokesperson", "BLR")}, {"BLR", "LTU"}),
    ("Am Montag reagierte das russische Außenministerium. Sprecherin Maria Sacharowa sagte, "
     "Moskau verurteile die Ausweisung der Diplomaten durch Polen.",
     "ACCUSE", {("Maria Zakharova", "Spokesperson", "RUS")}, {"POL", "RUS"}),
    ("Das russische Außenministerium äußerte sich am Donnerstag. Vizeminister Sergej Rjabkow "
     "sagte, Russland lehne die Forderungen der USA ab.",
     "REJECT", {("Sergei Ryabkov", "Deputy Minister", "RUS")}, {"RUS", "USA"}),
]

REPORTERS = [
    ("Der Botschafter Chinas in Kuba, Hua Xin, sagte am Mittwoch, China werde Kuba weiterhin "
     "unterstützen.",
     "AGREE", {("Hua Xin", "Ambassador", "CHN")}, {"CHN", "CUB"}),
    ("ROM, 3. Mai (dpa) - Italien und Tunesien haben am Mittwoch in Rom ein Abkommen über "
     "Migration unterzeichnet. Die Zeremonie fand im Palazzo Chigi in Rom statt. Die "
     "italienische Ministerpräsidentin Giorgia Meloni sagte, Italien werde Tunesien weiter "
     "unterstützen.",
     "AGREE", {("Giorgia Meloni", "Prime Minister", "ITA")}, {"ITA", "TUN"}),
    ("Der polnische Außenminister Radosław Sikorski erklärte am Dienstag, Polen verurteile die "
     "Sabotageakte Russlands.",
     "ACCUSE", {("Radosław Sikorski", MFA, "POL")}, {"POL", "RUS"}),
    ("Der ungarische Außenminister Péter Szijjártó sagte am Freitag in Budapest, Ungarn lehne "
     "neue Sanktionen gegen Russland ab.",
     "REJECT", {("Péter Szijjártó", MFA, "HUN")}, {"HUN", "RUS"}),
    ("Kremlsprecher Dmitri Peskow sagte am Montag, Russland verurteile die Entscheidung "
     "Deutschlands.",
     "ACCUSE", {("Dmitry Peskov", "Press Secretary of the President", "RUS")}, {"DEU", "RUS"}),
    ("Die Sprecherin des chinesischen Außenministeriums Mao Ning sagte am Montag, China "
     "unterstütze die Friedensbemühungen Brasiliens.",
     "SUPPORT", {("Mao Ning", "Spokesperson of the Ministry of Foreign Affairs", "CHN")},
     {"BRA", "CHN"}),
    ("Der iranische Außenminister Abbas Araghtschi sagte am Sonntag in Teheran, Iran verurteile "
     "die Angriffe Israels.",
     "ACCUSE", {("Abbas Araghchi", MFA, "IRN")}, {"IRN", "ISR"}),
]

REPORTERS_AFTER = [
    ("Die Bundesregierung hat 40 russische Diplomaten zu unerwünschten Personen erklärt. Die "
     "Botschaftsangehörigen müssen Deutschland binnen fünf Tagen verlassen, wie "
     "Außenministerin Annalena Baerbock am Montag in Berlin mitteilte.",
     "SANCTION", {("Annalena Baerbock", MFA, "DEU")}, {"DEU", "RUS"}),
    ("Russland und China haben am Montag in Moskau Konsultationen abgehalten. Die Gespräche "
     "seien konstruktiv gewesen, sagte der chinesische Vizeaußenminister Ma Zhaoxu.",
     "CONSULT", {("Ma Zhaoxu", "Deputy Minister of Foreign Affairs", "CHN")}, {"CHN", "RUS"}),
    # a statement the next sentence opens with is no report of the act
    ("Die EU hat neue Sanktionen gegen Iran verhängt. Josep Borrell erklärte: „Wir handeln "
     "entschlossen.“",
     "SANCTION", set(), {"EU", "IRN"}),
]

NAMED_BEFORE = [
    ("Der belarussische Außenminister Maxim Ryschenkow ist am Dienstag in Hanoi mit dem "
     "vietnamesischen Außenminister Bui Thanh Son zusammengetroffen. Die Minister vereinbarten, "
     "die Zusammenarbeit im Handel auszubauen.",
     "AGREE", {("Maxim Ryzhenkov", MFA, "BLR"), ("Bui Thanh Son", MFA, "VNM")},
     {"BLR", "VNM"}),
    ("Die Außenminister Armeniens und Aserbaidschans, Ararat Mirsojan und Jeyhun Bayramov, "
     "kamen am Freitag in Almaty zu Gesprächen zusammen. Am Samstag wurden beide Minister von "
     "Präsident Kassym-Schomart Tokajew empfangen.",
     "CONSULT", {("Ararat Mirzoyan", MFA, "ARM"), ("Jeyhun Bayramov", MFA, "AZE")},
     {"ARM", "AZE"}),
    ("Der russische Außenminister Sergej Lawrow hat am Montag in Moskau Gespräche mit Ungarn "
     "geführt. Sein ungarischer Amtskollege Péter Szijjártó betonte die Bedeutung der "
     "Energiezusammenarbeit.",
     "CONSULT", {("Sergey Lavrov", MFA, "RUS"), ("Péter Szijjártó", MFA, "HUN")},
     {"HUN", "RUS"}),
    ("Der Präsident Frankreichs Emmanuel Macron hat am Montag in Paris mit dem russischen "
     "Präsidenten Wladimir Putin telefoniert. Sprecher Dmitri Peskow sagte, die Gespräche "
     "seien sachlich gewesen.",
     "CONSULT", {("Emmanuel Macron", "President", "FRA"), ("Vladimir Putin", "President", "RUS")},
     {"FRA", "RUS"}),
]


@pytest.mark.parametrize(("text", "event_type", "persons", "codes"),
                         PLACES + LONG_TITLES + BODY_BEFORE + REPORTERS + REPORTERS_AFTER
                         + NAMED_BEFORE)
def test_persons_and_codes_of_event(extractor: Extractor, text: str, event_type: str,
                                    persons: set[Person], codes: set[str]) -> None:
    assert persons_and_codes(extractor, text, event_type) == (persons, codes)


def test_body_of_two_states_gives_no_state(extractor: Extractor) -> None:
    """A sentence naming the bodies or states of two sides before a bare title: no guess."""
    text = ("Das japanische Außenministerium bestellte am Montag den chinesischen Botschafter "
            "ein. Vizeminister Masataka Okano protestierte gegen das Eindringen in japanischen "
            "Luftraum.")
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published="2023-03-14")])))
    okano = next(m.actor for m in doc.mentions if m.actor and m.actor.name == "Masataka Okano")
    assert okano.country is None
