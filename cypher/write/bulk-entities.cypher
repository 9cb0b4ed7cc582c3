// Bulk loader (test fixtures, bench): entities with their type label, idempotent on Entity.id.
// Params: $rows = [{id, name, type: PERSON|ORGANIZATION|PLACE, aliases, lat, lon, countryCode, kind}].
UNWIND $rows AS r
MERGE (n:Entity {id: r.id})
SET n.name = r.name, n.type = r.type, n.aliases = coalesce(r.aliases, []),
    n.lat = r.lat, n.lon = r.lon, n.countryCode = r.countryCode, n.kind = r.kind
FOREACH (_ IN CASE WHEN r.type = 'PERSON' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN r.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN r.type = 'PLACE' THEN [1] ELSE [] END | SET n:Place)
