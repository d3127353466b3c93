-- Communiqué knowledge base, schema version 1 (PostgreSQL).
-- The same tables as schema_sqlite.sql with PostgreSQL types: JSONB for JSON,
-- BOOLEAN, TIMESTAMPTZ, and a generated tsvector with a GIN index for search.
-- Later versions are steps in store/migrations/; keep this file at version 1.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE documents (
    pk            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id        TEXT NOT NULL UNIQUE,
    url           TEXT,
    source_name   TEXT,
    language      TEXT,
    published     TEXT,                 -- ISO 8601 date or date-time, as the record gives it
    dateline      TEXT,
    title         TEXT,
    original_text TEXT NOT NULL,
    text          TEXT NOT NULL,        -- the cleaned text every offset refers to
    text_sha256   TEXT NOT NULL UNIQUE,
    ingested_at   TIMESTAMPTZ NOT NULL,
    warnings      JSONB NOT NULL DEFAULT '[]',
    origin        TEXT,
    search        TSVECTOR GENERATED ALWAYS AS
                      (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_language ON documents (language);
CREATE INDEX documents_search ON documents USING GIN (search);

CREATE TABLE events (
    pk               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_pk      BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    event_id         TEXT NOT NULL,
    event_type       TEXT NOT NULL,
    mode             TEXT,
    status           TEXT NOT NULL,
    date_start       TEXT,
    date_end         TEXT,
    date_precision   TEXT NOT NULL,
    date_text        TEXT,
    location_name    TEXT,
    location_country TEXT,
    location_virtual BOOLEAN,
    forum_name       TEXT,
    forum_id         TEXT,
    forum_session    INTEGER,
    contexts         JSONB NOT NULL,
    confidence       DOUBLE PRECISION NOT NULL,
    record           JSONB NOT NULL,
    UNIQUE (document_pk, event_id),
    UNIQUE (document_pk, position)
);
CREATE INDEX events_event_id ON events (event_id);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_date ON events (date_start);

CREATE TABLE evidence_spans (
    event_pk     BIGINT NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (event_pk, position)
);

CREATE TABLE actors (
    pk       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    country  TEXT,
    igo      TEXT,
    wikidata TEXT
);
CREATE INDEX actors_country ON actors (country);

CREATE TABLE actor_names (
    actor_pk BIGINT NOT NULL REFERENCES actors (pk) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    script   TEXT NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (actor_pk, name, language)
);

CREATE TABLE actor_mentions (
    pk           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_pk  BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    actor_pk     BIGINT NOT NULL REFERENCES actors (pk),
    start_offset INTEGER,
    end_offset   INTEGER,
    text         TEXT NOT NULL,
    role         TEXT,
    sector       TEXT,
    seen_on      TEXT
);
CREATE INDEX actor_mentions_document ON actor_mentions (document_pk);
CREATE INDEX actor_mentions_actor ON actor_mentions (actor_pk);

CREATE TABLE event_participants (
    event_pk BIGINT NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    actor_pk BIGINT NOT NULL REFERENCES actors (pk),
    side     TEXT NOT NULL CHECK (side IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    role     TEXT,
    PRIMARY KEY (event_pk, side, position)
);
CREATE INDEX event_participants_actor ON event_participants (actor_pk);

INSERT INTO meta (key, value) VALUES ('schema_version', '1');
