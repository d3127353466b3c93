-- Communiqué knowledge base, schema version 1 (SQLite).
-- Later versions are steps in store/migrations/; keep this file at version 1.
-- Surrogate keys are `pk`; foreign keys are `<table>_pk`; `doc_id` and
-- `event_id` are the spec's own ids.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE documents (
    pk            INTEGER PRIMARY KEY,
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
    ingested_at   TEXT NOT NULL,
    warnings      TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    origin        TEXT
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_language ON documents (language);

CREATE TABLE events (
    pk               INTEGER PRIMARY KEY,
    document_pk      INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    position         INTEGER NOT NULL,  -- order of the event in its document
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
    location_virtual INTEGER,           -- NULL when the event has no location
    forum_name       TEXT,
    forum_id         TEXT,
    forum_session    INTEGER,
    contexts         TEXT NOT NULL,     -- JSON array
    confidence       REAL NOT NULL,
    record           TEXT NOT NULL,     -- the spec's full event JSON
    UNIQUE (document_pk, event_id),
    UNIQUE (document_pk, position)
);
CREATE INDEX events_event_id ON events (event_id);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_date ON events (date_start);

CREATE TABLE evidence_spans (
    event_pk INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (event_pk, position)
);

CREATE TABLE actors (
    pk       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,      -- kind:code:folded name, see store/rows.py
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    country  TEXT,
    igo      TEXT,
    wikidata TEXT
);
CREATE INDEX actors_country ON actors (country);

CREATE TABLE actor_names (
    actor_pk INTEGER NOT NULL REFERENCES actors (pk) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    script   TEXT NOT NULL,             -- ISO 15924: Latn, Cyrl, …
    language TEXT NOT NULL,             -- 'und' for the canonical name
    PRIMARY KEY (actor_pk, name, language)
);

CREATE TABLE actor_mentions (
    pk          INTEGER PRIMARY KEY,
    document_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    actor_pk    INTEGER NOT NULL REFERENCES actors (pk),
    start_offset INTEGER,
    end_offset   INTEGER,
    text        TEXT NOT NULL,
    role        TEXT,                   -- the role the document gives the actor
    sector      TEXT,
    seen_on     TEXT                    -- the document's publication date
);
CREATE INDEX actor_mentions_document ON actor_mentions (document_pk);
CREATE INDEX actor_mentions_actor ON actor_mentions (actor_pk);

CREATE TABLE event_participants (
    event_pk INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    actor_pk INTEGER NOT NULL REFERENCES actors (pk),
    side     TEXT NOT NULL CHECK (side IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    role     TEXT,
    PRIMARY KEY (event_pk, side, position)
);
CREATE INDEX event_participants_actor ON event_participants (actor_pk);

-- Full-text search over title and cleaned text; kept in step by triggers.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

INSERT INTO meta (key, value) VALUES ('schema_version', '1');
