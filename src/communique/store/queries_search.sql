-- Search across languages and scripts (migration 004_search; communique.store.search).

-- name: insert_search_terms
INSERT INTO search_terms (document_pk, terms) VALUES (:document_pk, :terms)

-- name: unindexed_documents
SELECT d.pk, d.title, d.text, d.language FROM documents d
WHERE NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.document_pk = d.pk)
ORDER BY d.pk
LIMIT :limit

-- name: search_documents [sqlite]
SELECT d.doc_id, d.title, d.language, d.published, d.text
FROM search_fts JOIN documents d ON d.pk = search_fts.rowid
WHERE search_fts MATCH :query
ORDER BY bm25(search_fts), d.pk
LIMIT :limit

-- name: search_documents [postgres]
SELECT d.doc_id, d.title, d.language, d.published, d.text
FROM search_terms s JOIN documents d ON d.pk = s.document_pk,
     (SELECT to_tsquery('simple', :query) AS query) q
WHERE s.search @@ q.query
ORDER BY ts_rank(s.search, q.query) DESC, d.pk
LIMIT :limit

-- name: unindexed_actor_names
-- Names of actors (of one document, or of all when :document_pk is null) not yet indexed.
SELECT a.pk AS actor_pk, a.key, a.kind, a.country, a.igo, x.name
FROM actors a
JOIN (SELECT actor_pk, name FROM actor_names UNION SELECT pk, name FROM actors) x
  ON x.actor_pk = a.pk
WHERE (CAST(:document_pk AS BIGINT) IS NULL
       OR a.pk IN (SELECT m.actor_pk FROM actor_mentions m WHERE m.document_pk = :document_pk
                   UNION
                   SELECT p.actor_pk FROM event_participants p JOIN events e ON e.pk = p.event_pk
                   WHERE e.document_pk = :document_pk))
  AND NOT EXISTS (SELECT 1 FROM actor_search s WHERE s.actor_pk = a.pk AND s.name = x.name)

-- name: insert_actor_search
INSERT INTO actor_search (actor_pk, name, folded) VALUES (:actor_pk, :name, :folded)
ON CONFLICT (actor_pk, name) DO NOTHING

-- name: insert_code_actor
INSERT INTO code_actors (actor_pk, code) VALUES (:actor_pk, :code)
ON CONFLICT (actor_pk) DO NOTHING

-- name: person_spellings
-- Every name of the persons (canonical groups) one of whose names, folded, is :folded or
-- ends with it as a word (:suffix = '% ' || :folded): a surname in any script or spelling.
-- Written on actor_groups (indexed) rather than the actor_canon view, which has no index.
WITH hit AS (SELECT DISTINCT COALESCE(g.canonical_pk, s.actor_pk) AS canonical_pk
             FROM actor_search s JOIN actors a ON a.pk = s.actor_pk
             LEFT JOIN actor_groups g ON g.actor_pk = s.actor_pk
             WHERE a.kind = 'person' AND (s.folded = :folded OR s.folded LIKE :suffix)),
members AS (SELECT canonical_pk AS actor_pk FROM hit
            UNION
            SELECT g.actor_pk FROM actor_groups g JOIN hit h ON h.canonical_pk = g.canonical_pk)
SELECT DISTINCT n.name FROM members m JOIN actor_search n ON n.actor_pk = m.actor_pk
ORDER BY n.name
