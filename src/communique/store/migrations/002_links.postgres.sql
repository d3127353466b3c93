-- Schema version 2 (PostgreSQL): one event across many reports, canonical actors, series.
-- Written by communique.link in the transaction that stores a document; see docs/linking.md.
-- Link tables never reference `actors` with a foreign key: linking must not lock actor rows
-- that concurrent writers upsert (PostgreSQL), and actors are never deleted.

CREATE TABLE link_documents (               -- documents whose events are linked
    document_pk BIGINT PRIMARY KEY REFERENCES documents (pk) ON DELETE CASCADE
);

CREATE TABLE link_vectors (                 -- evidence embedding of an event, float16, L2-normalised
    event_pk BIGINT PRIMARY KEY REFERENCES events (pk) ON DELETE CASCADE,
    vector   BYTEA NOT NULL
);

CREATE TABLE link_keys (                    -- blocking index: where other reports of an act are
    key      TEXT NOT NULL,                 -- TYPE|status|CODE|YYYY-MM, or TYPE|status|forum|id#session
    event_pk BIGINT NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    PRIMARY KEY (key, event_pk)
);
CREATE INDEX link_keys_event ON link_keys (event_pk);

CREATE TABLE link_edges (                   -- pairs judged to report one act, both directions
    event_pk BIGINT NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    other_pk BIGINT NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    score    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (event_pk, other_pk)
);

CREATE TABLE linked_events (
    pk              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    linked_id       TEXT NOT NULL UNIQUE,   -- lev-…, from the first report
    event_type      TEXT NOT NULL,
    status          TEXT NOT NULL,
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT NOT NULL,
    sort_date       TEXT NOT NULL,          -- date_start, else first publication day, else 9999-12-31
    first_published TEXT,
    window_start    TEXT,                   -- when it happened (a plan: when it is due), as a range
    window_end      TEXT,
    forum_id        TEXT,
    series_id       TEXT,
    session         INTEGER,
    fulfils         TEXT,                   -- linked_id of the planned AGREE this meeting fulfils
    mention_count   INTEGER NOT NULL,
    record          JSONB NOT NULL,         -- the reconciled spec event
    mentions        JSONB NOT NULL          -- every report, in publication order
);
CREATE INDEX linked_events_sort ON linked_events (sort_date, linked_id);
CREATE INDEX linked_events_series ON linked_events (series_id);
CREATE INDEX linked_events_fulfils ON linked_events (fulfils);

CREATE TABLE linked_event_members (
    event_pk  BIGINT PRIMARY KEY REFERENCES events (pk) ON DELETE CASCADE,
    linked_pk BIGINT NOT NULL REFERENCES linked_events (pk) ON DELETE CASCADE
);
CREATE INDEX linked_event_members_linked ON linked_event_members (linked_pk);

CREATE TABLE linked_event_codes (           -- participant codes, for filters and fulfilment
    linked_pk    BIGINT NOT NULL REFERENCES linked_events (pk) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    event_type   TEXT NOT NULL,
    status       TEXT NOT NULL,
    window_start TEXT,
    window_end   TEXT,
    PRIMARY KEY (linked_pk, code)
);
CREATE INDEX linked_event_codes_lookup ON linked_event_codes (code, event_type, status,
                                                              window_start);

CREATE TABLE linked_event_actors (          -- every actor of every report of a linked event
    linked_pk BIGINT NOT NULL REFERENCES linked_events (pk) ON DELETE CASCADE,
    actor_pk  BIGINT NOT NULL,
    PRIMARY KEY (linked_pk, actor_pk)
);
CREATE INDEX linked_event_actors_actor ON linked_event_actors (actor_pk);

CREATE TABLE actor_groups (                 -- canonical actor of each actor row
    actor_pk     BIGINT PRIMARY KEY,
    canonical_pk BIGINT NOT NULL
);
CREATE INDEX actor_groups_canonical ON actor_groups (canonical_pk);

CREATE TABLE actor_tokens (                 -- name keys of persons, to find spelling variants
    token    TEXT NOT NULL,
    actor_pk BIGINT NOT NULL,
    PRIMARY KEY (token, actor_pk)
);
