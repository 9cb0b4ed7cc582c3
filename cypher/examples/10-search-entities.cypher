// Full-text search over entity names and aliases with the entity_names index (Lucene syntax:
// prefix*, "phrases", fuzzy~; escape + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / in literal text).
// Params: $query (e.g. 'kharkiv*').
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, score
ORDER BY score DESC, id
