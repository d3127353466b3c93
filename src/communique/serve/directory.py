"""Reading actors, documents and forums for the workbench.

An actor's page gathers what the store knows of one canonical actor: the
names it is seen under, the roles reports give it, its events (as reviewed)
and its counterparts, i.e. the actors it shares events with, as a small
network whose ties are weighted by the events in common.
"""

from __future__ import annotations

import json
import re

from communique.link import canonical_actor, series
from communique.serve.catalog import (
    actor_href,
    code_network,
    event_page,
    forum_label,
    source_of,
    summary_of,
)
from communique.serve.filters import EventFilter
from communique.serve.schemas import (
    ActorDetail,
    ActorPage,
    ActorSummary,
    Counterpart,
    DocumentDetail,
    DocumentPage,
    DocumentSummary,
    ForumSummary,
    NameVariant,
    Network,
    NetworkEdge,
    NetworkNode,
    RoleSeenOut,
    SeriesOut,
    Session,
)
from communique.store import Store
from communique.store.backends import Row
from communique.store.search import fold

_WORD = re.compile(r"\w+")
ACTOR_EVENTS = 200
NETWORK_TIES = 120


def actor_summary(row: Row) -> ActorSummary:
    return ActorSummary(key=row["key"], name=row["name"], kind=row["kind"],
                        country=row["country"], igo=row["igo"], events=int(row["events"]))


def actor_page(store: Store, kind: str | None, code: str | None, limit: int,
               offset: int, name: str | None = None) -> ActorPage:
    """Actors that take part in events, most active first; ``name`` finds them by any of
    their names, in any script or spelling (folded: lavrov finds Лавров)."""
    folded = " ".join(fold(w) for w in _WORD.findall(name or ""))
    params = {"kind": kind, "code": code, "name": f"%{folded}%" if folded else None}
    rows = store.query("actor_event_counts", {**params, "limit": limit, "offset": offset})
    total = store.query("actor_count", params)[0]["n"]
    return ActorPage(items=[actor_summary(r) for r in rows], total=int(total), limit=limit,
                     offset=offset)


PICKER_SIZE = 500   # actors offered by name in a review form; others are typed by name


def actor_choices(store: Store) -> list[ActorSummary]:
    """Canonical actors by name, for the review form's picker (no counting: it is shown
    on every event page an analyst reviews)."""
    return [actor_summary(r) for r in store.query("actor_choices", {"limit": PICKER_SIZE})]


def actor_detail(store: Store, key: str) -> ActorDetail | None:
    """The canonical actor of ``key`` (linking groups spelling variants of a person under
    one canonical actor), or of a person's name in any script or spelling."""
    canonical = canonical_actor(store, key)
    if canonical is None:
        return None
    pk = store.query("actor_row", {"key": canonical.key})[0]["pk"]
    code = {key: c for c, key in code_actor_keys(store).items()}.get(canonical.key)
    flt = EventFilter(code=code) if code is not None else EventFilter(actor=canonical.key)
    page = event_page(store, flt, ACTOR_EVENTS, 0, with_facets=False)
    network = (code_network(store, flt) if code is not None
               else actor_network(store, pk, page.total))
    return ActorDetail(
        actor=ActorSummary(key=canonical.key, name=canonical.name, kind=canonical.kind,
                           country=canonical.country, igo=canonical.igo, events=page.total),
        wikidata=canonical.wikidata, keys=canonical.keys,
        variants=[NameVariant(name=n.name, script=n.script, language=n.language)
                  for n in canonical.names],
        roles=[RoleSeenOut(role=r.role, first_seen=r.first_seen, last_seen=r.last_seen,
                           mentions=r.mentions) for r in canonical.roles],
        events=page.items, counterparts=counterparts(network, canonical.key),
        network=network)


def code_actor_keys(store: Store) -> dict[str, str]:
    """State and IGO code -> the key of the actor that stands for it (state:RUS)."""
    return {r["code"]: r["key"] for r in store.query("code_actor_keys")}


