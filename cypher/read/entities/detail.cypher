// One entity with its events (involving it, or at it when it is a place): counts by type, first
// and last seen, and the places it is IN. Params: $id (Entity.id).
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)<-[:INVOLVES|AT]-(e:Event)
  WITH DISTINCT e
  WITH e.type AS type, count(*) AS events, min(e.dateStart) AS first, max(e.dateStart) AS last
  ORDER BY events DESC, type
  RETURN collect({type: type, events: events}) AS byType, min(first) AS firstSeen, max(last) AS lastSeen
}
OPTIONAL MATCH (n)-[:IN]->(parent:Place)
RETURN n {.id, .name, .type, .aliases, .lat, .lon, .countryCode, .kind} AS entity, labels(n) AS labels,
       byType, firstSeen, lastSeen, collect(parent {.id, .name}) AS within
