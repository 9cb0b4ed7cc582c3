// Who co-occurs with whom: pairs of entities taking part in the same events, most shared events
// first. Each pair once (a.id < b.id).
// Params: $limit (integer).
MATCH (a:Entity)<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(b:Entity)
WHERE a.id < b.id
WITH a, b, count(DISTINCT e) AS events
RETURN a.name AS first, b.name AS second, events
ORDER BY events DESC, first, second
LIMIT $limit
