-- Queries of communique.link (cross-document events, canonical actors, series).
-- Reports are linked as reviewed: an analyst's record (event_reviews) replaces the extracted
-- one, so a corrected act is reconciled, keyed and matched as corrected.
-- Tables: store/migrations/002_links.*.sql. A list parameter (`:pks`, `:keys`) is a JSON
-- array on SQLite and an array on PostgreSQL (communique.link.db.list_param).

-- name: lock_links [sqlite]
SELECT 1 AS locked

-- name: lock_links [postgres]
SELECT pg_advisory_xact_lock(hashtext('communique-link')) IS NULL AS locked

-- name: link_document_pk
SELECT pk FROM documents WHERE doc_id = :doc_id

-- name: link_document_text
SELECT text FROM documents WHERE pk = :document_pk

-- name: link_reports_of_document
SELECT e.pk AS event_pk, e.document_pk, COALESCE(r.record, e.record) AS record, d.doc_id,
       d.published, d.dateline, d.language, d.source_name, d.url, v.vector
FROM events e JOIN documents d ON d.pk = e.document_pk
LEFT JOIN event_reviews r ON r.event_pk = e.pk
LEFT JOIN link_vectors v ON v.event_pk = e.pk
WHERE e.document_pk = :document_pk
ORDER BY e.position

-- name: link_reports [sqlite]
SELECT e.pk AS event_pk, e.document_pk, COALESCE(r.record, e.record) AS record, d.doc_id,
       d.published, d.dateline, d.language, d.source_name, d.url, v.vector
FROM events e JOIN documents d ON d.pk = e.document_pk
LEFT JOIN event_reviews r ON r.event_pk = e.pk
LEFT JOIN link_vectors v ON v.event_pk = e.pk
WHERE e.pk IN (SELECT value FROM json_each(:pks))

-- name: link_reports [postgres]
SELECT e.pk AS event_pk, e.document_pk, COALESCE(r.record, e.record) AS record, d.doc_id,
       d.published, d.dateline, d.language, d.source_name, d.url, v.vector
FROM events e JOIN documents d ON d.pk = e.document_pk
LEFT JOIN event_reviews r ON r.event_pk = e.pk
LEFT JOIN link_vectors v ON v.event_pk = e.pk
WHERE e.pk = ANY(:pks)

-- name: link_reports_of_documents [sqlite]
SELECT e.pk AS event_pk, e.document_pk, COALESCE(r.record, e.record) AS record, d.doc_id,
       d.published, d.dateline, d.language, d.source_name, d.url, v.vector
FROM events e JOIN documents d ON d.pk = e.document_pk
LEFT JOIN event_reviews r ON r.event_pk = e.pk
LEFT JOIN link_vectors v ON v.event_pk = e.pk
WHERE e.document_pk IN (SELECT value FROM json_each(:pks))

-- name: link_reports_of_documents [postgres]
SELECT e.pk AS event_pk, e.document_pk, COALESCE(r.record, e.record) AS record, d.doc_id,
       d.published, d.dateline, d.language, d.source_name, d.url, v.vector
FROM events e JOIN documents d ON d.pk = e.document_pk
LEFT JOIN event_reviews r ON r.event_pk = e.pk
LEFT JOIN link_vectors v ON v.event_pk = e.pk
WHERE e.document_pk = ANY(:pks)

-- name: unlink_event
-- Before a reviewed event is linked again: the links and keys its old version gave.
DELETE FROM link_edges WHERE event_pk = :event_pk OR other_pk = :event_pk

-- name: unkey_event
DELETE FROM link_keys WHERE event_pk = :event_pk

-- name: insert_link_vector
INSERT INTO link_vectors (event_pk, vector) VALUES (:event_pk, :vector)
ON CONFLICT (event_pk) DO NOTHING

-- name: insert_link_key
INSERT INTO link_keys (key, event_pk) VALUES (:key, :event_pk)
ON CONFLICT DO NOTHING

-- name: link_candidates [sqlite]
SELECT DISTINCT k.event_pk FROM link_keys k JOIN events e ON e.pk = k.event_pk
WHERE k.key IN (SELECT value FROM json_each(:keys)) AND e.document_pk <> :document_pk

