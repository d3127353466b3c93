"""German sides on real news (issue 13): the constructions by which German wire and newspaper
prose names the parties of an act, where the coder found the trigger but attached no side or
the wrong one (the 10kGNAD gold set's ``no_sides`` and ``wrong_sides``; docs/accuracy.md).

- verb-second after a connecting adverb of time, place or reasoning ("Inzwischen wirft Paris
  …", "Unterdessen forderte …", "Dort kritisierte …"): the subject follows the verb;
- a subject pronoun standing for a state or body named as the subject before ("Die Türkei …
  Zugleich warf sie …", "Der Iran … Danach forderte er …"), its gender read from the article;
  a name with no article is neuter, and no "sie" stands for it;
- a prepositional phrase of manner or cause, or "kurz darauf", in the prefield ("Mit
  Sanktionen drohte die EU …");
- a capital as the object after an inverted subject pronoun, a title named back or an
  inverted official ("Am Dienstag warf er Tokio vor", "Der Minister warf Moskau vor", "Am
  Dienstag hat der Außenminister Lawrow Warschau vorgeworfen": the NER person no longer runs
  on into the capital);
- a capital as the agent of a passive with its participle last ("Budapest wurde von Brüssel
  aufgefordert");
- the state where an attack strikes, named in the middle field before the participle or
  after the verb ("hat … Stellungen im Libanon angegriffen", "griff … Ziele in Syrien an");
- the Pope named by his office alone ("Der Papst", "der argentinische Pontifex"): the Holy See;
- object first: a masculine title after the verb with the nominative "der" is the subject
  ("Polen kritisierte der deutsche Außenminister", "Seine Heimat … besucht der Papst");
- a passive subject with its own target phrase ("Die Sanktionen der USA gegen Venezuela
  wurden verschärft"): the genitive owns the act, the target is acted on;
- an uncoded noun subject before the finite auxiliary: the parties in the middle field are
  its objects ("Der Internationale Gerichtshof hatte Serbien aufgefordert").

The sentences were written from German grammar for this test, not taken from any evaluation
set; the expected sides follow ../shared/spec/EVENTS.md section 3.
"""

from __future__ import annotations

import pytest

from codekit import sides_of
from communique import Extractor
from communique.document import RawDocument
from communique.events.coder import EventCoder
from communique.events.lexicon import load_lexicon

PUBLISHED = "2021-11-24"


