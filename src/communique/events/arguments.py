"""Actor and recipient from the trigger's clause: argument frames per ``sides`` kind.

The clause analyser gives a verb's subject, object, passive agent and obliques,
and the tree gives a noun's modifiers. A trigger entry's ``sides`` says which of
them acts: ``directed`` and ``visit`` acts are done by the subject to the object
and the obliques ("summoned the ambassador", "visited China", "imposed sanctions
on Russia"), in the passive by the agent to the subject ("the ambassador was
summoned by Lithuania"); a ``host`` act's subject is
the host, the recipient ("Putin received Lukashenko"); a ``symmetric`` act makes
everyone an actor and needs no frame. A noun takes its possessor ("Putin's visit",
"US sanctions") as the actor and its prepositional modifiers ("visit to China",
"визит … в Китай", "sanctions against Russia") as the recipients; its genitive
("the expulsion of Russian diplomats", "визит Путина") is the one who acts for a
visit and the one acted on otherwise. Passive, participial, relative and nominal
mentions need no rule of their own: the analyser already restores their subject.
"""

from __future__ import annotations

from typing import Literal

from communique.events.candidates import Candidate
from communique.nlp.syntax.clauses import Clause, Phrase, Tree
from communique.nlp.syntax.lazy import Parse

Side = Literal["actor", "recipient"]
Span = tuple[int, int]

# Relations of the words that name who an argument's head is: its name parts and the state,
# owner or body it is of.
_NAMING = ("amod", "nmod", "nmod:poss", "compound", "flat", "flat:name", "flat:foreign",
           "det:poss")
# A noun's modifiers that name who does the act: "Russia's", "US", "российский".
_POSSESSORS = frozenset({"nmod:poss", "compound", "amod", "flat"})
# A noun modifier without a preposition in this case is its genitive ("des Präsidenten").
_GENITIVE = "Gen"
# The English preposition that makes a genitive of a noun phrase ("visit of Putin").
_OF = "of"
_OTHER: dict[Side, Side] = {"actor": "recipient", "recipient": "actor"}


def argument_roles(candidate: Candidate, parse: Parse) -> list[tuple[Span, Side | None]]:
    """Character spans of the trigger's arguments and the side each one fills (None: no
    side), the most specific first; empty for a symmetric act or a trigger the parse does
    not reach."""
    how = candidate.trigger.sides
    index = parse.token_at(candidate.start)
    if how == "symmetric" or index is None:
        return []
    clause = _clause_of(parse, index)
    if clause is not None:
        return _clause_roles(parse.tree, clause, how)
    if parse.tree.tokens[index].pos in ("NOUN", "PROPN"):
        return _noun_roles(parse.tree, index, how)
    return []


def _clause_of(parse: Parse, index: int) -> Clause | None:
    """The clause the trigger word heads, as verb or as eventive noun of a light verb."""
    start = parse.tree.tokens[index].start
    return next((c for c in parse.clauses if c.predicate.head_start == start
                 or (c.light_verb is not None and c.light_verb.head_start == start)), None)


def _clause_roles(tree: Tree, clause: Clause, how: str) -> list[tuple[Span, Side | None]]:
    doer: Side = "recipient" if how == "host" else "actor"
    done_to = _OTHER[doer]
    if clause.voice == "passive":
        core = [(clause.agent, doer), (clause.subject, done_to)]
    else:
        core = [(clause.subject, doer), (clause.object, done_to)]
    if how != "host" and clause.voice == "active":
        # "imposed sanctions on Russia"; a host's obliques are where and when it receives,
        # a passive's where its subject was taken ("wurde ins Auswärtige Amt einbestellt")
        core += [(phrase, done_to) for phrase in clause.obliques]
    heads = [(_index(tree, phrase), side) for phrase, side in core if phrase is not None]
    return _roles(tree, [(index, side) for index, side in heads if index is not None])


def _noun_roles(tree: Tree, index: int, how: str) -> list[tuple[Span, Side | None]]:
    doer: Side = "recipient" if how == "host" else "actor"
    genitive = doer if how == "visit" else _OTHER[doer]
    found: list[tuple[int, Side]] = []
    for kid in tree.children[index]:
        dep = tree.tokens[kid].dep or ""
        marker = tree.kid(kid, "case")
        preposition = None if marker is None else tree.tokens[marker].text.lower()
        if dep in _POSSESSORS:
            found.append((kid, doer))
        elif dep.startswith("nmod") and (preposition == _OF or (
                preposition is None and tree.feats(kid).get("Case") == _GENITIVE)):
            found.append((kid, genitive))
        elif dep.startswith("nmod") and preposition is not None:
            found.append((kid, _OTHER[doer]))
    return _roles(tree, found)


def _roles(tree: Tree, arguments: list[tuple[int, Side]]) -> list[tuple[Span, Side | None]]:
    """The words naming each argument with its side, in the frame's order; then each
    argument's whole phrase with no side: a party named deeper inside it ("initiatives put
    forward by Russia - the Working Group …, the ITU") is what the argument is about."""
    named = [(span, side) for index, side in arguments for span in _span(tree, index)]
    return [*named, *((_inside(tree, index), None) for index, _ in arguments)]


def _index(tree: Tree, phrase: Phrase) -> int | None:
    return next((i for i, t in enumerate(tree.tokens) if t.start == phrase.head_start), None)


def _span(tree: Tree, index: int) -> list[Span]:
    """The words that name who an argument is: its head, the heads coordinated with it
    ("Russia and China"), and their name parts and modifiers, recursively ("the ambassador
    of Germany", "der russische Botschafter", "diplomats of the German embassy", "Посол
    Германии")."""
    words, stack = [], [index]
    while stack:
        node = stack.pop()
        words.append(node)
        stack.extend(tree.kids(node, "conj", *_NAMING))
    return [(tree.tokens[w].start, tree.tokens[w].end) for w in sorted(words)]


def _inside(tree: Tree, index: int) -> Span:
    """The characters of an argument's whole phrase, its clauses and appositions included."""
    low = high = index
    stack = [index]
    while stack:
        node = stack.pop()
        low, high = min(low, node), max(high, node)
        stack.extend(tree.children[node])
    return tree.tokens[low].start, tree.tokens[high].end
