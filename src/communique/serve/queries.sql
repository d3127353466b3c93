-- The workbench's queries (communique.serve) and analyst review, registered with the store
-- by communique.serve (`register_queries`) and run through its interface.
-- Readers go through the views of 003_review: `current_events` (events as reviewed,
-- without the deleted ones), `current_participants`, `event_contexts`.
-- `filter_*` are the fragments of `event_hits` (store/queries_review.sql) that
-- `Store.query_filtered` joins with AND into its `/* filters */` marker; a list query's
-- `/* hits */` marker becomes that filtered set. So only the filters in use reach the
-- database, each written once for both back-ends, and the planner can use their indexes.

-- name: filter_type
e.event_type = :type

-- name: filter_mode
e.mode = :mode

-- name: filter_status
e.status = :status

-- name: filter_language
d.language = :language

-- name: filter_since
COALESCE(e.date_end, e.date_start) >= :since

-- name: filter_until
e.date_start <= :until

-- name: filter_code
EXISTS (SELECT 1 FROM current_participants p JOIN actor_codes c ON c.actor_pk = p.canonical_pk
        WHERE p.event_pk = e.pk AND c.code = :code)

-- name: filter_actor
-- The acts of an actor as its page counts them: the pairs of the view actor_acts (a
-- state's or IGO's acts are those of everyone with its code), with the actor chosen
-- before the join. Selecting from the view built every pair of the store first (its
-- UNION), 30 ms on the 46-report sample store against 0.3 ms (docs/performance.md).
e.act_id IN (SELECT x.act_id FROM current_participants p
             JOIN current_events x ON x.pk = p.event_pk
             WHERE p.canonical_pk IN (
                 SELECT CASE WHEN o.actor_pk IS NULL THEN c.canonical_pk ELSE k.actor_pk END
                 FROM actors a JOIN actor_canon c ON c.actor_pk = a.pk
                 LEFT JOIN code_actors o ON o.actor_pk = c.canonical_pk
                 LEFT JOIN actor_codes k ON k.code = o.code
                 WHERE a.key = :actor))

-- name: filter_person
EXISTS (SELECT 1 FROM current_participants p
        WHERE p.event_pk = e.pk
          AND p.canonical_pk IN (SELECT c.canonical_pk FROM actors a
                                 JOIN actor_canon c ON c.actor_pk = a.pk
                                 WHERE a.kind = 'person'
                                   AND (a.key = :person OR a.name = :person)))

-- name: filter_context
EXISTS (SELECT 1 FROM event_contexts c WHERE c.event_pk = e.pk AND c.context = :context)

-- name: filter_forum
(e.forum_id = :forum OR e.forum_name = :forum)

-- name: filter_series
EXISTS (SELECT 1 FROM linked_event_members m JOIN linked_events le ON le.pk = m.linked_pk
        WHERE m.event_pk = e.pk AND le.series_id = :series)

-- name: filter_text [sqlite]
d.pk IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :q)

-- name: filter_text [postgres]
d.pk IN (SELECT s.document_pk FROM search_terms s WHERE s.search @@ to_tsquery('simple', :q))

-- name: event_list
-- One row per act (a linked event, else a single event), newest first. Its event is the
-- reviewed one when an analyst reviewed it, else the linked event's reconciled record.
WITH hits AS (/* hits */),
acts AS (SELECT act_id, MIN(pk) AS first_pk, MAX(date_start) AS date_start,
                MAX(CASE WHEN verdict IS NOT NULL THEN pk END) AS reviewed_pk
         FROM hits GROUP BY act_id)
SELECT a.act_id, e.pk, e.event_id, e.verdict,
       CASE WHEN a.reviewed_pk IS NULL AND le.pk IS NOT NULL THEN le.record
            ELSE e.record END AS record,
       COALESCE(le.mention_count, 1) AS reports,
       d.doc_id, d.title, d.source_name, d.url, d.language, d.published, d.dateline
FROM acts a
JOIN current_events e ON e.pk = COALESCE(a.reviewed_pk, a.first_pk)
JOIN documents d ON d.pk = e.document_pk
LEFT JOIN linked_events le ON le.linked_id = a.act_id
ORDER BY a.date_start DESC NULLS LAST, a.first_pk DESC
LIMIT :limit OFFSET :offset

-- name: event_stream
-- Every filtered event of every report (not grouped by act), for exports.
WITH hits AS (/* hits */)
SELECT e.pk, e.act_id, e.event_id, e.record, e.verdict, d.doc_id, d.title, d.source_name,
       d.url, d.language, d.published, d.dateline
