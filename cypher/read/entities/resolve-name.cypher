// Entities whose name or one of whose aliases equals $ref (case-insensitive), found through the
// entity_names full-text index ($lucene is the escaped phrase query). Params: $lucene, $ref, $label.
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node
WHERE (toLower(node.name) = toLower($ref) OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = toLower($ref)))
  AND ($label IS NULL OR $label IN labels(node))
RETURN node.id AS id
LIMIT 20
