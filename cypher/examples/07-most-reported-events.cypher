// The most-reported events: the number of articles and of distinct outlets reporting each.
// Params: $limit (integer).
MATCH (e:Event)-[:REPORTED_IN]->(a:Article)
WITH e, count(a) AS reports, count(DISTINCT a.source) AS sources
RETURN e.id AS id, e.type AS type, e.dateStart AS date, reports, sources
ORDER BY reports DESC, id
LIMIT $limit
