"""Mentions that are not acts, second round (issue 12; probe set tests/data/probe/mentions.jsonl).

Opinions ("Analysts believe …", «Эксперт полагает, что …»), an act's noun qualified as
possible ("a possible meeting"), a lasting course ("has long supported", «последовательно
призывает», "seit Jahren"), a habit set off by commas ("Poland, as usual, accused …") and
non-state bodies (rights groups, NGOs, hackers) name acts without reporting one. Each gate is
shown on a hand-written one-sentence document with a control that differs by the gate's word
and is coded; none of the sentences is from the probe set.
"""

from __future__ import annotations

import pytest

from communique.events.coder import EventCoder
from test_events_coder_units import Named, coded, person, state

PL_DE, LT_DE, RU_DE = state("Polen", "POL"), state("Litauen", "LTU"), state("Russland", "RUS")
PL_EN, LT_EN, RU_EN = state("Poland", "POL"), state("Lithuania", "LTU"), state("Russia", "RUS")


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


CASES: list[tuple[str, str, list[Named], list[tuple[str, str, str]]]] = [
    # opinion: a verb of belief before the trigger makes what follows an opinion
    ("en", "Observers think Poland signed a secret treaty with Lithuania.", [PL_EN, LT_EN], []),
    ("en", "Observers said Poland signed a secret treaty with Lithuania.", [PL_EN, LT_EN],
     [("SUPPORT", "LTU+POL", "")]),
    ("de", "Der Historiker glaubt, Polen werde Litauen weitere Hilfe zusagen.",
     [PL_DE, LT_DE], []),
    ("de", "Beobachter rechnen mit einer Einigung zwischen Polen und Litauen.",
     [PL_DE, LT_DE], []),
    ("ru", "Аналитик полагает, что Польша подпишет договор с Литвой.",
     [state("Польша", "POL"), state("Литвой", "LTU")], []),
    # … only with its «что»: a belief and a second verb are two clauses of one subject
    ("ru", "Польша считает решение ошибочным и призывает Литву отменить его.",
     [state("Польша", "POL"), state("Литву", "LTU")], [("REQUEST", "POL", "LTU")]),
    # … but the passive hedge of a report tells the act
    ("en", "Poland's envoy believed to be close to the president accused Russia of "
     "provocations.", [state("Poland's", "POL"), RU_EN], [("ACCUSE", "POL", "RUS")]),
    # … and a belief in another clause leaves the act reported
    ("en", "Lithuania, which believes in dialogue, accused Russia of provocations.",
     [LT_EN, RU_EN], [("ACCUSE", "LTU", "RUS")]),
    ("de", "Polen glaubt an den Dialog, warf Russland aber Provokationen vor.",
     [PL_DE, RU_DE], [("ACCUSE", "POL", "RUS")]),
    # possible: an adjective of possibility right before the act's noun
    ("en", "A possible meeting between Poland and Lithuania will take place in May.",
     [PL_EN, LT_EN], []),
    ("en", "A meeting between Poland and Lithuania will take place in May.",
     [PL_EN, LT_EN], [("AGREE", "LTU+POL", "")]),
    ("de", "Ein mögliches Treffen zwischen Polen und Litauen soll im Mai stattfinden.",
     [PL_DE, LT_DE], []),
    ("ru", "Возможная встреча Польши и Литвы состоится в мае.",
     [state("Польши", "POL"), state("Литвы", "LTU")], []),
    # generic: a habit set off by commas, where a clause word opens the clause after it
    ("en", "Poland, as usual, accused Russia of provocations.", [PL_EN, RU_EN], []),
    ("en", "Poland, as expected, accused Russia of provocations.", [PL_EN, RU_EN],
     [("ACCUSE", "POL", "RUS")]),
    ("ru", "Польша, как правило, обвиняет Россию в провокациях.",
     [state("Польша", "POL"), state("Россию", "RUS")], []),
    # … and a course that lasts
    ("en", "Poland has long supported Lithuania's bid.", [PL_EN, state("Lithuania's", "LTU")], []),
    ("en", "Poland consistently calls on Russia to withdraw its troops.", [PL_EN, RU_EN], []),
    ("de", "Polen wirft Russland seit Jahren Provokationen vor.", [PL_DE, RU_DE], []),
    ("ru", "Польша последовательно призывает Россию вывести войска.",
     [state("Польша", "POL"), state("Россию", "RUS")], []),
    ("en", "Poland remains committed to supporting Lithuania.", [PL_EN, LT_EN], []),
    # … but "erstmals seit Jahren" dates an act, and "repeatedly" reports the latest one
    ("de", "Erstmals seit Jahren trafen sich Polen und Russland zu Gesprächen.",
     [PL_DE, RU_DE], [("CONSULT", "POL+RUS", "")]),
    ("en", "Poland has repeatedly called on Russia to withdraw its troops.", [PL_EN, RU_EN],
     [("REQUEST", "POL", "RUS")]),
    # nonstate: rights groups, NGOs and hackers act for themselves
    ("en", "Rights groups accused Poland of pushing back migrants.", [PL_EN], []),
    ("en", "Lithuania accused Poland of pushing back migrants.", [LT_EN, PL_EN],
     [("ACCUSE", "LTU", "POL")]),
    ("de", "Die Menschenrechtsorganisation Pro Asyl warf Polen Zurückweisungen vor.",
     [PL_DE], []),
    ("de", "Prorussische Hacker drohten Litauen mit weiteren Angriffen.", [LT_DE], []),
    ("ru", "Белорусские НКО обвинили Литву в нарушении прав мигрантов.",
     [state("Литву", "LTU")], []),
    ("ru", "Хакерская группировка пригрозила Литве новыми атаками.", [state("Литве", "LTU")], []),
    # … a compound of "hacker" before the subject is no subject of its own
    ("de", "Nach dem Hackerangriff hat Polen den russischen Botschafter einbestellt.",
     [PL_DE, person("russischen Botschafter", "RUS", "Ambassador")], [("ACCUSE", "POL", "RUS")]),
]


@pytest.mark.parametrize(("language", "text", "named", "expected"), CASES,
                         ids=[case[1][:40] for case in CASES])
def test_mentions_are_not_acts(coder: EventCoder, language: str, text: str,
                               named: list[Named], expected: list[tuple[str, str, str]]) -> None:
    assert coded(coder, language, text, named) == expected
