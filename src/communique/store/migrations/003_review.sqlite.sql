-- Schema version 3 (SQLite): analyst review, and the views the workbench reads through.
-- A review never changes the extracted rows of `events` and `event_participants`: the
-- analyst's version is kept beside them, every action is logged, and the views below
-- give readers the events as reviewed. See docs/web.md.

-- One row per reviewed event: the analyst's verdict and the event as reviewed.
CREATE TABLE event_reviews (
    event_pk       INTEGER PRIMARY KEY REFERENCES events (pk) ON DELETE CASCADE,
    verdict        TEXT NOT NULL CHECK (verdict IN ('confirmed', 'corrected', 'deleted')),
    event_type     TEXT NOT NULL,
    mode           TEXT,
    status         TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT NOT NULL,
    record         TEXT NOT NULL,       -- the spec's event JSON as reviewed
    reviewer       TEXT NOT NULL,
    reviewed_at    TEXT NOT NULL
);

-- The participants of an event whose sides an analyst corrected.
CREATE TABLE review_participants (
    event_pk INTEGER NOT NULL REFERENCES event_reviews (event_pk) ON DELETE CASCADE,
    actor_pk INTEGER NOT NULL REFERENCES actors (pk),
    side     TEXT NOT NULL CHECK (side IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    role     TEXT,
    PRIMARY KEY (event_pk, side, position)
);
CREATE INDEX review_participants_actor ON review_participants (actor_pk);

-- The audit log: every review action with who, when, and the event before and after.
CREATE TABLE review_log (
    pk           INTEGER PRIMARY KEY,
    event_pk     INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    action       TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'delete', 'revert')),
    reviewer     TEXT NOT NULL,
    reviewed_at  TEXT NOT NULL,
    state_before TEXT NOT NULL,         -- JSON: {"verdict": …, "event": {…}}
    state_after  TEXT NOT NULL,
    note         TEXT
);
CREATE INDEX review_log_event ON review_log (event_pk);

-- Events as reviewed, each with the act it reports (its linked event, else itself).
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

-- The events readers see: every event as reviewed, less the deleted ones.
CREATE VIEW current_events AS
SELECT * FROM reviewed_events WHERE verdict IS NULL OR verdict <> 'deleted';

-- Each actor row with the canonical actor linking grouped it under (else itself).
CREATE VIEW actor_canon AS
SELECT a.pk AS actor_pk, COALESCE(g.canonical_pk, a.pk) AS canonical_pk
FROM actors a LEFT JOIN actor_groups g ON g.actor_pk = a.pk;

-- Participants as reviewed (the corrected sides where an analyst gave them), each with
-- its canonical actor.
CREATE VIEW current_participants AS
SELECT p.event_pk, p.actor_pk, COALESCE(g.canonical_pk, p.actor_pk) AS canonical_pk,
       p.side, p.position, p.text, p.role
FROM event_participants p LEFT JOIN actor_groups g ON g.actor_pk = p.actor_pk
WHERE NOT EXISTS (SELECT 1 FROM review_participants q WHERE q.event_pk = p.event_pk)
UNION ALL
SELECT q.event_pk, q.actor_pk, COALESCE(g.canonical_pk, q.actor_pk) AS canonical_pk,
       q.side, q.position, q.text, q.role
FROM review_participants q LEFT JOIN actor_groups g ON g.actor_pk = q.actor_pk;

-- One row per context of an event, to filter by context with the same SQL on both back-ends.
CREATE VIEW event_contexts AS
SELECT e.pk AS event_pk, j.value AS context FROM events e, json_each(e.contexts) j;
