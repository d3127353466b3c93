"""Officials of found acts in German, ninth round (issue 13, branch depersons9).

Hand-written sentences (none from the blind set tests/data/probe/de_persons9.jsonl). The NER
cues: a romanised Korean given name with lower-case syllables is a name word ("Chung
Byung-won"); a state closing a long title's genitive chain before the name, with no comma,
is split off the name (after "von", "der", "Republik"; a state of several words opened by
adjectives; commas of a list of nouns inside the chain); a person's name repeated without its
diacritics is the person again. The coder: a verbal act whose acting state has no official
takes the official who tells it in the sentences after (a quote's speaker, the subject who
"machte deutlich", one who retells it, of no stated state: the act's one unstaffed state),
never a journalist or an expert, nor for what "beide Seiten" did; two officials named back
by their titles as an outcome's subject are the meeting's; "die Ministerin und ihr Gast
sprachen" tells the visit again.
"""

from __future__ import annotations

import pytest

from codekit import with_persons
from communique import Extractor
from communique.nlp.ner.german import GermanRecognizer
from communique.nlp.ner.stage import _german as german_backend
from communique.nlp.ner.text import fold

Coded = tuple[str, tuple[str, ...], tuple[str, ...], frozenset[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def recognizer() -> GermanRecognizer:
    loaded = german_backend()
    assert isinstance(loaded, GermanRecognizer)
    return loaded


def coded(extractor: Extractor, text: str) -> list[Coded]:
    """Each event as (type, actor codes, recipient codes, persons with their code)."""
    return with_persons(extractor, text, "2026-03-11", lambda a: (a.name, a.code))


NER_CASES = [
    # a romanised given name with lower-case syllables, which the model reads as no name
    ("Der Staatssekretär traf in Seoul den Ersten Vizeaußenminister der Republik Korea, "
     "Chung Byung-won, zu Gesprächen.",
     [("Seoul", "LOC"), ("Korea", "LOC"), ("Chung Byung-won", "PER")]),
    ("Die Vizeministerin Lee Jee-yoon leitete die Delegation.", [("Lee Jee-yoon", "PER")]),
    # the state that closes a long genitive chain, right before the name
    ("Der Vorsitzende des Ausschusses für auswärtige Angelegenheiten der Großen "
     "Nationalversammlung der Türkei Fuat Oktay empfing am Dienstag den Botschafter.",
     [("Türkei", "LOC"), ("Fuat Oktay", "PER")]),
    # … which the model ran into the name as one place; the chain holds a list of nouns
    ("Der Stellvertretende Vorsitzende der Kommission für Bildung, Kultur und Wissenschaft "
     "des Repräsentantenhauses der Nationalversammlung von Belarus Igor Marsaljuk empfing am "
     "Mittwoch eine Delegation.",
     [("Kommission für Bildung", "ORG"), ("Belarus", "LOC"), ("Igor Marsaljuk", "PER")]),
    # a state of three words, opened by its adjectives
    ("Der Außenminister der Vereinigten Arabischen Emirate Abdullah bin Zayed traf am Montag "
     "in Berlin ein.",
     [("Vereinigten Arabischen Emirate", "LOC"), ("Abdullah bin Zayed", "PER"),
      ("Berlin", "LOC")]),
    # a name repeated without its diacritics, which the model reads as no person
    ("Staatssekretärin Susanne Baumann empfing die Vizeministerin Lê Thị Thu Hằng. Le Thi "
     "Thu Hang lud Baumann nach Hanoi ein.",
     [("Susanne Baumann", "PER"), ("Lê Thị Thu Hằng", "PER"), ("Le Thi Thu Hang", "PER"),
      ("Baumann", "PER"), ("Hanoi", "LOC")]),
]


@pytest.mark.parametrize(("text", "expected"), NER_CASES)
def test_ner_cues(recognizer: GermanRecognizer, text: str,
                  expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.label) for m in recognizer.recognize([text])[0]] == expected


def test_fold_keeps_offsets() -> None:
    assert fold("Đỗ Hùng Việt, Łukasz") == "Do Hung Viet, Lukasz"


CASES = [
    # the speaker of a quote two sentences after a statement; the expert is no official
    ("Wien (APA) - Österreich hat Russland wegen des Raketenangriffs auf Odessa scharf "
     "kritisiert. Das teilte das Außenministerium am Dienstag in Wien mit. „Angriffe auf "
     "Zivilisten sind ein Kriegsverbrechen“, schrieb Staatssekretär Josef Schmidhuber auf X. "
     "Der Militärexperte Gerhard Mangott sagte, Moskau wolle die Moral der Bevölkerung "
     "brechen.",
     [("ACCUSE", ("AUT",), ("RUS",), frozenset({("Josef Schmidhuber", "AUT")}))]),
    # who retells the protest, his title naming no state; the correspondent is no official
    ("Das japanische Außenministerium hat am Dienstag den russischen Botschafter in Tokio, "
     "Nikolai Nosdrjow, einbestellt. Vizeaußenminister Takehiro Funakoshi habe ihm gegenüber "
     "scharfen Protest gegen die Militärübungen auf den Kurilen eingelegt, teilte das "
     "Ministerium mit. Wie der Korrespondent Martin Fritz berichtet, blieb Moskau zunächst "
     "eine Antwort schuldig.",
     [("ACCUSE", ("JPN",), ("RUS",),
       frozenset({("Takehiro Funakoshi", "JPN"), ("Nikolai Nosdryov", "RUS")}))]),
    # what "beide Seiten" agreed, one side's minister praising the other after it does not
    # tell; the signing before is another act's sentence away
    ("Accra (dpa) - Deutschland und Ghana haben am Montag in Accra ein Abkommen über die "
     "Berufsbildung unterzeichnet. Beide Seiten vereinbarten, mehr Fachkräfte auszubilden. "
     "Ghana sei ein verlässlicher Partner, betonte Bundesaußenminister Johann Wadephul.",
     [("SUPPORT", ("DEU", "GHA"), (), frozenset()),
      ("AGREE", ("DEU", "GHA"), (), frozenset())]),
    # the head of department who made the protest known in the next sentence
    ("Das Auswärtige Amt hat am Dienstag den Geschäftsträger der Botschaft Nordkoreas in "
     "Berlin einbestellt. Die Leiterin der Asien-Abteilung, Botschafterin Petra Sigmund, "
     "machte deutlich, dass Deutschland die Raketentests verurteilt.",
     [("ACCUSE", ("DEU",), ("PRK",), frozenset({("Petra Sigmund", "DEU")}))]),
    # the host named after a long title with no comma
    ("Der Vorsitzende des Ausschusses für auswärtige Angelegenheiten der Großen "
     "Nationalversammlung der Türkei Fuat Oktay hat am Dienstag in Ankara den Botschafter "
     "Ungarns in der Türkei Viktor Matis empfangen.",
     [("CONSULT", ("HUN",), ("TUR",),
       frozenset({("Fuat Oktay", "TUR"), ("Viktor Matis", "HUN")}))]),
    # the invitation by the guest named again without diacritics
    ("Bundesaußenminister Johann Wadephul hat am Dienstag in Berlin die vietnamesische "
     "Vizeaußenministerin Lê Thị Thu Hằng empfangen. Le Thi Thu Hang lud Wadephul zu einem "
     "Besuch in Hanoi ein.",
     [("CONSULT", ("VNM",), ("DEU",),
       frozenset({("Lê Thị Thu Hằng", "VNM"), ("Johann Wadephul", "DEU")})),
      ("AGREE", ("VNM",), ("DEU",),
       frozenset({("Lê Thị Thu Hằng", "VNM"), ("Johann Wadephul", "DEU")}))]),
    # "die Ministerin und ihr Gast sprachen": the visit told again, no second meeting
    ("Die Außenministerin Kanadas, Anita Anand, ist am Dienstag in Ottawa mit dem "
     "Vizeaußenminister Südkoreas, Chung Byung-won, zusammengetroffen. Die Ministerin und ihr "
     "Gast sprachen über die Lage in Nordkorea.",
     [("CONSULT", ("KOR",), ("CAN",),
       frozenset({("Chung Byung-won", "KOR"), ("Anita Anand", "CAN")}))]),
    # two officials named back by their titles agree: the meeting's officials
    ("Der Sonderbeauftragte der Bundesregierung für Afghanistan, Markus Potzel, ist am "
     "Dienstag in Doha mit dem katarischen Staatsminister Mohammed Al-Khulaifi "
     "zusammengetroffen. Der Sonderbeauftragte und der Staatsminister vereinbarten, die "
     "Gespräche im Mai fortzusetzen.",
     [("CONSULT", ("DEU",), ("QAT",),
       frozenset({("Mohammed Al-Khulaifi", "QAT"), ("Markus Potzel", "DEU")})),
      ("AGREE", ("DEU", "QAT"), (),
       frozenset({("Mohammed Al-Khulaifi", "QAT"), ("Markus Potzel", "DEU")}))]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_persons(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected
