"""The ActorResolver stage: bodies, IGOs, merging with NER, the document's entities."""

from __future__ import annotations

import itertools

import pytest

from communique.document import Document, Mention
from communique.gazetteer import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def actors(resolver: ActorResolver, text: str, language: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.entry_id or "", (m.actor.code if m.actor else None))
            for m in resolver.resolve(text, language)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Das teilte das russische Außenministerium mit.", "de",
     [("russische Außenministerium", "body:RUS:MFA", "RUS")]),
    ("Laut dem Außenministerium der Republik Belarus", "de",
     [("Außenministerium der Republik Belarus", "body:BLR:MFA", "BLR")]),
    ("представители МИД России, Минобороны России и Минцифры", "ru",
     [("МИД России", "body:RUS:MFA", "RUS"), ("Минобороны России", "body:RUS:MOD", "RUS"),
      ("Минцифры", "body:RUS:MINTSIFRY", "RUS")]),
    ("Japan's Foreign Ministry and the State Department", "en",
     [("Japan's Foreign Ministry", "body:JPN:MFA", "JPN"),
      ("State Department", "body:USA:MFA", "USA")]),
    ("the Ministry of Foreign Affairs of Cambodia", "en",
     [("Ministry of Foreign Affairs of Cambodia", "body:KHM:MFA", "KHM")]),
    ("Willkommen auf den Seiten des Auswärtigen Amts", "de",
     [("Auswärtigen Amts", "body:DEU:MFA", "DEU")]),
])
def test_gazetteer_resolver_bodies_take_their_state(resolver: ActorResolver, text: str,
                                                     language: str, expected: list) -> None:
    assert actors(resolver, text, language) == expected


def test_gazetteer_resolver_igo_bodies_carry_parent_code(resolver: ActorResolver) -> None:
    text = ("the Executive Committee of the Regional Commonwealth in the Field of Communications, "
            "ENISA and the Third Committee of the UN General Assembly")
    assert actors(resolver, text, "en") == [
        ("Executive Committee of the Regional Commonwealth in the Field of Communications",
         "igo:CIS:RCC", "CIS"),
        ("ENISA", "igo:EU:ENISA", "EU"),
        ("Third Committee of the UN General Assembly", "igo:UN:THIRD_COMMITTEE", "UN"),
    ]


def test_gazetteer_resolver_bare_body_takes_earlier_state(resolver: ActorResolver) -> None:
    text = "the Russian Foreign Ministry said Friday. According to the Foreign Ministry, it agreed."
    assert actors(resolver, text, "en") == [
        ("Russian Foreign Ministry", "body:RUS:MFA", "RUS"),
        ("Foreign Ministry", "body:RUS:MFA", "RUS"),
    ]


def test_gazetteer_resolver_merges_ner(resolver: ActorResolver) -> None:
    text = "Erika Mustermann traf in Berlin den Vertreter der Acme GmbH und Russland."
    ner = [Mention(0, 16, "Erika Mustermann", "PER"), Mention(25, 31, "Berlin", "LOC"),
           Mention(51, 60, "Acme GmbH", "ORG"), Mention(65, 73, "Russland", "LOC")]
    mentions = resolver.resolve(text, "de", ner)
    assert [(m.text, m.label, m.source, m.entry_id) for m in mentions] == [
        ("Erika Mustermann", "PER", "ner", "person:erika-mustermann"),
        ("Berlin", "LOC", "gazetteer", "place:berlin"),
        ("Acme GmbH", "ORG", "ner", None),
        ("Russland", "LOC", "gazetteer", "state:RUS"),
    ]
    person = mentions[0].actor
    assert (person.kind, person.name, person.country) == ("person", "Erika Mustermann", None)
    assert mentions[2].actor is None


def test_gazetteer_resolver_stage_writes_sorted_disjoint_mentions(resolver: ActorResolver) -> None:
    text = ("MINSK, 13. März (BelTA) – Das erklärte stellvertretender Außenminister Andrej "
            "Dapkjunas bei den belarussisch-russischen Konsultationen in Minsk. Belarus und "
            "Russland arbeiten eng zusammen.")
    doc = Document("d1", text, text=text, language="de")
    assert resolver.requires == ("text", "language", "sentences", "mentions")
    [doc] = resolver([doc])
    spans = [(m.start, m.end) for m in doc.mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    entities = doc.record().entities
    assert [(e.kind, e.name, e.country) for e in entities] == [
        ("person", "Andrei Dapkiunas", "BLR"), ("state", "Belarus", "BLR"),
        ("state", "Russia", "RUS"), ("state", "Belarus", "BLR"), ("state", "Russia", "RUS")]
    assert entities[0].role == "Deputy Minister of Foreign Affairs"
    assert (entities[0].start, entities[0].end) == (doc.mentions[1].start, doc.mentions[1].end)


@pytest.mark.parametrize(("text", "ner_name", "expected"), [
    # German puts the object right after an inverted subject: the name ends before the state
    ("Mit Blick auf den Konflikt kritisierte Außenminister Maas Russland.", None,
     [("Außenminister Maas", "person:heiko-maas", "DEU"), ("Russland", "state:RUS", "RUS")]),
    ("Am Montag kritisierte Heiko Maas Russland scharf.", "Heiko Maas Russland",
     [("Heiko Maas", "person:heiko-maas", "DEU"), ("Russland", "state:RUS", "RUS")]),
    # and before a second known official
    ("Am Montag empfing Präsident Putin Lukaschenko in Minsk.", None,
     [("Präsident Putin", "person:vladimir-putin", "RUS"),
      ("Lukaschenko", "person:alexander-lukashenko", "BLR"), ("Minsk", "place:minsk", None)]),
    # a state's adjective, capitalised after a given name, is a surname: no state
    ("Der Präsident der Kultusgemeinde, Oskar Deutsch, forderte mehr Integration.",
     "Oskar Deutsch", [("Oskar Deutsch", "person:oskar-deutsch", None)]),
])
def test_gazetteer_resolver_name_stops_at_a_state_or_another_official(
        resolver: ActorResolver, text: str, ner_name: str | None, expected: list) -> None:
    ner = [] if ner_name is None else [
        Mention(text.index(ner_name), text.index(ner_name) + len(ner_name), ner_name, "PER")]
    assert [(m.text, m.entry_id or "", m.actor.code if m.actor else None)
            for m in resolver.resolve(text, "de", ner)] == expected
