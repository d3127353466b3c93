"""Acts told in relative clauses, and the parties of such clauses (issues 12/13, branch
relclause6; probe tests/data/probe/relclause6.jsonl):

- an act told in a relative clause whose pronoun is an object, sits in a phrase or is
  possessive (", with which …", ", mit dem …", «, с которой …», ", whose …", «, чей …») and
  that names a side of its own is done by its antecedent and the parties inside it;
- a main clause's act does not take the parties inside a following relative clause on a
  party that tells an act of its own ("Italy praised Greece, with which Turkey signed …");
- German relative clauses (cue ``relative``; verb-final, so ", die Schweiz übernehme …" is
  none), German and English pronouns read as subjects (cue ``relclause_subject``);
- the antecedent may be joined states ("Chile and Peru, which agreed …"), and in German it
  may stand before the main clause's participle ("Marokko gelobt, mit dem …");
- a directed act in a relative clause on its subject is the antecedent's, whatever case the
  main clause gives it («Венгрию, которая обвинила Украину»).

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients


CASES = [
    # a clause on a party, its pronoun in a phrase, tells an act of its own
    ("Italy praised Greece, with which Turkey signed a migration agreement on Thursday.",
     [("SUPPORT", "GRC+TUR", ""), ("SUPPORT", "ITA", "GRC")]),
    ("Spanien lobte Marokko, mit dem Frankreich am Montag ein Abkommen unterzeichnet hatte.",
     [("SUPPORT", "ESP", "MAR"), ("SUPPORT", "FRA+MAR", "")]),
    ("Китай поддержал Индию, с которой Япония в среду подписала соглашение о сотрудничестве.",
     [("SUPPORT", "CHN", "IND"), ("SUPPORT", "IND+JPN", "")]),
    # a possessive pronoun
    ("Германия приветствовала Грецию, чей премьер-министр в пятницу подписал с Турцией "
     "декларацию.", [("SUPPORT", "DEU", "GRC"), ("SUPPORT", "GRC+TUR", "")]),
    # a clause on its subject: the antecedent acts, whatever its case in the main clause
    ("Japan criticised Myanmar, which accused Thailand of harbouring rebels on Friday.",
     [("ACCUSE", "JPN", "MMR"), ("ACCUSE", "MMR", "THA")]),
    ("Польша осудила Венгрию, которая во вторник обвинила Украину в нарушении прав меньшинств.",
     [("ACCUSE", "HUN", "UKR"), ("ACCUSE", "POL", "HUN")]),
    # joined antecedents; a German clause in the middle field, the main verb after it
    ("Canada welcomed Chile and Peru, which agreed to a joint fisheries plan on Monday.",
     [("AGREE", "CHL+PER", ""), ("SUPPORT", "CAN", "CHL+PER")]),
    ("Norwegen hat Serbien und Kosovo, die sich am Montag auf einen Fahrplan geeinigt hatten, "
     "nach Oslo eingeladen.", [("AGREE", "NOR", "SRB+XKX"), ("AGREE", "SRB+XKX", "")]),
    # a main clause after a comma is no relative clause: it ends in a noun, not a verb
    ("Der Bundesrat hat am Mittwoch beschlossen, die Schweiz übernehme die Sanktionen der EU "
     "gegen Belarus.", [("SANCTION", "CHE", "BLR+EU")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relative_clause_acts(sided: Callable[[str], list[Sided]], text: str,
                              expected: list[Sided]) -> None:
    assert sided(text) == expected
