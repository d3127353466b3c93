"""Canonical actors: one record per person, body, IGO or state across documents and scripts.

The store keeps one ``actors`` row per canonical key (``person:RUS:sergey
lavrov``), so a state or a named body is already one row whatever a text calls
it. Persons are not: "Sergei Lavrov" and "Sergey Lavrov", "Amit Shukla" and
"Amit A. Shukla" are separate rows. Linking groups rows of one kind and one
code whose names ``same_person`` accepts (across scripts and transliterations)
under one canonical row (``actor_groups``): the group is the connected set of
matching rows, and its canonical row the one whose name the gazetteer knows as
an official's, else the smallest key, so the grouping does not depend on the
order documents arrive in. Candidates are found through name keys
(``actor_tokens``), never by scanning all actors.

Reading (``canonical_actor``) gives every name variant with its script and
language, the roles documents gave the actor with the publication dates of the
first and last report, and the Wikidata id, taken for states and IGOs from
the gazetteer's data (``states.tsv``, ``igos.yaml``) when no mention carried one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from communique.gazetteer.data import load_entries, person_id
from communique.gazetteer.names import name_tokens, same_person
from communique.link.records import ActorName, CanonicalActor, RoleSeen
from communique.store import Store
from communique.store.backends import Backend, Row
from communique.store.rows import fold

PERSON = "person"


def _code(row: Row) -> str | None:
    return row["igo"] if row["kind"] == "igo" else (row["country"] or row["igo"])


def _rank(row: Row) -> tuple[int, str]:
    """Canonical row of a group: an official the gazetteer knows by this name, else min key."""
    entry = load_entries().get(person_id(row["name"])) if row["kind"] == PERSON else None
    return (0 if entry is not None else 1, row["key"])


def name_token_keys(name: str) -> list[str]:
    """The full (non-initial) name keys of a person: where spelling variants are filed."""
    return sorted({token for token in name_tokens(name) if len(token) > 1})


def group_actors(backend: Backend, conn: Any, document_pk: int) -> None:
    """Put each actor of a stored document into its canonical group (inside the transaction)."""
    for row in backend.query(conn, "link_actors_of_document", {"document_pk": document_pk}):
        if backend.query(conn, "link_actor_group_of", {"actor_pk": row["pk"]}):
            continue
        if row["kind"] != PERSON:
            backend.execute(conn, "link_set_actor_group",
                            {"actor_pk": row["pk"], "canonical_pk": row["pk"]})
            continue
        _group_person(backend, conn, row)


def _group_person(backend: Backend, conn: Any, row: Row) -> None:
    tokens = name_token_keys(row["name"])
    groups: set[int] = set()
    for token in tokens:
        for other in backend.query(conn, "link_actors_with_token", {"token": token}):
            if (other["pk"] != row["pk"] and other["kind"] == PERSON
                    and _code(other) == _code(row) and same_person(row["name"], other["name"])):
                groups.add(int(other["canonical_pk"]))
    backend.execute_many(conn, "link_insert_actor_token",
                         [{"token": token, "actor_pk": row["pk"]} for token in tokens])
    members: list[Row] = [row]
    for canonical_pk in sorted(groups):
        members += backend.query(conn, "link_actor_group_members", {"canonical_pk": canonical_pk})
    canonical = min(members, key=_rank)
    backend.execute_many(conn, "link_set_actor_group",
                         [{"actor_pk": m["pk"], "canonical_pk": canonical["pk"]}
                          for m in members])


@cache
def _gazetteer_wikidata() -> dict[tuple[str, str, str], str]:
    """(kind, code, folded name) -> Wikidata id of the gazetteer's states and IGO bodies."""
    table: dict[tuple[str, str, str], str] = {}
    for entry in load_entries().values():
        if entry.wikidata and entry.kind == "state" and entry.country:
            table[("state", entry.country, "")] = entry.wikidata
        elif entry.wikidata and entry.kind == "igo" and entry.igo:
            table[("igo", entry.igo, fold(entry.name))] = entry.wikidata
    return table


def wikidata_of(kind: str, country: str | None, igo: str | None, name: str) -> str | None:
    """A state's or IGO's Wikidata id from the gazetteer, or None."""
    table = _gazetteer_wikidata()
    if kind == "state" and country:
        return table.get(("state", country, ""))
    if kind == "igo" and igo:
        return table.get(("igo", igo, fold(name)))
    return None


def canonical_actor(store: Store, key_or_name: str) -> CanonicalActor | None:
    """The canonical actor of an actor key (any variant's) or of a person's name."""
    return store.run(_canonical_actor, key_or_name)


def _canonical_actor(backend: Backend, conn: Any, key_or_name: str) -> CanonicalActor | None:
    canonical_pk = _canonical_pk(backend, conn, key_or_name)
    if canonical_pk is None:
        return None
    members = backend.query(conn, "link_actor_group_members", {"canonical_pk": canonical_pk})
    if not members:
        return None
    head = next(m for m in members if m["pk"] == canonical_pk)
    wikidata = next((m["wikidata"] for m in members if m["wikidata"]), None)
    return CanonicalActor(
        key=head["key"], name=head["name"], kind=head["kind"], country=head["country"],
        igo=head["igo"],
        wikidata=wikidata or wikidata_of(head["kind"], head["country"], head["igo"],
                                         head["name"]),
        keys=[m["key"] for m in members],
        names=[ActorName(**r) for r in backend.query(conn, "link_actor_names",
                                                     {"canonical_pk": canonical_pk})],
        roles=[RoleSeen(r["role"], r["first_seen"], r["last_seen"], int(r["mentions"]))
               for r in backend.query(conn, "link_actor_roles",
                                      {"canonical_pk": canonical_pk})],
    )


def _canonical_pk(backend: Backend, conn: Any, key_or_name: str) -> int | None:
    found = backend.query(conn, "link_actor_by_key", {"key": key_or_name})
    if found:
        group = found[0]["canonical_pk"]
        return int(group) if group is not None else None
    groups = person_groups(backend, conn, key_or_name)
    return groups[0] if len(groups) == 1 else None


def person_groups(backend: Backend, conn: Any, name: str) -> list[int]:
    """Canonical pks of the persons ``name`` can denote (any script or spelling)."""
    found: set[int] = set()
    for token in name_token_keys(name):
        for row in backend.query(conn, "link_actors_with_token", {"token": token}):
            if same_person(name, row["name"]):
                found.add(int(row["canonical_pk"]))
    return sorted(found)
