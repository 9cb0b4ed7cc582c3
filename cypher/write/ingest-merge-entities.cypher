// Ingest: the article's entities (key: Entity.id) with their type label, aliases (union of surface
// forms seen), coordinates for places, and MENTIONS {count} from the new article; then Place IN
// Place (city → region → country) and STANDS_FOR (metonymy). Stub rows (a parent place, a
// metonymy target not named in the article) only create what is missing and get no MENTIONS.
// An entity already known is only written when something changed: widely shared nodes (a
// country) are not write-locked by every article. MENTIONS is CREATEd: the article is new in this
// transaction (checked under lock), so there is nothing to match.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = row.aliases,
              e.lat = row.lat, e.lon = row.lon, e.countryCode = row.countryCode, e.kind = row.kind
WITH e, row, [x IN row.aliases WHERE NOT x IN coalesce(e.aliases, [])] AS newAliases
FOREACH (_ IN CASE WHEN size(newAliases) > 0 THEN [1] ELSE [] END | SET e.aliases = coalesce(e.aliases, []) + newAliases)
FOREACH (_ IN CASE WHEN NOT row.stub AND e.name <> row.name THEN [1] ELSE [] END | SET e.name = row.name)
FOREACH (_ IN CASE WHEN row.lat IS NOT NULL AND e.lat IS NULL THEN [1] ELSE [] END |
  SET e.lat = row.lat, e.lon = row.lon, e.countryCode = coalesce(row.countryCode, e.countryCode), e.kind = coalesce(row.kind, e.kind))
FOREACH (_ IN CASE WHEN row.label = 'Person' AND NOT e:Person THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.label = 'Organization' AND NOT e:Organization THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.label = 'Place' AND NOT e:Place THEN [1] ELSE [] END | SET e:Place)
WITH e, row
CALL (e, row) {
  MATCH (a:Article {id: $articleId})
  WHERE NOT row.stub
  CREATE (a)-[:MENTIONS {count: row.count}]->(e)
}
WITH count(*) AS merged
CALL () {
  UNWIND $placeIn AS link
  MATCH (child:Entity {id: link.from})
  MATCH (parent:Entity {id: link.to})
  MERGE (child)-[:IN]->(parent)
}
CALL () {
  UNWIND $standsFor AS link
  MATCH (x:Entity {id: link.from})
  MATCH (y:Entity {id: link.to})
  MERGE (x)-[:STANDS_FOR]->(y)
}
RETURN merged
