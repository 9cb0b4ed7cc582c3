// Ingest: the article's entities (key: Entity.id) with their type label, aliases (union of surface
// forms seen), coordinates for places, and MENTIONS {count} from the article; then Place IN Place
// (city → region → country) and STANDS_FOR (metonymy). Stub rows (a parent place, a metonymy
// target not named in the article) only create what is missing and get no MENTIONS.
// Rows arrive sorted by id, so concurrent writers lock entities in the same order.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []
SET e.name = CASE WHEN row.stub THEN e.name ELSE row.name END,
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.lat = coalesce(row.lat, e.lat),
    e.lon = coalesce(row.lon, e.lon),
    e.countryCode = coalesce(row.countryCode, e.countryCode),
    e.kind = coalesce(row.kind, e.kind)
FOREACH (_ IN CASE WHEN row.label = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.label = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.label = 'Place' THEN [1] ELSE [] END | SET e:Place)
WITH e, row
CALL (e, row) {
  MATCH (a:Article {id: $articleId})
  WHERE NOT row.stub
  MERGE (a)-[m:MENTIONS]->(e)
  SET m.count = row.count
}
WITH count(*) AS merged
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
RETURN merged
