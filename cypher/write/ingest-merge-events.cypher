// Ingest: events (new ones created, resolved ones updated with only the properties that change),
// their participants (INVOLVES {role}), their place (AT), and this article's report of each
// (REPORTED_IN with the report's own evidence, offsets, count, claimant, confidence, rule).
UNWIND $events AS row
MERGE (e:Event {id: row.id})
SET e += row.props
WITH e, row
CALL (e, row) {
  UNWIND row.involves AS inv
  MATCH (x:Entity {id: inv.entityId})
  MERGE (e)-[:INVOLVES {role: inv.role}]->(x)
}
CALL (e, row) {
  UNWIND CASE WHEN row.at IS NULL THEN [] ELSE [row.at] END AS placeId
  MATCH (p:Place {id: placeId})
  MERGE (e)-[:AT]->(p)
}
MATCH (a:Article {id: $articleId})
MERGE (e)-[r:REPORTED_IN]->(a)
SET r += row.report
RETURN e.id AS id, e.reportCount AS reportCount
