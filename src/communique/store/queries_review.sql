-- The workbench's queries (communique.serve) and analyst review (migration 003_review).
-- Readers go through the views of 003_review: `current_events` (events as reviewed,
-- without the deleted ones), `current_participants`, `event_contexts`.
-- `/* hits */` and `/* filters */` are markers serve/sql.py replaces: see there.

-- name: event_hits
SELECT e.pk FROM current_events e JOIN documents d ON d.pk = e.document_pk
WHERE 1 = 1 /* filters */

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
EXISTS (SELECT 1 FROM current_participants p JOIN actors a ON a.pk = p.actor_pk
        WHERE p.event_pk = e.pk AND (a.country = :code OR a.igo = :code))

-- name: filter_actor
EXISTS (SELECT 1 FROM current_participants p JOIN actors a ON a.pk = p.actor_pk
        WHERE p.event_pk = e.pk AND a.key = :actor)

-- name: filter_person
EXISTS (SELECT 1 FROM current_participants p JOIN actors a ON a.pk = p.actor_pk
        WHERE p.event_pk = e.pk AND a.kind = 'person' AND (a.key = :person OR a.name = :person))

-- name: filter_context
EXISTS (SELECT 1 FROM event_contexts c WHERE c.event_pk = e.pk AND c.context = :context)

-- name: filter_forum
(e.forum_id = :forum OR e.forum_name = :forum)

-- name: filter_text [sqlite]
d.pk IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q)

-- name: filter_text [postgres]
d.search @@ plainto_tsquery('simple', :q)

-- name: event_list
WITH hits AS (/* hits */)
SELECT e.pk, e.event_id, e.record, e.verdict, d.doc_id, d.title, d.source_name, d.url,
       d.language, d.published, d.dateline
FROM hits h JOIN current_events e ON e.pk = h.pk JOIN documents d ON d.pk = e.document_pk
ORDER BY e.date_start DESC NULLS LAST, e.pk DESC
LIMIT :limit OFFSET :offset

-- name: event_count
WITH hits AS (/* hits */)
SELECT COUNT(*) AS n FROM hits

-- name: event_stream
WITH hits AS (/* hits */)
SELECT e.pk, e.event_id, e.record, e.verdict, d.pk AS document_pk, d.doc_id, d.title,
       d.source_name, d.url, d.language, d.published, d.dateline, d.text_sha256
FROM hits h JOIN current_events e ON e.pk = h.pk JOIN documents d ON d.pk = e.document_pk
WHERE e.pk > :after
ORDER BY e.pk
LIMIT :limit

-- name: event_facets
WITH hits AS (/* hits */),
ev AS (SELECT e.pk, e.event_type, e.mode, e.status, e.forum_id, e.forum_name, d.language
       FROM hits h JOIN current_events e ON e.pk = h.pk JOIN documents d ON d.pk = e.document_pk),
parts AS (SELECT DISTINCT p.event_pk, a.pk AS actor_pk, a.key, a.name, a.kind, a.country, a.igo
          FROM ev JOIN current_participants p ON p.event_pk = ev.pk
          JOIN actors a ON a.pk = p.actor_pk)
SELECT 'type' AS facet, event_type AS value, NULL AS label, COUNT(*) AS n FROM ev
GROUP BY event_type
UNION ALL
SELECT 'mode', mode, NULL, COUNT(*) FROM ev WHERE mode IS NOT NULL GROUP BY mode
UNION ALL
SELECT 'status', status, NULL, COUNT(*) FROM ev GROUP BY status
UNION ALL
SELECT 'language', language, NULL, COUNT(*) FROM ev WHERE language IS NOT NULL
GROUP BY language
UNION ALL
SELECT 'context', c.context, NULL, COUNT(*) FROM ev JOIN event_contexts c ON c.event_pk = ev.pk
GROUP BY c.context
UNION ALL
SELECT * FROM (SELECT 'code' AS facet, code AS value, MIN(label) AS label,
                      COUNT(DISTINCT event_pk) AS n
               FROM (SELECT event_pk, country AS code,
                            CASE WHEN kind = 'state' THEN name END AS label
                     FROM parts WHERE country IS NOT NULL
                     UNION ALL
                     SELECT event_pk, igo, CASE WHEN kind = 'igo' THEN name END
                     FROM parts WHERE igo IS NOT NULL) codes
               GROUP BY code ORDER BY n DESC, code LIMIT :facet_limit) top_codes
