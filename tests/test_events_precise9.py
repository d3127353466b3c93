"""Mentions that are not acts, sixth round (issue 12, branch precise9; probe
tests/data/probe/precise9.jsonl):

- a verbal act (SUPPORT, ACCUSE, REJECT, REQUEST) with a duration since a point of time
  states a standing position ("unterstützt Togo seit dem Jahr 2017", "has backed … since
  2021", «давно поддерживает», «с 2015 года поддерживает»; gate ``standing``); aid delivered
  since then and "for the first time since" stay, and a bare repetition ("has repeatedly
  urged", «неоднократно призывала», "hat … mehrfach aufgefordert") reports the latest act as
  the earlier rounds' tests say;
- a SUPPORT verb whose first addressee is private persons is sympathy or praise for them, not
  for a state ("den Hinterbliebenen der Opfer", "the work of rescue workers", «семьям
  погибших»; gate ``sympathy``); one whose object is a meeting's results, with no party named
  after the verb, is the sides' opinion of their own meeting ("Beide Seiten lobten die
  Ergebnisse des Treffens", «Стороны высоко оценили итоги переговоров»; gate ``outcome``);
- an AGREE in the present in a document's frame tells what the document says ("Darin
  vereinbaren beide Länder", "Under the accord, the two countries agree"; gate ``content``);
  a past reports the sides' act and stays;
- an earlier act's participle before a document's noun is background ("Das bereits
  unterzeichnete Abkommen", "The previously signed agreement", «Ранее подписанное
  соглашение»; gate ``earlier``);
- a Russian genitive right after a non-state head names the body's owner («Председатель
  комитета Госдумы … призвал», «Ассоциация российских банков»; ``precise_attribute``, gate
  ``nonstate``);
- a step "im Gespräch", "under consideration", «рассматривается возможность» is considered,
  not agreed (``speculative`` words).

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from codekit import HELD_DE, HELD_EN, HELD_RU, LEAD_DE, LEAD_EN, LEAD_RU

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients

SIGNED_DE = "Sie unterzeichneten ein Abkommen über den Hafen. "
SIGNED_EN = "They signed an accord on the port. "
SIGNED = [("SUPPORT", "GHA+TGO", "")]

CASES = [
    # a standing position: a duration since a point with a verbal act; the controls stay
    (LEAD_DE + "Ghana unterstützt Togo seit dem Jahr 2017 bei der Reform der Polizei.", HELD_DE),
    (LEAD_DE + "Ghana unterstützte Togo am Dienstag bei der Reform der Polizei.",
     [*HELD_DE, ("SUPPORT", "GHA", "TGO")]),
    (LEAD_DE + "Ghana wirft Togo seit Beginn des Grenzkonflikts vor, Schmuggler zu decken.",
     HELD_DE),
    (LEAD_DE + "Ghana liefert seit Beginn des Konflikts Hilfsgüter nach Togo.",
     [*HELD_DE, ("AID", "GHA", "TGO")]),
    (LEAD_EN + "Ghana has backed Togo's bid for a seat on the Security Council since 2021.",
     HELD_EN),
    (LEAD_EN + "Ghana backed Togo's bid for a seat on the Security Council on Tuesday.",
     [*HELD_EN, ("SUPPORT", "GHA", "TGO")]),
    (LEAD_EN + "Ghana has criticised Togo for the first time since 2019.",
     [*HELD_EN, ("ACCUSE", "GHA", "TGO")]),
    (LEAD_RU + "Армения давно поддерживает Грузию в вопросах энергетической безопасности.",
     HELD_RU),
    (LEAD_RU + "Армения с 2015 года поддерживает Грузию в вопросах энергетической безопасности.",
     HELD_RU),
    (LEAD_RU + "Армения поддержала Грузию в вопросах энергетической безопасности.",
     [*HELD_RU, ("SUPPORT", "ARM", "GEO")]),
    # a bare repetition reports the latest act (tests/test_events_mentions.py) and stays
    (LEAD_EN + "Ghana has repeatedly urged Togo to reopen the border.",
     [*HELD_EN, ("REQUEST", "GHA", "TGO")]),
    (LEAD_EN + "Ghana urged Togo on Tuesday to reopen the border.",
     [*HELD_EN, ("REQUEST", "GHA", "TGO")]),
    (LEAD_DE + "Ghana hat Togo mehrfach aufgefordert, die Grenze zu öffnen.",
     [*HELD_DE, ("REQUEST", "GHA", "TGO")]),
    (LEAD_RU + "Армения неоднократно призывала Грузию открыть границу.",
     [*HELD_RU, ("REQUEST", "ARM", "GEO")]),
    (LEAD_EN + "Ghana's foreign ministry summoned Togo's ambassador on Tuesday to protest against "
     "smugglers who have repeatedly crossed the border.", [*HELD_EN, ("ACCUSE", "GHA", "TGO")]),
    # sympathy or praise for private persons; a state's official as addressee stays
    (LEAD_DE + "Der ghanaische Präsident sprach den Hinterbliebenen der Opfer des Busunglücks "
     "sein Beileid aus.", HELD_DE),
    (LEAD_DE + "Der ghanaische Präsident sprach dem togoischen Präsidenten sein Beileid aus.",
     [*HELD_DE, ("SUPPORT", "GHA", "TGO")]),
    (LEAD_EN + "Ghana's president praised the work of rescue workers after the floods in the "
     "north.", HELD_EN),
    (LEAD_EN + "Ghana's president praised Togo for its help after the floods.",
     [*HELD_EN, ("SUPPORT", "GHA", "TGO")]),
    (LEAD_RU + "Президент Армении выразил соболезнования семьям погибших горняков.", HELD_RU),
    (LEAD_RU + "Президент Армении выразил соболезнования президенту Грузии в связи с гибелью "
     "горняков.", [*HELD_RU, ("SUPPORT", "ARM", "GEO")]),
    # the sides' praise of their own meeting's results; results of others' talks stay
    (LEAD_DE + "Beide Seiten lobten die Ergebnisse des Treffens.", HELD_DE),
    (LEAD_EN + "Both sides praised the outcome of the talks.", HELD_EN),
    (LEAD_RU + "Стороны высоко оценили итоги переговоров.", HELD_RU),
    (LEAD_DE + "Ghana begrüßte die Ergebnisse der Gespräche zwischen Togo und Benin.",
     [*HELD_DE, ("SUPPORT", "GHA", "BEN+TGO")]),
    (LEAD_DE + "Der ghanaische Außenminister lobte die Ergebnisse der Wahlen in Togo.",
     [*HELD_DE, ("SUPPORT", "GHA", "TGO")]),
    # a document's content in the present; a past reports the act
    (LEAD_DE + SIGNED_DE + "Darin vereinbaren beide Länder, die Hafengebühren zu senken.",
     [*HELD_DE, *SIGNED]),
    (LEAD_DE + SIGNED_DE + "In einer gemeinsamen Erklärung vereinbarten beide Länder, die "
     "Hafengebühren zu senken.", [*HELD_DE, *SIGNED, ("AGREE", "GHA+TGO", "")]),
    (LEAD_EN + SIGNED_EN + "Under the accord, the two countries agree to cut port fees.",
     [*HELD_EN, *SIGNED]),
    (LEAD_EN + SIGNED_EN + "Under the accord, the two countries agreed to cut port fees.",
     [*HELD_EN, *SIGNED, ("AGREE", "GHA+TGO", "")]),
    # an earlier act's participle before a document's noun
    (LEAD_DE + "Das bereits unterzeichnete Abkommen über den Transit bleibt in Kraft.", HELD_DE),
    (LEAD_EN + "The previously signed agreement on transit remains in force.", HELD_EN),
    (LEAD_RU + "Ранее подписанное соглашение о транзите продолжает действовать.", HELD_RU),
    # a Russian genitive right after a non-state head says whose the body is
    (LEAD_RU + "Председатель комитета Госдумы по обороне Андрей Картаполов призвал Грузию "
     "открыть границу.", HELD_RU),
    (LEAD_RU + "Ассоциация российских банков призвала Грузию открыть границу.", HELD_RU),
    (LEAD_RU + "Глава МИД Армении призвал Грузию открыть границу.",
     [*HELD_RU, ("REQUEST", "ARM", "GEO")]),
    # a step considered, not agreed
    (LEAD_DE + "Ein Besuch des ghanaischen Präsidenten in Lomé ist für das kommende Jahr im "
     "Gespräch.", HELD_DE),
    (LEAD_EN + "A visit by Ghana's president to Lomé next year is under consideration.", HELD_EN),
    (LEAD_RU + "Рассматривается возможность визита президента Армении в Тбилиси в следующем "
     "году.", HELD_RU),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mentions_precise9(sided: Callable[[str], list[Sided]], text: str,
                           expected: list[Sided]) -> None:
    assert sided(text) == sorted(expected)