FROM hits h JOIN current_events e ON e.pk = h.pk JOIN documents d ON d.pk = e.document_pk
WHERE e.pk > :after
ORDER BY e.pk
LIMIT :limit

-- name: events_per_month
WITH hits AS (/* hits */)
SELECT substr(e.date_start, 1, 7) AS month, e.event_type, COUNT(DISTINCT e.act_id) AS n
FROM hits h JOIN current_events e ON e.pk = h.pk
WHERE e.date_start IS NOT NULL AND e.date_precision IN ('day', 'month')
GROUP BY substr(e.date_start, 1, 7), e.event_type
ORDER BY month, e.event_type

-- name: code_pairs
WITH hits AS (/* hits */),
codes AS (SELECT DISTINCT h.act_id, c.code
          FROM hits h JOIN current_participants p ON p.event_pk = h.pk
          JOIN actor_codes c ON c.actor_pk = p.canonical_pk)
SELECT x.code AS source, y.code AS target, COUNT(*) AS n
FROM codes x JOIN codes y ON y.act_id = x.act_id AND x.code < y.code
GROUP BY x.code, y.code
ORDER BY n DESC, source, target
LIMIT :limit

-- name: code_counts
WITH hits AS (/* hits */)
SELECT c.code, COUNT(DISTINCT h.act_id) AS n
FROM hits h JOIN current_participants p ON p.event_pk = h.pk
JOIN actor_codes c ON c.actor_pk = p.canonical_pk
GROUP BY c.code

-- name: code_names
SELECT COALESCE(igo, country) AS code, MIN(name) AS name, MIN(kind) AS kind FROM actors
WHERE (kind = 'state' AND country IS NOT NULL) OR (kind = 'igo' AND igo IS NOT NULL)
GROUP BY COALESCE(igo, country)

-- name: events_of_document
SELECT e.pk, e.act_id, e.event_id, e.record, e.verdict, COALESCE(le.mention_count, 1) AS reports,
       d.doc_id, d.title, d.source_name, d.url, d.language, d.published, d.dateline
FROM reviewed_events e JOIN documents d ON d.pk = e.document_pk
LEFT JOIN linked_events le ON le.linked_id = e.act_id
WHERE d.doc_id = :doc_id
ORDER BY e.position

-- name: extracted_event
SELECT record FROM events WHERE pk = :event_pk

-- name: document_list
SELECT d.doc_id, d.title, d.source_name, d.url, d.language, d.published, d.dateline,
       (SELECT COUNT(*) FROM current_events e WHERE e.document_pk = d.pk) AS events
FROM documents d
WHERE (CAST(:language AS TEXT) IS NULL OR d.language = :language)
ORDER BY d.published DESC NULLS LAST, d.pk DESC
LIMIT :limit OFFSET :offset

-- name: document_count
SELECT COUNT(*) AS n FROM documents d
WHERE (CAST(:language AS TEXT) IS NULL OR d.language = :language)

-- name: actor_count
SELECT COUNT(DISTINCT a.pk) AS n
FROM actor_acts x JOIN actors a ON a.pk = x.pk
WHERE (CAST(:kind AS TEXT) IS NULL OR a.kind = :kind)
  AND (CAST(:code AS TEXT) IS NULL OR a.country = :code OR a.igo = :code)
  AND (CAST(:name AS TEXT) IS NULL OR a.pk IN (
        SELECT k.canonical_pk FROM actor_search s JOIN actor_canon k ON k.actor_pk = s.actor_pk
        WHERE s.folded LIKE :name))

-- name: code_actor_keys
SELECT c.code, a.key FROM code_actors c JOIN actors a ON a.pk = c.actor_pk

-- name: actor_row
SELECT pk, key, name, kind, country, igo, wikidata FROM actors WHERE key = :key

-- name: actor_choices
SELECT a.key, a.name, a.kind, a.country, a.igo, 0 AS events FROM actors a
WHERE a.pk IN (SELECT canonical_pk FROM actor_canon)
ORDER BY a.name, a.key
LIMIT :limit

-- name: actors_named
-- The canonical actors one of whose names, folded (store.search.fold), is :folded.
SELECT DISTINCT a.pk, a.key, a.name, a.kind, a.country, a.igo, a.wikidata
FROM actor_search s JOIN actor_canon c ON c.actor_pk = s.actor_pk
JOIN actors a ON a.pk = c.canonical_pk
WHERE s.folded = :folded