UNION ALL
SELECT * FROM (SELECT 'person' AS facet, key AS value, MIN(name) AS label,
                      COUNT(DISTINCT event_pk) AS n
               FROM parts WHERE kind = 'person'
               GROUP BY key ORDER BY n DESC, key LIMIT :facet_limit) top_persons
UNION ALL
SELECT * FROM (SELECT 'forum' AS facet, COALESCE(forum_id, forum_name) AS value,
                      MIN(forum_name) AS label, COUNT(*) AS n
               FROM ev WHERE forum_id IS NOT NULL OR forum_name IS NOT NULL
               GROUP BY COALESCE(forum_id, forum_name) ORDER BY n DESC, value
               LIMIT :facet_limit) top_forums

-- name: events_per_month
WITH hits AS (/* hits */)
SELECT substr(e.date_start, 1, 7) AS month, e.event_type, COUNT(*) AS n
FROM hits h JOIN current_events e ON e.pk = h.pk
WHERE e.date_start IS NOT NULL AND e.date_precision IN ('day', 'month')
GROUP BY substr(e.date_start, 1, 7), e.event_type
ORDER BY month, e.event_type

-- name: code_pairs
WITH hits AS (/* hits */),
codes AS (SELECT DISTINCT p.event_pk, COALESCE(a.igo, a.country) AS code
          FROM hits h JOIN current_participants p ON p.event_pk = h.pk
          JOIN actors a ON a.pk = p.actor_pk
          WHERE COALESCE(a.igo, a.country) IS NOT NULL)
SELECT x.code AS source, y.code AS target, COUNT(*) AS n
FROM codes x JOIN codes y ON y.event_pk = x.event_pk AND x.code < y.code
GROUP BY x.code, y.code
ORDER BY n DESC, source, target
LIMIT :limit

-- name: code_counts
WITH hits AS (/* hits */)
SELECT COALESCE(a.igo, a.country) AS code, COUNT(DISTINCT p.event_pk) AS n
FROM hits h JOIN current_participants p ON p.event_pk = h.pk
JOIN actors a ON a.pk = p.actor_pk
WHERE COALESCE(a.igo, a.country) IS NOT NULL
GROUP BY COALESCE(a.igo, a.country)

-- name: code_names
SELECT COALESCE(igo, country) AS code, MIN(name) AS name, MIN(kind) AS kind FROM actors
WHERE (kind = 'state' AND country IS NOT NULL) OR (kind = 'igo' AND igo IS NOT NULL)
GROUP BY COALESCE(igo, country)

-- name: events_by_event_id
SELECT e.pk, e.event_id, e.record, e.verdict, e.reviewer, e.reviewed_at,
       d.pk AS document_pk, d.doc_id, d.title, d.source_name, d.url, d.language,
       d.published, d.dateline, d.text
FROM reviewed_events e JOIN documents d ON d.pk = e.document_pk
WHERE e.event_id = :event_id
ORDER BY e.pk

-- name: events_of_document
SELECT e.pk, e.event_id, e.record, e.verdict, d.doc_id, d.title, d.source_name, d.url,
       d.language, d.published, d.dateline
FROM reviewed_events e JOIN documents d ON d.pk = e.document_pk
WHERE d.doc_id = :doc_id
ORDER BY e.position

-- name: extracted_event
SELECT record FROM events WHERE pk = :event_pk

