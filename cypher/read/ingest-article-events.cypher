// Ingest: what an article already in the graph reported (answer to a repeated POST /articles).
MATCH (a:Article {id: $id})
WITH a, [(a)-[:MENTIONS]->(x:Entity) | {id: x.id, type: x.type, name: x.name}] AS entities
OPTIONAL MATCH (e:Event)-[r:REPORTED_IN]->(a)
WITH a, entities, e, r ORDER BY r.start
WITH a, entities, collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, type: e.type, dateStart: e.dateStart, dateEnd: e.dateEnd,
     granularity: e.granularity, quantity: r.quantity, unit: r.unit, reportCount: e.reportCount} END) AS events
RETURN a.id AS id, a.title AS title, a.publishedAt AS publishedAt, a.url AS url, entities, events
