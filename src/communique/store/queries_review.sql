-- Acts as reviewed (migration 003_review), read by the store's own counts (`stats`), the
-- exports and the workbench: the views `current_events` (events as reviewed, without the
-- deleted ones), `current_participants`, `event_contexts`. A query holding `/* hits */`
-- runs through `Store.query_filtered`, which puts `event_hits` there with the filter
-- fragments in place of its `/* filters */` (the workbench's fragments: serve/queries.sql).

-- name: event_hits
-- The reports of every act one of whose reports passes the filters: an event is an act,
-- so its facets, pairs and counts see all of its reports whichever one matched.
SELECT e.pk, e.act_id, e.date_start, e.verdict
FROM current_events e
WHERE e.act_id IN (SELECT e.act_id FROM current_events e
                   JOIN documents d ON d.pk = e.document_pk
                   WHERE 1 = 1 /* filters */)

-- name: event_count
-- The acts (events) and the reports that tell them.
WITH hits AS (/* hits */)
SELECT COUNT(DISTINCT act_id) AS n, COUNT(*) AS reports FROM hits

-- name: event_facets
WITH hits AS (/* hits */),
ev AS (SELECT e.pk, e.act_id, e.event_type, e.mode, e.status, e.forum_id, e.forum_name,
              d.language
       FROM hits h JOIN current_events e ON e.pk = h.pk JOIN documents d ON d.pk = e.document_pk),
parts AS (SELECT DISTINCT ev.act_id, a.key, a.name, a.kind, a.country, a.igo
          FROM ev JOIN current_participants p ON p.event_pk = ev.pk
          JOIN actors a ON a.pk = p.canonical_pk)
SELECT 'type' AS facet, event_type AS value, NULL AS label, COUNT(DISTINCT act_id) AS n
FROM ev GROUP BY event_type
UNION ALL
SELECT 'mode', mode, NULL, COUNT(DISTINCT act_id) FROM ev WHERE mode IS NOT NULL GROUP BY mode
UNION ALL
SELECT 'status', status, NULL, COUNT(DISTINCT act_id) FROM ev GROUP BY status
UNION ALL
SELECT 'language', language, NULL, COUNT(DISTINCT act_id) FROM ev
WHERE language IS NOT NULL GROUP BY language
UNION ALL
SELECT 'context', c.context, NULL, COUNT(DISTINCT ev.act_id)
FROM ev JOIN event_contexts c ON c.event_pk = ev.pk GROUP BY c.context
UNION ALL
SELECT * FROM (SELECT 'code' AS facet, code AS value, MIN(label) AS label,
                      COUNT(DISTINCT act_id) AS n
               FROM (SELECT act_id, country AS code,
                            CASE WHEN kind = 'state' THEN name END AS label
                     FROM parts WHERE country IS NOT NULL
                     UNION ALL
                     SELECT act_id, igo, CASE WHEN kind = 'igo' THEN name END
                     FROM parts WHERE igo IS NOT NULL) codes
               GROUP BY code ORDER BY n DESC, code LIMIT :facet_limit) top_codes
UNION ALL
SELECT * FROM (SELECT 'person' AS facet, key AS value, MIN(name) AS label,
                      COUNT(DISTINCT act_id) AS n
               FROM parts WHERE kind = 'person'
               GROUP BY key ORDER BY n DESC, key LIMIT :facet_limit) top_persons
UNION ALL
SELECT * FROM (SELECT 'forum' AS facet, COALESCE(forum_id, forum_name) AS value,
                      MIN(forum_name) AS label, COUNT(DISTINCT act_id) AS n
               FROM ev WHERE forum_id IS NOT NULL OR forum_name IS NOT NULL
               GROUP BY COALESCE(forum_id, forum_name) ORDER BY n DESC, value
               LIMIT :facet_limit) top_forums

-- name: act_reports
-- Every report of an act, given the act's id (lev-…) or the id of an event that is not linked.
SELECT e.pk, e.act_id, e.event_id, e.record, e.verdict, e.reviewer, e.reviewed_at,
       e.document_pk, d.doc_id, d.title, d.source_name, d.url, d.language, d.published, d.dateline, d.text
FROM reviewed_events e JOIN documents d ON d.pk = e.document_pk
WHERE e.pk IN (SELECT m.event_pk FROM linked_events le
               JOIN linked_event_members m ON m.linked_pk = le.pk WHERE le.linked_id = :act_id)
   OR e.pk IN (SELECT x.pk FROM events x WHERE x.event_id = :act_id
               AND NOT EXISTS (SELECT 1 FROM linked_event_members m WHERE m.event_pk = x.pk))
ORDER BY d.published, e.pk

-- name: actor_event_counts
-- Actors taking part in acts, most active first, each counted in acts as its page counts
-- them: an actor that stands for a state or IGO code (code_actors: state:RUS, the UN)
-- counts the acts of everyone with the code, as the code facet and the network do; any
-- other actor the acts it (any of its spellings) takes part in, as the person facet does.
-- :name is a folded name (store.search.fold) as a LIKE pattern, for the actor search.
SELECT a.key, a.name, a.kind, a.country, a.igo, COUNT(DISTINCT x.act_id) AS events,
       (SELECT COUNT(*) FROM actor_mentions m JOIN actor_canon k ON k.actor_pk = m.actor_pk
        WHERE k.canonical_pk = a.pk) AS mentions
FROM actor_acts x JOIN actors a ON a.pk = x.pk
WHERE (CAST(:kind AS TEXT) IS NULL OR a.kind = :kind)
  AND (CAST(:code AS TEXT) IS NULL OR a.country = :code OR a.igo = :code)
  AND (CAST(:name AS TEXT) IS NULL OR a.pk IN (
        SELECT k.canonical_pk FROM actor_search s JOIN actor_canon k ON k.actor_pk = s.actor_pk
        WHERE s.folded LIKE :name))
GROUP BY a.pk, a.key, a.name, a.kind, a.country, a.igo
ORDER BY events DESC, a.name, a.key
LIMIT :limit OFFSET :offset

-- name: current_report_count
SELECT COUNT(*) AS n FROM current_events

-- name: all_reviews
SELECT d.doc_id, e.event_id, r.verdict, r.record
FROM event_reviews r JOIN events e ON e.pk = r.event_pk JOIN documents d ON d.pk = e.document_pk
