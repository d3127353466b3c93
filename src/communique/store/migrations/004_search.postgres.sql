-- Schema version 4 (PostgreSQL): search across languages and scripts.
-- `search_terms` holds each document's words folded (case, diacritics, ß -> ss),
-- transliterated from Cyrillic and lemmatised in the document's language
-- (communique.store.search), matched with the 'simple' configuration. Documents stored
-- before this version are indexed when the store is next opened; so are the names below.

CREATE TABLE search_terms (
    document_pk BIGINT PRIMARY KEY REFERENCES documents (pk) ON DELETE CASCADE,
    terms       TEXT NOT NULL,
    search      TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED
);
CREATE INDEX search_terms_search ON search_terms USING GIN (search);

-- Every name of an actor, folded the same way, for the actor search box. Like the link
-- tables, no foreign key to `actors`: writers upsert actor rows concurrently.
CREATE TABLE actor_search (
    actor_pk BIGINT NOT NULL,
    name     TEXT NOT NULL,
    folded   TEXT NOT NULL,
    PRIMARY KEY (actor_pk, name)
);

-- The actors that stand for a state or IGO code (state:RUS; the IGO as the gazetteer
-- names it, not its bodies): their events are those of everyone with the code, as the
-- code facet and the network count them.
CREATE TABLE code_actors (
    actor_pk BIGINT PRIMARY KEY,
    code     TEXT NOT NULL
);

-- The state and IGO codes of each actor (its country, its IGO): what the code facet,
-- the code filter and the network count an actor's acts under.
CREATE VIEW actor_codes AS
SELECT pk AS actor_pk, country AS code FROM actors WHERE country IS NOT NULL
UNION ALL
SELECT pk, igo FROM actors WHERE igo IS NOT NULL;

-- (canonical actor, act) pairs, as actor pages, the actor list and `communique stats`
-- count them: a code actor has the acts of everyone with its code, any other actor the
-- acts it (any of its spellings) takes part in; reviews and deletions included.
CREATE VIEW actor_acts AS
SELECT p.canonical_pk AS pk, e.act_id
FROM current_participants p JOIN current_events e ON e.pk = p.event_pk
WHERE p.canonical_pk NOT IN (SELECT actor_pk FROM code_actors)
UNION
SELECT c.actor_pk, e.act_id
FROM code_actors c JOIN actor_codes k ON k.code = c.code
JOIN current_participants p ON p.canonical_pk = k.actor_pk
JOIN current_events e ON e.pk = p.event_pk;
