// Ingest: events — new ones created, resolved ones updated with only the properties that change —
// their participants (INVOLVES {role}), their place (AT), and this article's report of each
// (REPORTED_IN with the report's own evidence, offsets, count, claimant, confidence, rule).
// Relationships of a new event, and the report (the article is new), are CREATEd; those of an
// existing event are MERGEd.
UNWIND $events AS row
MERGE (e:Event {id: row.id})
SET e += row.props
WITH e, row
CALL (e, row) {
  UNWIND row.involves AS inv
  MATCH (x:Entity {id: inv.entityId})
  FOREACH (_ IN CASE WHEN row.isNew THEN [1] ELSE [] END | CREATE (e)-[:INVOLVES {role: inv.role}]->(x))
  FOREACH (_ IN CASE WHEN row.isNew THEN [] ELSE [1] END | MERGE (e)-[:INVOLVES {role: inv.role}]->(x))
}
CALL (e, row) {
  UNWIND CASE WHEN row.at IS NULL THEN [] ELSE [row.at] END AS placeId
  MATCH (p:Entity {id: placeId})
  MERGE (e)-[:AT]->(p)
}
MATCH (a:Article {id: $articleId})
CREATE (e)-[r:REPORTED_IN]->(a)
SET r = row.report
RETURN e.id AS id, e.reportCount AS reportCount