-- name: link_candidates [postgres]
SELECT DISTINCT k.event_pk FROM link_keys k JOIN events e ON e.pk = k.event_pk
WHERE k.key = ANY(:keys) AND e.document_pk <> :document_pk

-- name: insert_link_edge
INSERT INTO link_edges (event_pk, other_pk, score) VALUES (:event_pk, :other_pk, :score)
ON CONFLICT DO NOTHING

-- name: link_neighbours [sqlite]
SELECT event_pk, other_pk, score FROM link_edges
WHERE event_pk IN (SELECT value FROM json_each(:pks))

-- name: link_neighbours [postgres]
SELECT event_pk, other_pk, score FROM link_edges WHERE event_pk = ANY(:pks)

-- name: linked_of_events [sqlite]
SELECT DISTINCT l.pk, l.linked_id, l.event_type, l.status FROM linked_event_members m
JOIN linked_events l ON l.pk = m.linked_pk
WHERE m.event_pk IN (SELECT value FROM json_each(:pks))

-- name: linked_of_events [postgres]
SELECT DISTINCT l.pk, l.linked_id, l.event_type, l.status FROM linked_event_members m
JOIN linked_events l ON l.pk = m.linked_pk
WHERE m.event_pk = ANY(:pks)

-- name: participants_of_events [sqlite]
SELECT DISTINCT event_pk, actor_pk FROM event_participants
WHERE event_pk IN (SELECT value FROM json_each(:pks))

-- name: participants_of_events [postgres]
SELECT DISTINCT event_pk, actor_pk FROM event_participants WHERE event_pk = ANY(:pks)

-- name: delete_linked_event
DELETE FROM linked_events WHERE pk = :pk

-- name: insert_linked_event
INSERT INTO linked_events (linked_id, event_type, status, date_start, date_end, date_precision,
                           sort_date, first_published, window_start, window_end, forum_id,
                           series_id, session, fulfils, mention_count, record, mentions)
VALUES (:linked_id, :event_type, :status, :date_start, :date_end, :date_precision,
        :sort_date, :first_published, :window_start, :window_end, :forum_id,
        :series_id, :session, NULL, :mention_count, :record, :mentions)
RETURNING pk

-- name: insert_linked_member
INSERT INTO linked_event_members (event_pk, linked_pk) VALUES (:event_pk, :linked_pk)

-- name: insert_linked_code
INSERT INTO linked_event_codes (linked_pk, code, event_type, status, window_start, window_end)
VALUES (:linked_pk, :code, :event_type, :status, :window_start, :window_end)

-- name: insert_linked_actor
INSERT INTO linked_event_actors (linked_pk, actor_pk) VALUES (:linked_pk, :actor_pk)
ON CONFLICT DO NOTHING

-- name: mark_document_linked
INSERT INTO link_documents (document_pk) VALUES (:document_pk)
ON CONFLICT DO NOTHING

-- Fulfilment: linked events of a kind near a window, in a series, or pointing at a plan.

-- name: linked_near
SELECT DISTINCT l.pk, l.linked_id, l.record, l.first_published, l.series_id, l.session
FROM linked_event_codes c JOIN linked_events l ON l.pk = c.linked_pk
WHERE c.code = :code AND c.event_type = :event_type AND c.status = :status
  AND c.window_start >= :earliest_start AND c.window_start <= :window_end
  AND c.window_end >= :window_start

-- name: linked_in_series
SELECT pk, linked_id, record, first_published, series_id, session FROM linked_events
WHERE series_id = :series_id AND event_type = :event_type AND status = :status

-- name: linked_fulfilling
SELECT pk, linked_id, record, first_published, series_id, session FROM linked_events
WHERE fulfils = :linked_id

-- name: linked_summary
SELECT pk, linked_id, record, first_published, series_id, session FROM linked_events
WHERE pk = :pk

-- name: set_fulfils
UPDATE linked_events SET fulfils = :fulfils WHERE pk = :pk

-- Canonical actors.

