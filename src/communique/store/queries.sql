-- Every query the store runs, named for store/backends.py. Parameters are `:name`;
-- a query tagged [sqlite] or [postgres] replaces the shared one on that back-end.

-- name: schema_version
SELECT value FROM meta WHERE key = 'schema_version'

-- name: set_schema_version
UPDATE meta SET value = :version WHERE key = 'schema_version'

-- name: find_stored
SELECT doc_id, text_sha256 FROM documents
WHERE text_sha256 = :text_sha256 OR doc_id = :doc_id

-- name: insert_document
INSERT INTO documents (doc_id, url, source_name, language, published, dateline, title,
                       original_text, text, text_sha256, ingested_at, warnings, origin)
VALUES (:doc_id, :url, :source_name, :language, :published, :dateline, :title,
        :original_text, :text, :text_sha256, :ingested_at, :warnings, :origin)
ON CONFLICT (text_sha256) DO NOTHING
RETURNING pk

-- name: upsert_actor
INSERT INTO actors (key, name, kind, country, igo, wikidata)
VALUES (:key, :name, :kind, :country, :igo, :wikidata)
ON CONFLICT (key) DO UPDATE SET wikidata = COALESCE(actors.wikidata, excluded.wikidata)
RETURNING pk

-- name: insert_actor_name
INSERT INTO actor_names (actor_pk, name, script, language)
VALUES (:actor_pk, :name, :script, :language)
ON CONFLICT DO NOTHING

-- name: insert_mention
INSERT INTO actor_mentions (document_pk, actor_pk, start_offset, end_offset, text, role,
                            sector, seen_on)
VALUES (:document_pk, :actor_pk, :start_offset, :end_offset, :text, :role, :sector, :seen_on)

-- name: insert_event
INSERT INTO events (document_pk, position, event_id, event_type, mode, status, date_start,
                    date_end, date_precision, date_text, location_name, location_country,
                    location_virtual, forum_name, forum_id, forum_session, contexts,
                    confidence, record)
VALUES (:document_pk, :position, :event_id, :event_type, :mode, :status, :date_start,
        :date_end, :date_precision, :date_text, :location_name, :location_country,
        :location_virtual, :forum_name, :forum_id, :forum_session, :contexts,
        :confidence, :record)
RETURNING pk

-- name: insert_evidence
INSERT INTO evidence_spans (event_pk, position, start_offset, end_offset, text)
VALUES (:event_pk, :position, :start_offset, :end_offset, :text)

-- name: insert_participant
INSERT INTO event_participants (event_pk, actor_pk, side, position, text, role)
VALUES (:event_pk, :actor_pk, :side, :position, :text, :role)

-- name: documents_page
SELECT pk, doc_id, url, source_name, language, published, dateline, title, original_text,
       text, text_sha256, ingested_at, warnings, origin
FROM documents WHERE pk > :after ORDER BY pk LIMIT :limit

-- name: document_by_doc_id
SELECT pk, doc_id, url, source_name, language, published, dateline, title, original_text,
       text, text_sha256, ingested_at, warnings, origin
FROM documents WHERE doc_id = :doc_id

-- name: events_of_documents
SELECT document_pk, record FROM events
WHERE document_pk BETWEEN :first AND :last
ORDER BY document_pk, position

-- name: mentions_of_documents
SELECT m.document_pk, m.text, m.role, m.sector, m.start_offset, m.end_offset,
       a.name, a.kind, a.country, a.igo, a.wikidata
FROM actor_mentions m JOIN actors a ON a.pk = m.actor_pk
WHERE m.document_pk BETWEEN :first AND :last
ORDER BY m.document_pk, m.pk

-- name: events_page
SELECT e.pk, e.record, d.doc_id, d.url, d.source_name, d.language, d.published, d.dateline
FROM events e JOIN documents d ON d.pk = e.document_pk
WHERE e.pk > :after ORDER BY e.pk LIMIT :limit

-- name: document_summaries
SELECT d.doc_id, d.language, d.published, d.title, COUNT(e.pk) AS events
FROM documents d LEFT JOIN events e ON e.document_pk = d.pk
GROUP BY d.pk ORDER BY d.pk

-- name: table_counts
SELECT (SELECT COUNT(*) FROM documents) AS documents,
       (SELECT COUNT(*) FROM events) AS events,
       (SELECT COUNT(*) FROM evidence_spans) AS evidence_spans,
       (SELECT COUNT(*) FROM event_participants) AS participants,
       (SELECT COUNT(*) FROM actors) AS actors,
       (SELECT COUNT(*) FROM actor_mentions) AS mentions

-- name: events_by_type
SELECT event_type, COUNT(*) AS n FROM events GROUP BY event_type ORDER BY n DESC, event_type

-- name: documents_by_language
SELECT COALESCE(language, 'unknown') AS language, COUNT(*) AS n FROM documents
GROUP BY COALESCE(language, 'unknown') ORDER BY n DESC, language

-- name: top_actors
SELECT a.key, a.name, a.kind, a.country, a.igo,
       (SELECT COUNT(DISTINCT p.event_pk) FROM event_participants p
        WHERE p.actor_pk = a.pk) AS events,
       (SELECT COUNT(*) FROM actor_mentions m WHERE m.actor_pk = a.pk) AS mentions
FROM actors a
ORDER BY events DESC, mentions DESC, a.pk
LIMIT :limit

