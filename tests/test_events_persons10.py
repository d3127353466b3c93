"""Officials of an act named beside its other official, and envoys posted like ambassadors
(issue 13, session 19); sentences written for these tests."""

from __future__ import annotations

from codekit import persons_of
from communique import Extractor


def test_official_coordinated_with_one_at_the_table_takes_part(extractor: Extractor) -> None:
    text = ("Bundesaußenminister Johann Wadephul hat am Rande des G20-Treffens in Rio seinen "
            "chinesischen Amtskollegen getroffen. Wadephul und Wang Yi sprachen über "
            "Handelsfragen.")
    assert persons_of(extractor, text, "CONSULT", "2026-02-20") == {
        ("Johann Wadephul", "Minister of Foreign Affairs", "DEU"),
        ("Wang Yi", "Minister of Foreign Affairs", "CHN")}


def test_chargé_d_affaires_posted_in_a_state_is_of_his_own(extractor: Extractor) -> None:
    text = ("МОСКВА, 23 сентября. Временный поверенный в делах Литвы в России Виргиниюс "
            "Мотеюнас вызван в МИД РФ.")
    assert ("Virginiyus Moteyunas", "Chargé d'Affaires", "LTU") in persons_of(
        extractor, text, "ACCUSE", "2026-09-23")