-- name: link_actors_of_document
SELECT a.pk, a.key, a.name, a.kind, a.country, a.igo FROM actors a
WHERE a.pk IN (SELECT m.actor_pk FROM actor_mentions m WHERE m.document_pk = :document_pk
               UNION
               SELECT p.actor_pk FROM event_participants p JOIN events e ON e.pk = p.event_pk
               WHERE e.document_pk = :document_pk)
ORDER BY a.key

-- name: link_actor_group_of
SELECT canonical_pk FROM actor_groups WHERE actor_pk = :actor_pk

-- name: link_insert_actor_token
INSERT INTO actor_tokens (token, actor_pk) VALUES (:token, :actor_pk)
ON CONFLICT DO NOTHING

-- name: link_actors_with_token
SELECT a.pk, a.key, a.name, a.kind, a.country, a.igo, g.canonical_pk
FROM actor_tokens t JOIN actors a ON a.pk = t.actor_pk
JOIN actor_groups g ON g.actor_pk = a.pk
WHERE t.token = :token

-- name: link_actor_group_members
SELECT a.pk, a.key, a.name, a.kind, a.country, a.igo, a.wikidata FROM actor_groups g
JOIN actors a ON a.pk = g.actor_pk
WHERE g.canonical_pk = :canonical_pk
ORDER BY a.key

-- name: link_set_actor_group
INSERT INTO actor_groups (actor_pk, canonical_pk) VALUES (:actor_pk, :canonical_pk)
ON CONFLICT (actor_pk) DO UPDATE SET canonical_pk = excluded.canonical_pk

-- name: link_actor_by_key
SELECT a.pk, a.key, g.canonical_pk FROM actors a
LEFT JOIN actor_groups g ON g.actor_pk = a.pk
WHERE a.key = :key

-- name: link_actor_names
SELECT DISTINCT n.name, n.script, n.language FROM actor_groups g
JOIN actor_names n ON n.actor_pk = g.actor_pk
WHERE g.canonical_pk = :canonical_pk
ORDER BY n.language, n.script, n.name

-- name: link_actor_roles
SELECT m.role, MIN(m.seen_on) AS first_seen, MAX(m.seen_on) AS last_seen, COUNT(*) AS mentions
FROM actor_groups g JOIN actor_mentions m ON m.actor_pk = g.actor_pk
WHERE g.canonical_pk = :canonical_pk AND m.role IS NOT NULL
GROUP BY m.role
ORDER BY MIN(m.seen_on), m.role

-- Rebuilding every link (vectors are kept unless asked: they depend only on the evidence).

-- name: clear_linked_events
DELETE FROM linked_events

-- name: clear_link_edges
DELETE FROM link_edges

-- name: clear_link_keys
DELETE FROM link_keys

-- name: clear_link_documents
DELETE FROM link_documents

-- name: clear_actor_groups
DELETE FROM actor_groups

-- name: clear_actor_tokens
DELETE FROM actor_tokens

-- name: clear_link_vectors
DELETE FROM link_vectors

-- name: link_document_pks_page
SELECT pk, doc_id FROM documents WHERE pk > :after ORDER BY pk LIMIT :limit

-- name: unlinked_documents
SELECT COUNT(*) AS n FROM documents d
WHERE NOT EXISTS (SELECT 1 FROM link_documents l WHERE l.document_pk = d.pk)

-- Reading linked events.

-- name: linked_by_id
SELECT pk, linked_id, record, mentions, series_id, session, fulfils FROM linked_events
WHERE linked_id = :linked_id

-- name: linked_by_event_id
SELECT l.pk, l.linked_id, l.record, l.mentions, l.series_id, l.session, l.fulfils
FROM events e JOIN linked_event_members m ON m.event_pk = e.pk
JOIN linked_events l ON l.pk = m.linked_pk
WHERE e.event_id = :event_id

