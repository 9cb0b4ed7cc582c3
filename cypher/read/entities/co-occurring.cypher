// The entities that take part in the most events together with one entity.
// Params: $id (Entity.id), $limit.
MATCH (n:Entity {id: $id})<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(o:Entity)
WHERE o <> n
WITH o, count(DISTINCT e) AS events
ORDER BY events DESC, o.name ASC
LIMIT $limit
RETURN o.id AS id, o.name AS name, o.type AS type, events
