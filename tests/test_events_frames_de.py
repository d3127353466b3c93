"""German lemma frames (lang/de/events.yaml): one wire-style sentence per group of entries.

Each case is written in the style of agency wires and MFA releases, with the exact
coded event (type, mode, status, actors, recipients, date, place) the extractor must
give once the German frames are in: inflected and passive forms, nominalisations in an
eventive frame, light verbs, joined separable verbs and compounds.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2021-11-24"      # a Wednesday: "am Montag" is 2021-11-22


def coded(extractor: Extractor, text: str) -> list[tuple]:
    raw = RawDocument(text, doc_id="case", published=PUBLISHED)
    out = []
    for event in (e for doc in extractor.run([raw]) for e in doc.events):
        location = None
        if event.location is not None:
            location = "virtual" if event.location.virtual else event.location.name
        out.append((event.event_type, event.mode, event.status,
                    "+".join(sorted({a.code for a in event.actors if a.code})),
                    "+".join(sorted({a.code for a in event.recipients if a.code})),
                    event.date.gold_form(), location))
    return out


CASES = [
    # CONSULT: meeting verbs, light verbs, passives, joined particle verbs
    ("Der belarussische Außenminister traf am Dienstag in Minsk seinen russischen Amtskollegen.",
     ("CONSULT", "visit", "occurred", "RUS", "BLR", "2021-11-23", "Minsk")),
    ("Der Außenminister Chinas ist am Montag in Berlin mit seinem deutschen Amtskollegen "
     "zusammengetroffen.", ("CONSULT", "visit", "occurred", "CHN", "DEU", "2021-11-22", "Berlin")),
    ("Bundeskanzler Scholz führte am Mittwoch in Berlin Gespräche mit dem französischen "
     "Präsidenten Macron.", ("CONSULT", "visit", "occurred", "FRA", "DEU", "2021-11-24", "Berlin")),
    ("Am Donnerstag wurden in Moskau Gespräche zwischen den Außenministern Russlands und Indiens "
     "geführt.", ("CONSULT", "visit", "occurred", "IND", "RUS", "2021-11-18", "Moscow")),
    ("Die Außenministerien Deutschlands und Japans hielten am Freitag in Tokio "
     "Regierungskonsultationen ab.",
     ("CONSULT", "visit", "occurred", "DEU", "JPN", "2021-11-19", "Tokyo")),
    ("Die Außenminister Russlands und Indiens haben am Montag einen Meinungsaustausch über "
     "Afghanistan geführt.", ("CONSULT", None, "occurred", "IND+RUS", "", "2021-11-22", None)),
    ("Am Rande des Gipfeltreffens in Rom berieten der amerikanische Präsident und der chinesische "
     "Staatschef am Sonntag über Handelsfragen.",
     ("CONSULT", None, "occurred", "CHN+USA", "", "2021-11-21", "Rome")),
    ("Die Delegationen Russlands und der USA verhandelten am Montag in Genf über strategische "
     "Stabilität.", ("CONSULT", None, "occurred", "RUS+USA", "", "2021-11-22", "Geneva")),
    ("Der russische Präsident hat am Montag mit dem französischen Präsidenten Macron telefoniert.",
     ("CONSULT", "phone", "occurred", "FRA+RUS", "", "2021-11-22", "virtual")),
    ("Beim Telefonat am Dienstag sprachen Lawrow und Blinken über die Ukraine.",
     ("CONSULT", "phone", "occurred", "RUS+USA", "", "2021-11-23", "virtual")),
    # CONSULT: visits and hosting
    ("Der chinesische Außenminister Wang Yi besuchte am Montag Kasachstan.",
     ("CONSULT", "visit", "occurred", "CHN", "KAZ", "2021-11-22", None)),
    ("Der kasachische Präsident empfing am Dienstag in Astana den chinesischen Außenminister.",
     ("CONSULT", "visit", "occurred", "CHN", "KAZ", "2021-11-23", "Astana")),
    ("Der iranische Außenminister ist am Montag zu einem zweitägigen Besuch in Moskau "
     "eingetroffen.", ("CONSULT", "visit", "occurred", "IRN", "RUS", "2021-11-22", "Moscow")),
    # CONSULT: nominalisations in an eventive frame, compounds
    ("Die Konsultationen der Außenministerien Russlands und Chinas fanden am Dienstag in Moskau "
     "statt.", ("CONSULT", "visit", "occurred", "CHN", "RUS", "2021-11-23", "Moscow")),
    ("Die Sicherheitskonsultationen zwischen Belarus und Russland wurden am Mittwoch in Minsk "
     "abgehalten.", ("CONSULT", "visit", "occurred", "RUS", "BLR", "2021-11-24", "Minsk")),
    ("Bei den Regierungskonsultationen in Berlin am Montag sprachen die Regierungschefs "
     "Deutschlands und Indiens über den Klimaschutz.",
     ("CONSULT", "visit", "occurred", "IND", "DEU", "2021-11-22", "Berlin")),
    ("Die Verhandlungen zwischen Serbien und dem Kosovo wurden am Montag in Brüssel fortgesetzt.",
     ("CONSULT", None, "occurred", "SRB+XKX", "", "2021-11-22", "Brussels")),
    ("Die Gespräche der Außenminister Russlands und Japans wurden am Dienstag in Tokio "
     "abgeschlossen.", ("CONSULT", "visit", "occurred", "RUS", "JPN", "2021-11-23", "Tokyo")),
    ("Die Außenminister Russlands und Chinas werden am Donnerstag in Moskau über die Lage in "
     "Afghanistan beraten.", ("AGREE", None, "planned", "CHN+RUS", "", "2021-11-25", "Moscow")),
    ("Das Gipfeltreffen der Präsidenten Russlands und der USA fand am Mittwoch in Genf statt.",
     ("CONSULT", None, "occurred", "RUS+USA", "", "2021-11-24", "Geneva")),
    ("Die Verhandlungen zwischen Serbien und dem Kosovo fanden am Montag in Brüssel statt.",
     ("CONSULT", None, "occurred", "SRB+XKX", "", "2021-11-22", "Brussels")),
    # AGREE: agreements and light verbs
    ("Die Regierungschefs von Polen und Litauen vereinbarten am Montag in Warschau eine engere "
     "Zusammenarbeit.", ("AGREE", None, "occurred", "LTU+POL", "", "2021-11-22", "Warsaw")),
    ("Russland und die Ukraine einigten sich am Freitag in Istanbul auf einen "
     "Gefangenenaustausch.", ("AGREE", None, "occurred", "RUS+UKR", "", "2021-11-19", "Istanbul")),
    ("Die Außenminister Russlands und Chinas erzielten am Montag in Moskau eine Einigung über den "
     "Ausbau der Handelsbeziehungen.",
     ("AGREE", None, "occurred", "CHN+RUS", "", "2021-11-22", "Moscow")),
    ("Deutschland und Frankreich trafen am Dienstag in Paris eine Vereinbarung über die "
     "gemeinsame Entwicklung eines Kampfflugzeugs.",
     ("AGREE", None, "occurred", "DEU+FRA", "", "2021-11-23", "Paris")),
    # AGREE: promises, invitations, future meetings
    ("Deutschland hat am Montag Ägypten zugesagt, den Bau einer Entsalzungsanlage zu finanzieren.",
     ("AGREE", None, "occurred", "DEU", "EGY", "2021-11-22", None)),
    ("Die Türkei bot am Mittwoch an, zwischen Russland und der Ukraine zu vermitteln.",
     ("AGREE", None, "occurred", "TUR", "RUS+UKR", "2021-11-24", None)),
    ("Der russische Präsident lud den ägyptischen Präsidenten am Montag zu einem Besuch nach "
     "Moskau ein.", ("AGREE", None, "planned", "RUS", "EGY", "2021-11-22", "Moscow")),
    ("Die Außenminister Chinas und Russlands werden am kommenden Montag in Peking Gespräche "
     "führen.", ("AGREE", None, "planned", "CHN+RUS", "", "2021-11-29", "Beijing")),
    # SUPPORT: welcome, praise, thanks, congratulations, condolences
    ("Der belarussische Präsident begrüßte am Montag die Entscheidung Russlands, die Gaspreise zu "
     "senken.", ("SUPPORT", None, "occurred", "BLR", "RUS", "2021-11-22", None)),
    ("Der indische Premierminister würdigte am Dienstag die Unterstützung Japans.",
     ("SUPPORT", None, "occurred", "IND", "JPN", "2021-11-23", None)),
    ("Der ukrainische Präsident dankte am Freitag Deutschland für die Lieferung von "
     "Luftabwehrsystemen.", ("SUPPORT", None, "occurred", "UKR", "DEU", "2021-11-19", None)),
    ("Der ukrainische Präsident hat Deutschland am Dienstag für die Lieferung von Kampfpanzern "
     "gedankt.", ("SUPPORT", None, "occurred", "UKR", "DEU", "2021-11-23", None)),
    ("Der russische Präsident gratulierte am Sonntag dem kasachischen Präsidenten zum Wahlsieg.",
     ("SUPPORT", None, "occurred", "RUS", "KAZ", "2021-11-21", None)),
    ("Der chinesische Staatschef übermittelte dem russischen Präsidenten am Montag Glückwünsche "
     "zum Geburtstag.", ("SUPPORT", None, "occurred", "CHN", "RUS", "2021-11-22", None)),
    ("Der russische Präsident hat dem chinesischen Präsidenten am Montag zum Jahrestag "
     "kondoliert.", ("SUPPORT", None, "occurred", "RUS", "CHN", "2021-11-22", None)),
    # SUPPORT: endorse
    ("Die Vereinigten Staaten haben am Dienstag Kasachstan unterstützt.",
     ("SUPPORT", None, "occurred", "USA", "KAZ", "2021-11-23", None)),
    ("Frankreich befürwortete am Montag den Beitritt der Ukraine zur Europäischen Union.",
     ("SUPPORT", None, "occurred", "FRA", "UKR", "2021-11-22", None)),
    # SUPPORT: sign, ratify, adopt, establish relations
    ("Die Außenminister Deutschlands und Frankreichs unterzeichneten am Montag in Berlin eine "
     "Absichtserklärung über Cybersicherheit.",
     ("SUPPORT", None, "occurred", "DEU+FRA", "", "2021-11-22", "Berlin")),
    ("Das Abkommen wurde am Montag in Astana von den Außenministern Kasachstans und Usbekistans "
     "unterzeichnet.", ("SUPPORT", None, "occurred", "KAZ+UZB", "", "2021-11-22", "Astana")),
    ("Das russische Parlament ratifizierte am Mittwoch das Abkommen mit China über die "
     "Zusammenarbeit.", ("SUPPORT", None, "occurred", "CHN+RUS", "", "2021-11-24", None)),
    ("Die Außenminister Frankreichs und Deutschlands verabschiedeten am Montag in Paris eine "
     "gemeinsame Erklärung.", ("SUPPORT", None, "occurred", "DEU+FRA", "", "2021-11-22", "Paris")),
    ("Israel und Bahrain nahmen am Montag diplomatische Beziehungen auf.",
     ("SUPPORT", None, "occurred", "BHR+ISR", "", "2021-11-22", None)),
    # CONCEDE
    ("Die Ukraine hat Russland am Montag Zugeständnisse gemacht.",
     ("CONCEDE", None, "occurred", "UKR", "RUS", "2021-11-22", None)),
    ("Russland hat am Montag gegenüber Japan eingelenkt.",
     ("CONCEDE", None, "occurred", "RUS", "JPN", "2021-11-22", None)),
    ("Russland hat am Montag gegenüber der Ukraine eine Waffenruhe verkündet.",
     ("CONCEDE", None, "occurred", "RUS", "UKR", "2021-11-22", None)),
    # COOPERATE: exercises, extradition
    ("Die Marinen Russlands und Chinas haben am Montag ein gemeinsames Manöver durchgeführt.",
     ("COOPERATE", None, "occurred", "CHN+RUS", "", "2021-11-22", None)),
    ("Russland hat am Montag einen russischen Oppositionellen an Belarus ausgeliefert.",
     ("COOPERATE", None, "occurred", "RUS", "BLR", "2021-11-22", None)),
    ("Belarus hat am Montag einen polnischen Staatsbürger an Polen überstellt.",
     ("COOPERATE", None, "occurred", "BLR", "POL", "2021-11-22", None)),
    # AID delivered
    ("Japan hat Myanmar am Freitag Hilfsgüter im Wert von zwei Millionen Dollar übergeben.",
     ("AID", None, "occurred", "JPN", "MMR", "2021-11-19", None)),
    ("Die Europäische Union hat der Türkei am Montag fünf Millionen Euro Soforthilfe "
     "bereitgestellt.", ("AID", None, "occurred", "EU", "TUR", "2021-11-22", None)),
    ("Deutschland gewährte der Ukraine am Dienstag einen Kredit über 500 Millionen Euro.",
     ("AID", None, "occurred", "DEU", "UKR", "2021-11-23", None)),
    ("Norwegen stellte Moldau am Montag zehn Millionen Euro zur Verfügung.",
     ("AID", None, "occurred", "NOR", "MDA", "2021-11-22", None)),
    # RETREAT: prisoners exchanged ("durchgeführt" frames the noun)
    ("Russland hat am Montag einen Gefangenenaustausch mit der Ukraine durchgeführt.",
     ("RETREAT", None, "occurred", "RUS+UKR", "", "2021-11-22", None)),
    # RETREAT: sanctions eased
    ("Die USA haben die Sanktionen gegen Venezuela am Montag gelockert.",
     ("RETREAT", None, "occurred", "USA", "VEN", "2021-11-22", None)),
    # REQUEST
    ("Die Türkei hat Schweden am Montag aufgefordert, die Auslieferung von Terrorverdächtigen zu "
     "beschleunigen.", ("REQUEST", None, "occurred", "TUR", "SWE", "2021-11-22", None)),
    ("Der ukrainische Präsident appellierte am Montag an Deutschland, Kampfpanzer zu liefern.",
     ("REQUEST", None, "occurred", "UKR", "DEU", "2021-11-22", None)),
    ("Die Ukraine hat Polen am Montag um Hilfe gebeten.",
     ("REQUEST", None, "occurred", "UKR", "POL", "2021-11-22", None)),
    # ACCUSE: summon, protest note, official protest
    ("Das Auswärtige Amt hat am Montag den russischen Botschafter einbestellt.",
     ("ACCUSE", None, "occurred", "DEU", "RUS", "2021-11-22", "Berlin")),
    ("Der russische Botschafter wurde am Montag ins Auswärtige Amt einbestellt.",
     ("ACCUSE", None, "occurred", "DEU", "RUS", "2021-11-22", "Berlin")),
    ("Polen hat am Dienstag den Botschafter von Belarus einbestellt.",
     ("ACCUSE", None, "occurred", "POL", "BLR", "2021-11-23", "Warsaw")),
    ("Das russische Außenministerium überreichte dem deutschen Botschafter am Dienstag eine "
     "Protestnote.", ("ACCUSE", None, "occurred", "RUS", "DEU", "2021-11-23", "Moscow")),
    ("Das russische Außenministerium hat am Montag bei der deutschen Botschaft offiziell "
     "protestiert.", ("ACCUSE", None, "occurred", "RUS", "DEU", "2021-11-22", None)),
    # ACCUSE: accuse, blame, condemn, criticise
    ("Großbritannien machte Russland am Donnerstag für den Cyberangriff verantwortlich.",
     ("ACCUSE", None, "occurred", "GBR", "RUS", "2021-11-18", None)),
    ("Der polnische Präsident verurteilte am Dienstag Russland.",
     ("ACCUSE", None, "occurred", "POL", "RUS", "2021-11-23", None)),
    ("Die Bundesregierung kritisierte am Montag das Vorgehen Chinas scharf.",
     ("ACCUSE", None, "occurred", "DEU", "CHN", "2021-11-22", None)),
    # REJECT
    ("Die Vereinigten Staaten haben den Vorschlag Chinas am Dienstag abgelehnt.",
     ("REJECT", None, "occurred", "USA", "CHN", "2021-11-23", None)),
    ("Russland hat sich am Montag geweigert, die Resolution der Vereinten Nationen anzuerkennen.",
     ("REJECT", None, "occurred", "RUS", "UN", "2021-11-22", None)),
    # THREATEN
    ("China hat die USA am Dienstag vor einer Einmischung gewarnt.",
     ("THREATEN", None, "occurred", "CHN", "USA", "2021-11-23", None)),
    ("Nordkorea hat den USA am Dienstag mit einem Atomschlag gedroht.",
     ("THREATEN", None, "occurred", "PRK", "USA", "2021-11-23", None)),
    # SANCTION: imposed, extended, assets frozen, entry bans
    ("Die Europäische Union verhängte am Montag Sanktionen gegen Belarus.",
     ("SANCTION", None, "occurred", "EU", "BLR", "2021-11-22", None)),
    ("Gegen Russland wurden am Freitag neue Sanktionen der Europäischen Union verhängt.",
     ("SANCTION", None, "occurred", "EU", "RUS", "2021-11-19", None)),
    ("Die Europäische Union hat die Sanktionen gegen Russland am Montag ausgeweitet.",
     ("SANCTION", None, "occurred", "EU", "RUS", "2021-11-22", None)),
    ("Die Europäische Union hat am Donnerstag ein neues Sanktionspaket gegen Russland "
     "beschlossen.", ("SANCTION", None, "occurred", "EU", "RUS", "2021-11-18", None)),
    ("Der Rat der Europäischen Union hat am Montag eine Verordnung über restriktive Maßnahmen "
     "gegen Iran verabschiedet.", ("SANCTION", None, "occurred", "EU", "IRN", "2021-11-22", None)),
    ("Die USA haben Vermögenswerte Russlands am Montag eingefroren.",
     ("SANCTION", None, "occurred", "USA", "RUS", "2021-11-22", None)),
    ("Die USA haben am Montag Vermögenswerte der russischen Zentralbank eingefroren.",
     ("SANCTION", None, "occurred", "USA", "RUS", "2021-11-22", None)),
    ("Kanada belegte am Dienstag russische Beamte mit Einreiseverboten.",
     ("SANCTION", None, "occurred", "CAN", "RUS", "2021-11-23", None)),
    # SANCTION: expel, break relations
    ("Russland hat am Montag zwei deutsche Diplomaten ausgewiesen.",
     ("SANCTION", "expel", "occurred", "RUS", "DEU", "2021-11-22", "Moscow")),
    ("Russland hat am Montag die Schließung des litauischen Generalkonsulats angeordnet.",
     ("SANCTION", None, "occurred", "RUS", "LTU", "2021-11-22", None)),
    ("Georgien brach am Montag die diplomatischen Beziehungen zu Russland ab.",
     ("SANCTION", "break relations", "occurred", "GEO", "RUS", "2021-11-22", None)),
    # MOBILIZE
    ("Russland hat am Montag Soldaten an der Grenze zu Finnland zusammengezogen.",
     ("MOBILIZE", None, "occurred", "RUS", "FIN", "2021-11-22", None)),
    # COERCE
    ("Die russische Polizei nahm am Montag einen estnischen Diplomaten fest.",
     ("COERCE", "arrest", "occurred", "RUS", "EST", "2021-11-22", None)),
    # ASSAULT
    ("Russland hat die Ukraine am Donnerstag angegriffen.",
     ("ASSAULT", None, "occurred", "RUS", "UKR", "2021-11-18", None)),
    # conflict acts in their wordings: passive summons, particle verbs, persona non grata,
    # recall, polite summons, votes, entry bans on officials, sanctions over an apposition
    ("Der russische Botschafter wurde am Montag ins Auswärtige Amt in Berlin einbestellt.",
     ("ACCUSE", None, "occurred", "DEU", "RUS", "2021-11-22", "Berlin")),
    ("Der Geschäftsträger Russlands wurde am Montag ins Auswärtige Amt gebeten.",
     ("ACCUSE", None, "occurred", "DEU", "RUS", "2021-11-22", "Berlin")),
    ("Polen wies am Dienstag drei russische Diplomaten aus.",
     ("SANCTION", "expel", "occurred", "POL", "RUS", "2021-11-23", "Warsaw")),
    ("Tschechien hat am Montag einen russischen Diplomaten zur Persona non grata erklärt.",
     ("SANCTION", "expel", "occurred", "CZE", "RUS", "2021-11-22", "Prague")),
    ("Deutschland hat am Montag zwei Diplomaten Russlands des Landes verwiesen.",
     ("SANCTION", "expel", "occurred", "DEU", "RUS", "2021-11-22", "Berlin")),
    ("Litauen hat am Montag seinen Botschafter aus Minsk zu Konsultationen zurückgerufen.",
     ("SANCTION", None, "occurred", "LTU", "BLR", "2021-11-22", None)),
    ("Estland verhängte am Montag Einreiseverbote gegen 20 russische Abgeordnete.",
     ("SANCTION", None, "occurred", "EST", "RUS", "2021-11-22", None)),
    ("Die Europäische Union hat am Montag Sanktionen gegen den Chef des belarussischen "
     "Geheimdienstes, Iwan Tertel, verhängt.",
     ("SANCTION", None, "occurred", "EU", "BLR", "2021-11-22", None)),
    ("Russland stimmte am Montag im Sicherheitsrat gegen den Resolutionsentwurf der USA.",
     ("REJECT", None, "occurred", "RUS", "USA", "2021-11-22", None)),
    # light verb of a visit, praise, future and done cooperation, sealed and formalised
    # documents (a clause word heads its compounds: "Arbeitsvereinbarung")
    ("Der belarussische Präsident stattete China am Dienstag einen Staatsbesuch ab.",
     ("CONSULT", "visit", "occurred", "BLR", "CHN", "2021-11-23", None)),
    ("Putin würdigte am Montag die Rolle Chinas bei der Lösung der Krise.",
     ("SUPPORT", None, "occurred", "RUS", "CHN", "2021-11-22", None)),
    ("Der kasachische Präsident hob am Montag den Beitrag Russlands zur Stabilität in der "
     "Region hervor.", ("SUPPORT", None, "occurred", "KAZ", "RUS", "2021-11-22", None)),
    ("Russland und Indien wollen ihre Zusammenarbeit im Energiebereich ausbauen.",
     ("AGREE", None, "planned", "IND+RUS", "", None, None)),
    ("Russland baute am Montag seine Zusammenarbeit mit Indien aus.",
     ("SUPPORT", None, "occurred", "IND+RUS", "", "2021-11-22", None)),
    ("Die Behörden Russlands und Chinas haben am Montag eine Arbeitsvereinbarung formalisiert.",
     ("SUPPORT", None, "occurred", "CHN+RUS", "", "2021-11-22", None)),
    ("Russland und Belarus haben am Montag ihre Partnerschaft mit einem Abkommen besiegelt.",
     ("SUPPORT", None, "occurred", "BLR+RUS", "", "2021-11-22", None)),
    ("Präsident Obama wird am Sonntag zu einem dreitägigen Besuch in Hanoi erwartet.",
     ("AGREE", None, "planned", "USA", "VNM", "2021-11-28", "Hanoi")),
    # a concession names what is given up
    ("Österreich verzichtete am Montag auf Grenzkontrollen am Brenner zu Italien.",
     ("CONCEDE", None, "occurred", "AUT", "ITA", "2021-11-22", None)),
    # 10kGNAD gold round: heads a state adjective names the state by (premier, king, congress,
    # court), a meeting in a possessive phrase, announced meetings and visits, expectations
    # addressed to a state, investigations opened, protest notes sent, labour-camp sentences,
    # approved deliveries (a pledge: AGREE)
    ("Der ungarische Premier traf am Sonntag in Wien ein.",
     ("CONSULT", "visit", "occurred", "HUN", "AUT", "2021-11-21", "Vienna")),
    ("Der spanische König besuchte am Montag Marokko.",
     ("CONSULT", "visit", "occurred", "ESP", "MAR", "2021-11-22", None)),
    ("Nach seinen Gesprächen mit dem polnischen Präsidenten in Warschau reiste der litauische "
     "Regierungschef am Montag ab.",
     ("CONSULT", "visit", "occurred", "LTU", "POL", "2021-11-22", "Warsaw")),
    ("Die Afrikanische Union kündigte für kommenden Freitag eine Sondersitzung in Addis Abeba an.",
     ("AGREE", None, "planned", "AU", "", "2021-11-26", "Addis Ababa")),
    ("Der französische Präsident kündigte einen Besuch in Algerien an.",
     ("AGREE", None, "planned", "FRA", "DZA", None, "Algeria")),
    ("Der deutsche Außenminister richtete am Montag die Erwartung an China, die Sanktionen "
     "aufzuheben.", ("REQUEST", None, "occurred", "DEU", "CHN", "2021-11-22", None)),
    ("Die EU-Kommission hat am Mittwoch ein Vertragsverletzungsverfahren gegen Ungarn "
     "eingeleitet.", ("ACCUSE", None, "occurred", "EU", "HUN", "2021-11-24", None)),
    ("Litauen schickte am Montag eine Protestnote an Belarus.",
     ("ACCUSE", None, "occurred", "LTU", "BLR", "2021-11-22", "Vilnius")),
    ("Ein nordkoreanisches Gericht hat am Montag einen japanischen Staatsbürger zu zehn Jahren "
     "Arbeitslager verurteilt.",
     ("COERCE", "arrest", "occurred", "PRK", "JPN", "2021-11-22", None)),
    ("Der amerikanische Kongress hat am Dienstag Waffenlieferungen an Taiwan gebilligt.",
     ("AGREE", None, "occurred", "USA", "TWN", "2021-11-23", None)),
    # a meeting held "am Rande" of, attended, or stayed at for; foreign citizens of any
    # trade as the side of an arrest or a sentence
    ("Der Streit wurde am Rande des Gipfeltreffens der Europäischen Union in Brüssel am Montag "
     "beigelegt.", ("CONSULT", "multilateral", "occurred", "EU", "", "2021-11-22", "Brussels")),
    ("Die USA und Japan haben am Montag an einem gemeinsamen Manöver teilgenommen.",
     ("COOPERATE", None, "occurred", "JPN+USA", "", "2021-11-22", None)),
    ("Der belarussische Präsident hielt sich am Montag zu einem Gipfeltreffen der Eurasischen "
     "Wirtschaftsunion in Moskau auf.",
     ("CONSULT", "multilateral", "occurred", "BLR+EAEU", "", "2021-11-22", "Moscow")),
    ("Die chinesische Polizei hat am Montag einen kanadischen Geschäftsmann festgenommen.",
     ("COERCE", "arrest", "occurred", "CHN", "CAN", "2021-11-22", None)),
    ("Die iranische Justiz hat am Montag eine französische Studentin zu acht Jahren Haft "
     "verurteilt.", ("COERCE", "arrest", "occurred", "IRN", "FRA", "2021-11-22", None)),
    # a body in session; insisting on something is a demand
    ("Der UN-Sicherheitsrat tagte am Montag in New York zur Lage in Syrien.",
     ("CONSULT", "multilateral", "occurred", "UN", "", "2021-11-22", "New York")),
    ("Deutschland pochte am Montag gegenüber Polen auf die Einhaltung des Abkommens.",
     ("REQUEST", None, "occurred", "DEU", "POL", "2021-11-22", None)),
    ("Die Ukraine drang am Dienstag bei Ungarn auf eine Lösung des Streits.",
     ("REQUEST", None, "occurred", "UKR", "HUN", "2021-11-23", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_events_frames_de_codes_the_act(extractor: Extractor, text: str,
                                        expected: tuple) -> None:
    assert coded(extractor, text) == [expected]


def test_events_frames_de_talks_and_agreement_are_two_acts(extractor: Extractor) -> None:
    text = ("Bei den Gesprächen am Montag in Moskau vereinbarten Russland und Belarus eine "
            "Vertiefung der Zusammenarbeit.")
    assert coded(extractor, text) == [
        ("CONSULT", "visit", "occurred", "BLR", "RUS", "2021-11-22", "Moscow"),
        ("AGREE", None, "occurred", "BLR+RUS", "", "2021-11-22", "Moscow")]


@pytest.mark.parametrize("text", [
    # adjectival participles and zu-infinitives are no acts of their own
    "Die Seiten erklärten, eine vertiefte Zusammenarbeit zwischen Russland und China sei nötig.",
    "Der Minister traf die Entscheidung nach Gesprächen mit Beratern.",
    "Die Raketen trafen ein Wohnhaus in der Nähe von Kiew.",
    "Russland und China arbeiten in vielen Bereichen zusammen.",
    # a negated object of a light verb, an infinitive of difficulty, a hit
    "Russland und die Ukraine haben am Montag in Istanbul keine Einigung erzielt.",
    "Es ist schwierig, dieses Abkommen mit Russland zu verhandeln.",
    "Das Flüchtlingslager wurde am Montag von einer Rakete getroffen.",
    "Die Präsidenten Russlands und Belarus erklärten, die Zusammenarbeit auszubauen sei wichtig.",
    # precision on general news: hypothetical, conditional and intended acts
    "Auf diesem Wege könnten sich die Beziehungen zur Türkei entwickeln, sagte er zu den "
    "Differenzen mit seinem Gast.",
    "Allerdings hätte sich das Parlament gegen die Aufhebung der von den USA verhängten "
    "Strafmaßnahmen sperren können.",
    "Ob Putin im Dezember mit dem Präsidenten der USA telefoniert, ist noch offen.",
    "Ob sich Putin und Biden im Dezember in Genf treffen, ist noch offen.",
    "Auf dem Papier hätten die Aufträge der Staats- und Regierungschefs vom letzten Gipfel "
    "in Wales ins Ziel gebracht werden sollen.",
    "Der Präsident Frankreichs wollte am Montag mit dem Kanzler Österreichs telefonieren.",
    "Die Regierung in Wien würde es begrüßen, wenn Deutschland mehr Flüchtlinge aufnähme.",
    "Die Verhandlungen über das Abkommen zwischen der EU und Kanada könnten scheitern.",
    # acts named as attributes or manners of something else
    "Daher ist die geforderte Aufnahme der Ukraine in die Nato kein Thema.",
    "Die international scharf kritisierten Luftangriffe Russlands auf Aleppo gingen weiter.",
    "Sie zwinkerte dem serbischen Premier Aleksandar Vučić lobend zu, als Mogherini über das "
    "Abkommen sprach.",
    # crowds, clubs, firms and mountains: sport and business homographs of state acts
    "Mehrere Dutzend Menschen protestierten auf griechischer Seite gegen den Zaun an der "
    "Grenze zu Mazedonien.",
    "Bayern München trifft am Samstag in der Champions League auf Paris Saint-Germain.",
    "Der Stürmer traf in der 80. Minute zum 2:1 für Österreich gegen Ungarn.",
    "Die Uefa verhängte gegen den russischen Klub eine Sanktion wegen rassistischer Gesänge.",
    "Der Gipfel des Mount Everest wurde am Montag von einer Expedition aus Nepal erreicht.",
    "Die Gewerkschaft und der Konzern verhandelten am Montag in Wien über neue Löhne.",
    "Noch am Donnerstag ruft die Türkei den UN-Sicherheitsrat an.",
    "Österreichs Teamchef hat bei der Nominierung seines Kaders für die Länderspiele gegen "
    "Moldau neuerlich auf Überraschungen verzichtet.",
    # a prosecutor's case against a citizen, a meeting that is only an opinion's topic
    "Die Staatsanwaltschaft leitete am Montag ein Verfahren gegen einen Wiener Geschäftsmann ein.",
    "Nach seiner Ansicht ist ein Gipfeltreffen mit Russland nötig.",
    # an agreement as the aim of a zu-infinitive is none yet; a national parliament's session
    "Der Bundestag tagte am Montag in Berlin.",
    "Der serbische Präsident hält es für nötig, im nächsten Jahr eine Einigung mit dem Kosovo "
    "zu finden.",

])
def test_events_frames_de_no_act(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []
