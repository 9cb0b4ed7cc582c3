// Ingest, second and last statement of the article's write transaction (the article is new: the
// first statement checked under lock). One statement, so one round trip:
// 1. the Article node (key: id), immutable once written;
// 2. its entities (key: Entity.id) with their type label, aliases (union of surface forms seen),
//    coordinates for places, and MENTIONS {count} from the article; stub rows (a parent place, a
//    metonymy target not named in the article) only create what is missing and get no MENTIONS.
//    An entity already known is only written when something changed: widely shared nodes (a
//    country) are not write-locked by every article;
// 3. Place IN Place (city → region → country) and STANDS_FOR (metonymy);
// 4. events — new ones created, resolved ones updated with only the properties that change — their
//    participants (INVOLVES {role}), their place (AT), and this article's report of each
//    (REPORTED_IN with the report's own evidence, offsets, count, claimant, confidence, rule).
//    Relationships of a new event, and the reports (the article is new), are CREATEd; those of an
//    existing event are MERGEd.
// Params: $article {id, url, title, source, publishedAt, authors, contentHash, body}, $entities,
// $placeIn [{from, to}], $standsFor [{from, to}], $events.
MERGE (a:Article {id: $article.id})
ON CREATE SET a.url = $article.url,
              a.title = $article.title,
              a.source = $article.source,
              a.publishedAt = $article.publishedAt,
              a.authors = $article.authors,
              a.contentHash = $article.contentHash,
              a.body = $article.body,
              a.ingestedAt = datetime()
WITH a
CALL (a) {
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
  FOREACH (_ IN CASE WHEN row.stub THEN [] ELSE [1] END | CREATE (a)-[:MENTIONS {count: row.count}]->(e))
}
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
CALL (a) {
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
  CREATE (e)-[r:REPORTED_IN]->(a)
  SET r = row.report
}
RETURN a.id AS id
