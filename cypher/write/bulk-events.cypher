// Bulk loader (test fixtures, bench): events with their participants (INVOLVES {role}) and place
// (AT), idempotent on Event.id. Dates are 'YYYY-MM-DD' strings turned into Neo4j dates.
// Params: $rows = [{id, type, cameo, dateStart, dateEnd, granularity, dateSource, quantity, unit,
//   qualifier, quantityMin, quantityMax, status, placeId, reportCount, firstReported, lastReported,
//   participants: [{id, role}]}].
UNWIND $rows AS r
MERGE (e:Event {id: r.id})
SET e.type = r.type, e.cameo = r.cameo, e.dateStart = date(r.dateStart), e.dateEnd = date(r.dateEnd),
    e.granularity = r.granularity, e.dateSource = r.dateSource, e.quantity = r.quantity, e.unit = r.unit,
    e.qualifier = r.qualifier, e.quantityMin = r.quantityMin, e.quantityMax = r.quantityMax,
    e.status = r.status, e.reportCount = r.reportCount,
    e.firstReported = date(r.firstReported), e.lastReported = date(r.lastReported)
WITH e, r
CALL (e, r) {
  UNWIND coalesce(r.participants, []) AS p
  MATCH (x:Entity {id: p.id})
  MERGE (e)-[:INVOLVES {role: p.role}]->(x)
}
CALL (e, r) {
  OPTIONAL MATCH (pl:Entity {id: r.placeId})
  WITH e, pl WHERE pl IS NOT NULL
  MERGE (e)-[:AT]->(pl)
  SET e.place = pl.name
}
RETURN count(e) AS events