-- name: document_list
SELECT d.doc_id, d.title, d.source_name, d.url, d.language, d.published,
       (SELECT COUNT(*) FROM current_events e WHERE e.document_pk = d.pk) AS events
FROM documents d
WHERE (CAST(:language AS TEXT) IS NULL OR d.language = :language)
ORDER BY d.published DESC NULLS LAST, d.pk DESC
LIMIT :limit OFFSET :offset

-- name: document_count
SELECT COUNT(*) AS n FROM documents d
WHERE (CAST(:language AS TEXT) IS NULL OR d.language = :language)

-- name: actor_event_counts
SELECT a.key, a.name, a.kind, a.country, a.igo, COUNT(DISTINCT p.event_pk) AS events
FROM actors a JOIN current_participants p ON p.actor_pk = a.pk
JOIN current_events e ON e.pk = p.event_pk
WHERE (CAST(:kind AS TEXT) IS NULL OR a.kind = :kind)
  AND (CAST(:code AS TEXT) IS NULL OR a.country = :code OR a.igo = :code)
GROUP BY a.pk, a.key, a.name, a.kind, a.country, a.igo
ORDER BY events DESC, a.name, a.key
LIMIT :limit OFFSET :offset

-- name: actor_count
SELECT COUNT(DISTINCT p.actor_pk) AS n
FROM current_participants p JOIN actors a ON a.pk = p.actor_pk
JOIN current_events e ON e.pk = p.event_pk
WHERE (CAST(:kind AS TEXT) IS NULL OR a.kind = :kind)
  AND (CAST(:code AS TEXT) IS NULL OR a.country = :code OR a.igo = :code)

-- name: actor_by_key
SELECT pk, key, name, kind, country, igo, wikidata FROM actors WHERE key = :key

-- name: actor_variants
SELECT name, script, language FROM actor_names WHERE actor_pk = :actor_pk
ORDER BY language = 'und' DESC, language, name

-- name: actor_roles
SELECT role, COUNT(*) AS n FROM actor_mentions
WHERE actor_pk = :actor_pk AND role IS NOT NULL
GROUP BY role ORDER BY n DESC, role
LIMIT 20

-- name: actor_events
SELECT e.pk, e.event_id, e.record, e.verdict, p.side, d.doc_id, d.title, d.source_name,
       d.url, d.language, d.published, d.dateline
FROM current_participants p JOIN current_events e ON e.pk = p.event_pk
JOIN documents d ON d.pk = e.document_pk
WHERE p.actor_pk = :actor_pk
ORDER BY e.date_start DESC NULLS LAST, e.pk DESC
LIMIT :limit

-- name: actor_ties
WITH mine AS (SELECT DISTINCT p.event_pk FROM current_participants p
              JOIN current_events e ON e.pk = p.event_pk WHERE p.actor_pk = :actor_pk),
together AS (SELECT DISTINCT p.event_pk, p.actor_pk
             FROM mine m JOIN current_participants p ON p.event_pk = m.event_pk)
SELECT x.actor_pk AS source, y.actor_pk AS target, COUNT(*) AS n
FROM together x JOIN together y ON y.event_pk = x.event_pk AND x.actor_pk < y.actor_pk
GROUP BY x.actor_pk, y.actor_pk
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
       COUNT(*) AS events, MIN(e.date_start) AS first, MAX(e.date_start) AS last
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
SELECT l.pk, l.action, l.reviewer, l.reviewed_at, l.note, e.event_id, d.doc_id
FROM review_log l JOIN events e ON e.pk = l.event_pk JOIN documents d ON d.pk = e.document_pk
ORDER BY l.pk DESC
LIMIT :limit

-- name: all_reviews
SELECT d.doc_id, e.event_id, r.verdict, r.record
FROM event_reviews r JOIN events e ON e.pk = r.event_pk JOIN documents d ON d.pk = e.document_pk
