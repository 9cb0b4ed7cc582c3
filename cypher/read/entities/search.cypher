// Full-text search over entity names and aliases (index entity_names), best match first.
// Params: $lucene (escaped Lucene query), $type (PERSON|ORGANIZATION|PLACE or null), $limit.
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WHERE $type IS NULL OR node.type = $type
RETURN node {.id, .name, .type, .aliases, .lat, .lon, .countryCode, .kind} AS entity, score
ORDER BY score DESC, entity.name ASC
LIMIT $limit