def actor_network(store: Store, actor_pk: int, events: int) -> Network:
    """The actor (weighing its ``events``), its counterparts, and the ties among them,
    weighted by shared events."""
    ties = store.query("actor_ties", {"actor_pk": actor_pk, "limit": NETWORK_TIES})
    pks = sorted({actor_pk} | {pk for t in ties for pk in (t["source"], t["target"])})
    actors = {r["pk"]: r for r in store.query("actors_by_pk", {"pks": json.dumps(pks)})}
    weight: dict[int, int] = dict.fromkeys(pks, 0) | {actor_pk: events}
    for tie in ties:
        if actor_pk in (tie["source"], tie["target"]):
            other = tie["target"] if tie["source"] == actor_pk else tie["source"]
            weight[other] = int(tie["n"])
    nodes = [NetworkNode(id=actors[pk]["key"], label=actors[pk]["name"],
                         kind=actors[pk]["kind"], weight=weight[pk],
                         href=actor_href(actors[pk]["key"])) for pk in pks if pk in actors]
    edges = [NetworkEdge(source=actors[t["source"]]["key"], target=actors[t["target"]]["key"],
                         weight=int(t["n"])) for t in ties
             if t["source"] in actors and t["target"] in actors]
    return Network(nodes=nodes, edges=edges)


def counterparts(network: Network, key: str) -> list[Counterpart]:
    """The actors sharing events with ``key``, most shared first."""
    shared = {edge.target if edge.source == key else edge.source: edge.weight
              for edge in network.edges if key in (edge.source, edge.target)}
    found = [Counterpart(actor=ActorSummary(key=node.id, name=node.label,
                                            kind=node.kind or "group"),
                         events=shared[node.id])
             for node in network.nodes if node.id in shared]
    return sorted(found, key=lambda c: (-c.events, c.actor.name))


# -- documents and forums -------------------------------------------------------------------

def document_page(store: Store, language: str | None, limit: int, offset: int) -> DocumentPage:
    params = {"language": language}
    rows = store.query("document_list", {**params, "limit": limit, "offset": offset})
    total = store.query("document_count", params)[0]["n"]
    items = [DocumentSummary(doc_id=r["doc_id"], title=r["title"], source=source_of(r),
                             events=int(r["events"])) for r in rows]
    return DocumentPage(items=items, total=int(total), limit=limit, offset=offset)


def document_detail(store: Store, doc_id: str) -> DocumentDetail | None:
    """One stored report with its cleaned text and its events (deleted ones marked)."""
    stored = store.get_document(doc_id)
    if stored is None:
        return None
    rows = store.query("events_of_document", {"doc_id": doc_id})
    events = [summary_of(store, row) for row in rows]
    return DocumentDetail(doc_id=stored.doc_id, title=stored.title,
                          source=stored.source, text=stored.text,
                          text_sha256=stored.text_sha256, events=events,
                          warnings=stored.warnings)


def series_list(store: Store) -> list[SeriesOut]:
    """Every series linking found, with its sessions in date order."""
    return [SeriesOut(id=found.id, name=found.name, forum_id=found.forum_id,
                      sessions=[Session(session=n, event_id=act, date=day)
                                for n, act, day in found.sessions], plans=found.plans)
            for found in series(store)]


def series_label(store: Store, series_id: str | None) -> str | None:
    """The English name of a series (``Belarus–Russia dialogue (cyber)``), not its id."""
    if series_id is None:
        return None
    return next((found.name for found in series(store) if found.id == series_id), series_id)


def forum_list(store: Store, limit: int = 200) -> list[ForumSummary]:
    return [ForumSummary(forum=r["forum"], name=forum_label(r["forum"], r["name"]),
                         events=int(r["events"]),
                         first=r["first"], last=r["last"])
            for r in store.query("forum_list", {"limit": limit})]
