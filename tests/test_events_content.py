"""What a demand or a charge says after its addressee names no side (participants.content_span):
the addressee is the recipient, the states of the content are not."""

from __future__ import annotations

import pytest

import communique


def _sides(text: str, language: str) -> list[tuple[str, list[str], list[str]]]:
    record = communique.extract(text, published="2023-03-01", language=language)
    return [(e["event_type"], [a["country"] or a["igo"] for a in e["actors"]],
             [a["country"] or a["igo"] for a in e["recipients"]]) for e in record["events"]]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Britain urged China to stop supporting Russia.", "en",
     [("REQUEST", ["GBR"], ["CHN"])]),
    ("Russia urged the United States to refrain from deploying missiles in Japan.", "en",
     [("REQUEST", ["RUS"], ["USA"])]),
    ("Britain criticised Russia for its attacks on Ukraine.", "en",
     [("ACCUSE", ["GBR"], ["RUS"])]),
    ("Frankreich forderte Russland auf, seine Truppen aus Georgien abzuziehen.", "de",
     [("REQUEST", ["FRA"], ["RUS"])]),
    ("Die USA warfen Iran vor, Drohnen an Russland zu liefern.", "de",
     [("ACCUSE", ["USA"], ["IRN"])]),
    ("Polen forderte Deutschland auf, Kampfpanzer an die Ukraine zu liefern.", "de",
     [("REQUEST", ["POL"], ["DEU"])]),
    ("Китай потребовал от Японии, чтобы она отказалась от сотрудничества с Тайванем.", "ru",
     [("REQUEST", ["CHN"], ["JPN"])]),
])
def test_content_of_a_demand_or_charge_names_no_side(
        text: str, language: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert _sides(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # no addressee before the content: its state is what the demand is about
    ("Ukraine urged the world to isolate Russia.", "en",
     [("REQUEST", ["UKR"], ["RUS"])]),
    # coordinated addressees before the content are all recipients
    ("The EU called on Russia and Belarus to release political prisoners.", "en",
     [("REQUEST", ["EU"], ["RUS", "BLR"])]),
])
def test_content_without_addressee_keeps_its_sides(
        text: str, language: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert _sides(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ukraine called on the international community to impose sanctions on Russia.", "en",
     [("REQUEST", ["UKR"], ["RUS"])]),
    ("Lavrov urged the United States to stop supplying weapons to Ukraine.", "en",
     [("REQUEST", ["RUS"], ["USA"])]),
    ("Die Ukraine forderte die EU auf, neue Sanktionen gegen Russland zu verhängen.", "de",
     [("REQUEST", ["UKR"], ["EU"])]),
    ("Украина призвала Евросоюз ввести новые санкции.", "ru",
     [("REQUEST", ["UKR"], ["EU"])]),
])
def test_the_act_a_request_asks_for_is_no_act(
        text: str, language: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert _sides(text, language) == expected