-- name: linked_page [sqlite]
SELECT l.pk, l.linked_id, l.record, l.mentions, l.series_id, l.session, l.fulfils, l.sort_date
FROM linked_events l
WHERE (l.sort_date > :after_date OR (l.sort_date = :after_date AND l.linked_id > :after_id))
  AND (CAST(:event_type AS TEXT) IS NULL OR l.event_type = :event_type)
  AND (CAST(:status AS TEXT) IS NULL OR l.status = :status)
  AND (CAST(:series_id AS TEXT) IS NULL OR l.series_id = :series_id)
  AND (CAST(:forum_id AS TEXT) IS NULL OR l.forum_id = :forum_id)
  AND (CAST(:since AS TEXT) IS NULL OR l.sort_date >= :since)
  AND (CAST(:until AS TEXT) IS NULL OR l.sort_date <= :until)
  AND l.mention_count >= :min_mentions
  AND EXISTS (SELECT 1 FROM linked_event_members m JOIN current_events c ON c.pk = m.event_pk
              WHERE m.linked_pk = l.pk)
  AND (CAST(:code AS TEXT) IS NULL OR EXISTS (
        SELECT 1 FROM linked_event_codes c WHERE c.linked_pk = l.pk AND c.code = :code))
  AND (CAST(:language AS TEXT) IS NULL OR EXISTS (
        SELECT 1 FROM linked_event_members m JOIN events e ON e.pk = m.event_pk
        JOIN documents d ON d.pk = e.document_pk
        WHERE m.linked_pk = l.pk AND d.language = :language))
  AND (CAST(:persons AS TEXT) IS NULL OR EXISTS (
        SELECT 1 FROM linked_event_actors x JOIN actor_groups g ON g.actor_pk = x.actor_pk
        WHERE x.linked_pk = l.pk
          AND g.canonical_pk IN (SELECT value FROM json_each(:persons))))
ORDER BY l.sort_date, l.linked_id
LIMIT :limit

-- name: linked_page [postgres]
SELECT l.pk, l.linked_id, l.record, l.mentions, l.series_id, l.session, l.fulfils, l.sort_date
FROM linked_events l
WHERE (l.sort_date > :after_date OR (l.sort_date = :after_date AND l.linked_id > :after_id))
  AND (CAST(:event_type AS TEXT) IS NULL OR l.event_type = :event_type)
  AND (CAST(:status AS TEXT) IS NULL OR l.status = :status)
  AND (CAST(:series_id AS TEXT) IS NULL OR l.series_id = :series_id)
  AND (CAST(:forum_id AS TEXT) IS NULL OR l.forum_id = :forum_id)
  AND (CAST(:since AS TEXT) IS NULL OR l.sort_date >= :since)
  AND (CAST(:until AS TEXT) IS NULL OR l.sort_date <= :until)
  AND l.mention_count >= :min_mentions
  AND EXISTS (SELECT 1 FROM linked_event_members m JOIN current_events c ON c.pk = m.event_pk
              WHERE m.linked_pk = l.pk)
  AND (CAST(:code AS TEXT) IS NULL OR EXISTS (
        SELECT 1 FROM linked_event_codes c WHERE c.linked_pk = l.pk AND c.code = :code))
  AND (CAST(:language AS TEXT) IS NULL OR EXISTS (
        SELECT 1 FROM linked_event_members m JOIN events e ON e.pk = m.event_pk
        JOIN documents d ON d.pk = e.document_pk
        WHERE m.linked_pk = l.pk AND d.language = :language))
  AND (CAST(:persons AS BIGINT[]) IS NULL OR EXISTS (
        SELECT 1 FROM linked_event_actors x JOIN actor_groups g ON g.actor_pk = x.actor_pk
        WHERE x.linked_pk = l.pk AND g.canonical_pk = ANY(CAST(:persons AS BIGINT[]))))
ORDER BY l.sort_date, l.linked_id
LIMIT :limit

-- name: linked_series_members
SELECT linked_id, record, series_id, session, sort_date, status, event_type, forum_id
FROM linked_events WHERE series_id IS NOT NULL
ORDER BY series_id, sort_date, linked_id

-- name: link_counts
SELECT (SELECT COUNT(*) FROM linked_events) AS linked_events,
       (SELECT COUNT(*) FROM linked_events WHERE mention_count > 1) AS reported_more_than_once,
       (SELECT COUNT(*) FROM linked_event_members) AS mentions,
       (SELECT COUNT(DISTINCT series_id) FROM linked_events) AS series,
       (SELECT COUNT(*) FROM linked_events WHERE fulfils IS NOT NULL) AS fulfilled_plans
