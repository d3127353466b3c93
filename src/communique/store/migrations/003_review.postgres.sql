-- Schema version 3 (PostgreSQL): analyst review, and the views the workbench reads through.
-- The same tables and views as 003_review.sqlite.sql with PostgreSQL types (JSONB,
-- TIMESTAMPTZ, identity keys). See docs/web.md.

CREATE TABLE event_reviews (
    event_pk       BIGINT PRIMARY KEY REFERENCES events (pk) ON DELETE CASCADE,
    verdict        TEXT NOT NULL CHECK (verdict IN ('confirmed', 'corrected', 'deleted')),
    event_type     TEXT NOT NULL,
    mode           TEXT,
    status         TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT NOT NULL,
    record         JSONB NOT NULL,
    reviewer       TEXT NOT NULL,
    reviewed_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE review_participants (
    event_pk BIGINT NOT NULL REFERENCES event_reviews (event_pk) ON DELETE CASCADE,
    actor_pk BIGINT NOT NULL REFERENCES actors (pk),
    side     TEXT NOT NULL CHECK (side IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    role     TEXT,
    PRIMARY KEY (event_pk, side, position)
);
CREATE INDEX review_participants_actor ON review_participants (actor_pk);

CREATE TABLE review_log (
    pk           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_pk     BIGINT NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    action       TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'delete', 'revert')),
    reviewer     TEXT NOT NULL,
    reviewed_at  TIMESTAMPTZ NOT NULL,
    state_before JSONB NOT NULL,
    state_after  JSONB NOT NULL,
    note         TEXT
);
CREATE INDEX review_log_event ON review_log (event_pk);

CREATE VIEW reviewed_events AS
SELECT e.pk, e.document_pk, e.position, e.event_id,
       COALESCE(le.linked_id, e.event_id) AS act_id,
       COALESCE(r.event_type, e.event_type) AS event_type,
       CASE WHEN r.event_pk IS NULL THEN e.mode ELSE r.mode END AS mode,
       COALESCE(r.status, e.status) AS status,
       CASE WHEN r.event_pk IS NULL THEN e.date_start ELSE r.date_start END AS date_start,
       CASE WHEN r.event_pk IS NULL THEN e.date_end ELSE r.date_end END AS date_end,
       COALESCE(r.date_precision, e.date_precision) AS date_precision,
       e.location_name, e.location_country, e.location_virtual,
       e.forum_name, e.forum_id, e.forum_session, e.contexts, e.confidence,
       COALESCE(r.record, e.record) AS record,
       r.verdict, r.reviewer, r.reviewed_at
FROM events e
LEFT JOIN event_reviews r ON r.event_pk = e.pk
LEFT JOIN linked_event_members m ON m.event_pk = e.pk
LEFT JOIN linked_events le ON le.pk = m.linked_pk;

CREATE VIEW current_events AS
SELECT * FROM reviewed_events WHERE verdict IS NULL OR verdict <> 'deleted';

CREATE VIEW actor_canon AS
SELECT a.pk AS actor_pk, COALESCE(g.canonical_pk, a.pk) AS canonical_pk
FROM actors a LEFT JOIN actor_groups g ON g.actor_pk = a.pk;

CREATE VIEW current_participants AS
SELECT p.event_pk, p.actor_pk, COALESCE(g.canonical_pk, p.actor_pk) AS canonical_pk,
       p.side, p.position, p.text, p.role
FROM event_participants p LEFT JOIN actor_groups g ON g.actor_pk = p.actor_pk
WHERE NOT EXISTS (SELECT 1 FROM review_participants q WHERE q.event_pk = p.event_pk)
UNION ALL
SELECT q.event_pk, q.actor_pk, COALESCE(g.canonical_pk, q.actor_pk) AS canonical_pk,
       q.side, q.position, q.text, q.role
FROM review_participants q LEFT JOIN actor_groups g ON g.actor_pk = q.actor_pk;

CREATE VIEW event_contexts AS
SELECT e.pk AS event_pk, c.context
FROM events e CROSS JOIN LATERAL jsonb_array_elements_text(e.contexts) AS c(context);
