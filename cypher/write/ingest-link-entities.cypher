// Ingest: Place IN Place (city → region → country) and Entity STANDS_FOR Entity (metonymy).
// Both ends were merged just before by ingest-merge-entities.
CALL () {
  UNWIND $placeIn AS link
  MATCH (child:Place {id: link.from})
  MATCH (parent:Place {id: link.to})
  MERGE (child)-[:IN]->(parent)
}
CALL () {
  UNWIND $standsFor AS link
  MATCH (x:Entity {id: link.from})
  MATCH (y:Entity {id: link.to})
  MERGE (x)-[:STANDS_FOR]->(y)
}
