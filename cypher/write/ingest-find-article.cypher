// Ingest: the article already in the graph with this id (from its URL) or this content hash, if any.
// Runs inside the article's write transaction; both lookups use an index (article_id, article_content_hash).
OPTIONAL MATCH (byId:Article {id: $id})
OPTIONAL MATCH (byHash:Article {contentHash: $contentHash})
WITH coalesce(byId, byHash) AS a
WHERE a IS NOT NULL
RETURN a.id AS id, CASE WHEN a.id = $id THEN 'id' ELSE 'contentHash' END AS matchedBy
LIMIT 1
