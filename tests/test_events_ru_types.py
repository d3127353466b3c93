"""Russian type boundaries (probe set tests/data/probe/ru_types.jsonl): a warning of
counteraction is THREATEN, not a planned AGREE; retaliation announced beside a plan it
answers is no plan adopted; promised assistance is a pledge (AGREE); and the analytic
future («будет», «будут» + infinitive) is the active voice, whose subject acts. Each rule
is shown on sentences of no evaluation set.
"""

from __future__ import annotations

import pytest

from codekit import rows
from communique import Extractor

PUBLISHED = "2024-05-15"

Coded = tuple[str, str, str, str]


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return rows(extractor, text, "ru", PUBLISHED, ("type", "status", "actors", "recipients"))


@pytest.mark.parametrize(("text", "expected"), [
    # counteraction against another state's step: a warning, with its subject acting
    ("Белоруссия будет противодействовать попыткам Литвы вмешиваться во внутренние дела.",
     [("THREATEN", "occurred", "BLR", "LTU")]),
    ("Китай будет решительно противодействовать политике Японии в Восточно-Китайском море.",
     [("THREATEN", "occurred", "CHN", "JPN")]),
    # joint work against a shared threat stays a cooperative plan
    ("Россия и Казахстан будут совместно противодействовать терроризму.",
     [("AGREE", "planned", "KAZ+RUS", "")]),
])
def test_counteraction_is_a_threat(extractor: Extractor, text: str,
                                   expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «примет ответные меры» after the plan it answers: the retaliation announced, no plan adopted
    ("Иран примет ответные меры против планов Великобритании.",
     [("THREATEN", "occurred", "IRN", "GBR")]),
    # a plan adopted stays a document adopted
    ("Правительства Армении и Грузии приняли план совместных действий.",
     [("SUPPORT", "occurred", "ARM+GEO", "")]),
])
def test_retaliation_is_no_plan_adopted(extractor: Extractor, text: str,
                                        expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # assistance promised is a pledge (AGREE), given it is aid
    ("Турция окажет Азербайджану содействие в разминировании освобожденных территорий.",
     [("AGREE", "planned", "TUR", "AZE")]),
    ("Индия оказала Шри-Ланке содействие в восстановлении энергосистемы.",
     [("AID", "occurred", "IND", "LKA")]),
])
def test_assistance_pledged_or_given(extractor: Extractor, text: str,
                                     expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «будут» before an infinitive is the active future: the subject acts
    ("Власти Сербии будут высылать хорватских дипломатов.",
     [("THREATEN", "occurred", "SRB", "HRV")]),
    # before a participle it stays the passive: the subject is who the act is done to
    ("Сотрудники посольства Молдавии будут высланы Россией.",
     [("THREATEN", "occurred", "RUS", "MDA")]),
])
def test_analytic_future_is_active(extractor: Extractor, text: str,
                                   expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


def test_pledge_and_agreed_meeting_are_two_acts(extractor: Extractor) -> None:
    """A pledge of aid goes one way, the agreed next round both: two AGREE events (spec 3:
    merged only with the same direction)."""
    text = ("ТОКИО, 15 мая. Министр иностранных дел Японии провел переговоры с главой МИД "
            "Монголии. Япония предоставит Монголии кредит на строительство аэропорта. Стороны "
            "договорились провести следующий раунд консультаций в Улан-Баторе в 2025 году.")
    assert [event for event in coded(extractor, text) if event[0] == "AGREE"] == [
        ("AGREE", "planned", "JPN", "MNG"), ("AGREE", "planned", "JPN+MNG", "")]


@pytest.mark.parametrize(("text", "expected"), [
    # an agreement to widen cooperation beside a document signed: two acts
    ("БИШКЕК, 15 мая. Казахстан и Киргизия договорились о развитии сотрудничества в энергетике. "
     "Стороны подписали меморандум о строительстве Камбаратинской ГЭС-1.",
     [("AGREE", "occurred", "KAZ+KGZ", ""), ("SUPPORT", "occurred", "KAZ+KGZ", "")]),
    # an agreement whose document is then signed: the one signing act
    ("БИШКЕК, 15 мая. Казахстан и Киргизия договорились о совместном строительстве "
     "Камбаратинской ГЭС-1. Стороны подписали соответствующий меморандум.",
     [("SUPPORT", "occurred", "KAZ+KGZ", "")]),
])
def test_agreement_on_an_action_beside_a_signing(extractor: Extractor, text: str,
                                                 expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected


def test_trade_ban_is_a_sanction(extractor: Extractor) -> None:
    """Trade banned («запретила … заниматься внешнеторговой деятельностью») is a reduction of
    relations (PLOVER SANCTION), not a ban of an organisation's activity (COERCE)."""
    text = ("ТОКИО, 15 мая. Япония запретила российским компаниям заниматься внешнеторговой "
            "деятельностью с японскими партнерами.")
    assert coded(extractor, text) == [("SANCTION", "occurred", "JPN", "RUS")]