-- name: actor_ties
-- The actor's acts, and every pair of (canonical) actors taking part in them.
WITH mine AS (SELECT DISTINCT e.act_id FROM current_participants p
              JOIN current_events e ON e.pk = p.event_pk WHERE p.canonical_pk = :actor_pk),
together AS (SELECT DISTINCT e.act_id, p.canonical_pk
             FROM mine m JOIN current_events e ON e.act_id = m.act_id
             JOIN current_participants p ON p.event_pk = e.pk)
SELECT x.canonical_pk AS source, y.canonical_pk AS target, COUNT(*) AS n
FROM together x JOIN together y ON y.act_id = x.act_id AND x.canonical_pk < y.canonical_pk
GROUP BY x.canonical_pk, y.canonical_pk
ORDER BY n DESC, source, target
LIMIT :limit

-- name: actors_by_pk [sqlite]
SELECT pk, key, name, kind, country, igo FROM actors
WHERE pk IN (SELECT value FROM json_each(:pks))

-- name: actors_by_pk [postgres]
SELECT pk, key, name, kind, country, igo FROM actors
WHERE pk IN (SELECT CAST(jsonb_array_elements_text(CAST(:pks AS jsonb)) AS BIGINT))

-- name: forum_list
SELECT COALESCE(e.forum_id, e.forum_name) AS forum, MIN(e.forum_name) AS name,
       COUNT(DISTINCT e.act_id) AS events, MIN(e.date_start) AS first, MAX(e.date_start) AS last
FROM current_events e
WHERE e.forum_id IS NOT NULL OR e.forum_name IS NOT NULL
GROUP BY COALESCE(e.forum_id, e.forum_name)
ORDER BY events DESC, forum
LIMIT :limit

-- name: review_of_event
SELECT event_pk, verdict, record, reviewer, reviewed_at FROM event_reviews
WHERE event_pk = :event_pk

-- name: save_review
INSERT INTO event_reviews (event_pk, verdict, event_type, mode, status, date_start, date_end,
                           date_precision, record, reviewer, reviewed_at)
VALUES (:event_pk, :verdict, :event_type, :mode, :status, :date_start, :date_end,
        :date_precision, :record, :reviewer, :reviewed_at)
ON CONFLICT (event_pk) DO UPDATE SET
    verdict = excluded.verdict, event_type = excluded.event_type, mode = excluded.mode,
    status = excluded.status, date_start = excluded.date_start, date_end = excluded.date_end,
    date_precision = excluded.date_precision, record = excluded.record,
    reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at

-- name: drop_review
DELETE FROM event_reviews WHERE event_pk = :event_pk

-- name: clear_review_participants
DELETE FROM review_participants WHERE event_pk = :event_pk

-- name: insert_review_participant
INSERT INTO review_participants (event_pk, actor_pk, side, position, text, role)
VALUES (:event_pk, :actor_pk, :side, :position, :text, :role)

-- name: log_review
INSERT INTO review_log (event_pk, action, reviewer, reviewed_at, state_before, state_after,
                        note)
VALUES (:event_pk, :action, :reviewer, :reviewed_at, :state_before, :state_after, :note)

-- name: review_log_of_event
SELECT pk, action, reviewer, reviewed_at, state_before, state_after, note FROM review_log
WHERE event_pk = :event_pk ORDER BY pk DESC

-- name: recent_reviews
SELECT l.pk, l.action, l.reviewer, l.reviewed_at, l.state_before, l.state_after, l.note,
       e.event_id, d.doc_id
FROM review_log l JOIN events e ON e.pk = l.event_pk JOIN documents d ON d.pk = e.document_pk
ORDER BY l.pk DESC
LIMIT :limit

-- name: act_texts [sqlite]
-- The text of every report of the given acts, in publication order.
SELECT e.act_id, d.text, d.language FROM current_events e JOIN documents d ON d.pk = e.document_pk
WHERE e.act_id IN (SELECT value FROM json_each(:act_ids))
ORDER BY d.published, e.pk

-- name: act_texts [postgres]
SELECT e.act_id, d.text, d.language FROM current_events e JOIN documents d ON d.pk = e.document_pk
WHERE e.act_id IN (SELECT jsonb_array_elements_text(CAST(:act_ids AS jsonb)))
ORDER BY d.published, e.pk