def sides(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return sides_of(extractor, text, None, PUBLISHED)


CASES = [
    # verb-second after a connecting adverb: the subject follows the verb
    ("Inzwischen wirft Paris der Regierung in Rom vor, die Grenzkontrollen verschärft zu haben.",
     [("ACCUSE", "FRA", "ITA")]),
    ("Unterdessen forderte Polen Litauen auf, die Grenze zu öffnen.",
     [("REQUEST", "POL", "LTU")]),
    ("Dort kritisierte der belgische Außenminister die ungarische Regierung.",
     [("ACCUSE", "BEL", "HUN")]),
    ("Kurz darauf warf Teheran der Regierung in London vor, Spione zu schicken.",
     [("ACCUSE", "IRN", "GBR")]),
    # a prepositional phrase in the prefield is never the subject
    ("Mit Sanktionen drohte am Montag die EU der Regierung in Minsk.",
     [("THREATEN", "EU", "BLR")]),
    # an official's name does not run on into the capital after it, the object in the
    # middle field after the inverted subject
    ("Am Dienstag hat der russische Außenminister Lawrow Warschau vorgeworfen, die Gespräche "
     "zu sabotieren.",
     [("ACCUSE", "RUS", "POL")]),
    # a pronoun for the state or body that was the subject before, by its article's gender
    ("Die Türkei hat am Montag ihre Grenzposten verstärkt. Zugleich warf sie Damaskus vor, "
     "Flüchtlinge an die Grenze zu schicken.",
     [("ACCUSE", "TUR", "SYR")]),
    ("Der Iran hat am Dienstag neue Raketen getestet. Danach forderte er Washington auf, die "
     "Sanktionen aufzuheben.",
     [("REQUEST", "IRN", "USA")]),
    ("Die Ukraine hat am Montag Russland kritisiert. Zugleich forderte sie die EU auf, neue "
     "Sanktionen zu verhängen.",
     [("ACCUSE", "UKR", "RUS"), ("REQUEST", "UKR", "EU")]),
    # a neuter name: "sie" is not Russia, and the demand has no acting side
    ("Russland hat am Montag Kiew kritisiert. Zugleich forderte sie Minsk auf, die Grenze zu "
     "schließen.",
     [("ACCUSE", "RUS", "UKR")]),
    # a capital after an inverted pronoun or a title named back is the object
    ("Der chinesische Außenminister Wang Yi kam am Montag nach Manila. Am Dienstag warf er Tokio "
     "vor, die Spannungen zu verschärfen.",
     [("ACCUSE", "CHN", "JPN")]),
    ("Der litauische Außenminister Gabrielius Landsbergis reiste am Montag nach Kiew. Der "
     "Minister warf Moskau vor, die Verhandlungen zu blockieren.",
     [("ACCUSE", "LTU", "RUS"), ("CONSULT", "LTU", "UKR")]),
    # a capital as the agent of a passive with the participle last
    ("Budapest wurde am Montag von Brüssel aufgefordert, das Gesetz zurückzunehmen.",
     [("REQUEST", "EU", "HUN")]),
    # where an attack strikes: the middle field before the participle, or after the verb
    ("Die israelische Luftwaffe hat in der Nacht Stellungen der Hisbollah im Libanon "
     "angegriffen.",
     [("ASSAULT", "ISR", "LBN")]),
    ("Die türkische Armee griff am Sonntag Ziele in Syrien an.",
     [("ASSAULT", "TUR", "SYR")]),
    # the Pope by his office alone is the Holy See, whatever his nationality
    ("Der Papst traf am Freitag in Manila ein.",
     [("CONSULT", "VAT", "PHL")]),
    ("Der argentinische Pontifex besuchte am Montag Kolumbien.",
     [("CONSULT", "VAT", "COL")]),
    # object first, a masculine title in the nominative after the verb is the subject; a
    # feminine title after "der" is a dative, no subject
    ("Polen kritisierte der deutsche Außenminister am Montag scharf.",
     [("ACCUSE", "DEU", "POL")]),
    ("Russland warf der französische Präsident am Montag vor, die Wahlen zu beeinflussen.",
     [("ACCUSE", "FRA", "RUS")]),
    ("Frankreich warf der Kanzlerin am Montag vor, die Verträge zu brechen.", []),
    # a passive subject with its own target phrase
    ("Die Sanktionen der USA gegen Venezuela wurden am Montag verschärft.",
     [("SANCTION", "USA", "VEN")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_gnadsides_codes_the_sides(extractor: Extractor, text: str,
                                   expected: list[tuple[str, str, str]]) -> None:
    assert sides(extractor, text) == expected


@pytest.mark.parametrize(("text", "asked"), [
    ("Der Internationale Gerichtshof hatte Serbien im Januar aufgefordert, die Urteile "
     "umzusetzen.", "SRB"),
    # what is asked after the comma names no side
    ("Der Internationale Gerichtshof hatte Kenia zuvor aufgerufen, den ugandischen Präsidenten "
     "festzunehmen.", "KEN"),
])
def test_gnadsides_uncoded_subject_makes_middle_field_an_object(extractor: Extractor, text: str,
                                                               asked: str) -> None:
    """The court is the subject, before the auxiliary; the state after it is asked, not
    asking, and with no acting state named no event is coded."""
    coder = extractor.pipeline.stages[-1]
    assert isinstance(coder, EventCoder)
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED)])))
    found = [(candidate.event_type, [p.code for p in given.actors],
              [p.code for p in given.recipients])
             for candidate, _, given, _ in coder.sided(doc, load_lexicon("de"))[1]]
    assert found == [("REQUEST", [], [asked])]
    assert sides(extractor, text) == []
