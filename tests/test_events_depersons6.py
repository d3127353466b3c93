"""German officials and participants, sixth round (issue 13, branch depersons6).

Hand-written wire sentences (none from the blind set tests/data/probe/de_persons6.jsonl),
each with the exact persons (name, title, state) and the codes of the acts coded: a
delegation head set off by a comma ("eine Delegation, angeführt vom …"), a committee chair's
long title before the comma that sets off the name, "Vize" joined to a sectoral minister's
title, an Arab minister's "Scheich", a headline's participle of a particle verb with its
auxiliary left out ("Botschafter einbestellt"), the officials of opposite sides of one act
told in two sentences, an official whose title names no state met in a host state no
other side is of, and "Gesprächspartner war …", "Gastgeber ist …".
"""

from __future__ import annotations

import pytest

from codekit import with_persons
from communique import Extractor
from communique.events.drafts import Draft, _other_officials
from communique.events.participants import Party, Sides
from communique.model import Actor

Person = tuple[str, str | None, str | None]
Coded = tuple[str, tuple[str, ...], tuple[str, ...], frozenset[Person]]


def coded(extractor: Extractor, text: str) -> list[Coded]:
    """Each event as (type, actor codes, recipient codes, persons with title and state)."""
    return with_persons(extractor, text, "2025-05-06", lambda a: (a.name, a.role, a.country))


