// An entity's timeline: every event it takes part in, oldest first, with its role, the place and
// the count. Index use: unique Entity.id, then INVOLVES.
// Params: $entityId (e.g. 'person:vladimir-putin').
MATCH (x:Entity {id: $entityId})<-[r:INVOLVES]-(e:Event)
OPTIONAL MATCH (e)-[:AT]->(p:Place)
RETURN e.dateStart AS date, e.type AS type, r.role AS role, e.status AS status, p.name AS place,
       e.quantity AS quantity, e.unit AS unit, e.id AS id
ORDER BY date, id