CASES = [
    # a delegation head set off by a comma: the head takes the delegation's state
    ("Taschkent (dpa) - Eine kasachische Delegation, angeführt von Vizeminister Erlan "
     "Sarsenbajew, hat am Montag in Taschkent Gespräche mit dem usbekischen Außenminister "
     "Bachtijor Saidow geführt.",
     [("CONSULT", ("KAZ",), ("UZB",),
       frozenset({("Erlan Sarsenbayev", "Deputy Minister", "KAZ"),
                  ("Bakhtiyor Saidov", "Minister of Foreign Affairs", "UZB")}))]),
    # "vom" and a committee chair's long title with a lower-case adjective before the comma
    ("Wien (APA) - Eine ukrainische Delegation, angeführt vom Vorsitzenden des Ausschusses für "
     "auswärtige Angelegenheiten, Oleksandr Mereschko, ist am Montag in Wien mit "
     "Außenministerin Beate Meinl-Reisinger zusammengetroffen.",
     [("CONSULT", ("UKR",), ("AUT",),
       frozenset({("Oleksandr Mereshko", "Chair", "UKR"),
                  ("Beate Meinl-Reisinger", "Minister of Foreign Affairs", "AUT")}))]),
    # "Vize" joined to a sectoral minister: his deputy
    ("Berlin (dpa) - Der kanadische Vizefinanzminister Paul Rochon ist am Montag in Berlin mit "
     "Außenminister Johann Wadephul zusammengetroffen.",
     [("CONSULT", ("CAN",), ("DEU",),
       frozenset({("Paul Rochon", "Deputy Minister of Finance", "CAN"),
                  ("Johann Wadephul", "Minister of Foreign Affairs", "DEU")}))]),
    # an Arab minister's "Scheich" is no part of his name, "Al" is
    ("Rom (dpa) - Der italienische Außenminister Antonio Tajani hat am Montag in Rom den "
     "Außenminister Kuwaits, Scheich Abdullah Ali Al Yahya, empfangen.",
     [("CONSULT", ("KWT",), ("ITA",),
       frozenset({("Abdullah Ali Al Yahya", "Minister of Foreign Affairs", "KWT"),
                  ("Antonio Tajani", "Minister of Foreign Affairs", "ITA")}))]),
    # a headline's participle with its auxiliary left out: the ambassador is summoned
    ("Japanischer Botschafter ins Außenministerium einbestellt\n\nMoskau (dpa) - Das "
     "russische Außenministerium hat am Dienstag den japanischen Botschafter Akira Muto "
     "einbestellt. Ihm wurde eine Protestnote überreicht.",
     [("ACCUSE", ("RUS",), ("JPN",), frozenset({("Akira Muto", "Ambassador", "JPN")}))]),
    # "Gesprächspartner war …" names whom the visitor met
    ("Ankara (dpa) - Der aserbaidschanische Außenminister Jeyhun Bayramov ist am Dienstag zu "
     "Gesprächen nach Ankara gereist. Gesprächspartner war der türkische Vizepräsident Cevdet "
     "Yılmaz.",
     [("CONSULT", ("AZE",), ("TUR",),
       frozenset({("Jeyhun Bayramov", "Minister of Foreign Affairs", "AZE"),
                  ("Cevdet Yılmaz", "Vice President", "TUR")}))]),
    # "Gastgeberin ist …": the host's official takes part, the city named no side
    ("In Skopje hat am Donnerstag das Treffen des OSZE-Ministerrats begonnen. Gastgeber ist der "
     "nordmazedonische Außenminister Bujar Osmani. Für Österreich nahm Außenminister Alexander "
     "Schallenberg an den Beratungen teil.",
     [("CONSULT", ("AUT", "MKD", "OSCE"), (),
       frozenset({("Buyar Osmani", "Minister of Foreign Affairs", "MKD"),
                  ("Alexander Schallenberg", "Minister of Foreign Affairs", "AUT")}))]),
    # an official whose title names no state, met in a state no other side is of
    ("Taschkent (dpa) - Die Sonderbeauftragte der EU für Zentralasien, Terhi Hakala, hat am "
     "Montag in Taschkent den stellvertretenden Außenminister Bachromschon Alojew getroffen.",
     [("CONSULT", ("EU",), ("UZB",),
       frozenset({("Terhi Hakala", "Special Representative of the European Union", None),
                  ("Bakhromshon Aloyev", "Deputy Minister of Foreign Affairs", "UZB")}))]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_officials_and_sides(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


HOSTED = ("Almaty (dpa) - Der armenische Außenminister Ararat Mirsojan {} am Freitag in Almaty "
          "mit dem stellvertretenden Außenminister Daniyar Sarsenow zusammengetroffen.")


def test_host_official_of_a_visit(extractor: Extractor) -> None:
    """One foreign side met in Kazakhstan: the official with no state is the host's."""
    assert coded(extractor, HOSTED.format("ist")) == [
        ("CONSULT", ("ARM",), ("KAZ",),
         frozenset({("Ararat Mirzoyan", "Minister of Foreign Affairs", "ARM"),
                    ("Daniyar Sarsenov", "Deputy Minister of Foreign Affairs", "KAZ")}))]


def test_host_official_between_two_sides(extractor: Extractor) -> None:
    """Two foreign sides met there: the host's official may mediate, his state stays open."""
    text = HOSTED.format("und sein aserbaidschanischer Amtskollege Jeyhun Bayramov sind")
    assert coded(extractor, text) == [
        ("CONSULT", ("ARM", "AZE"), (),
         frozenset({("Ararat Mirzoyan", "Minister of Foreign Affairs", "ARM"),
                    ("Jeyhun Bayramov", "Minister of Foreign Affairs", "AZE"),
                    ("Daniyar Sarsenov", "Deputy Minister of Foreign Affairs", None)}))]


def _party(name: str, code: str, kind: str = "person") -> Party:
    return Party(Actor(name, name, kind, country=code), 0, 0)


def _draft(actors: list[Party], recipients: list[Party]) -> Draft:
    return Draft([], Sides(actors, recipients))


def test_officials_of_opposite_sides_are_one_act() -> None:
    """The summoned envoy in one sentence, the official who received him in the next."""
    envoy = _draft([_party("Foreign Office", "DEU", "organization")], [_party("Envoy", "RUS")])
    host = _draft([_party("State Secretary", "DEU")], [_party("Russia", "RUS", "state")])
    assert not _other_officials(envoy, host)


def test_other_officials_of_one_state_are_two_acts() -> None:
    """The presidents' call and the ministers' call of one day."""
    presidents = _draft([_party("Putin", "RUS"), _party("Merkel", "DEU")], [])
    ministers = _draft([_party("Lavrov", "RUS"), _party("Gabriel", "DEU")], [])
    assert _other_officials(presidents, ministers)
