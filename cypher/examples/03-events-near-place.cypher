// Events within $km kilometres of a place, nearest first, using point.distance on the places'
// lat/lon (WGS-84, metres).
// Params: $placeId (e.g. 'place:kharkiv'), $km (number).
MATCH (c:Entity {id: $placeId})
WITH point({latitude: c.lat, longitude: c.lon}) AS centre
MATCH (e:Event)-[:AT]->(p:Place)
WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL
WITH e, p, point.distance(centre, point({latitude: p.lat, longitude: p.lon})) / 1000.0 AS km
WHERE km <= $km
RETURN e.id AS id, e.type AS type, e.dateStart AS date, p.name AS place, round(km, 1) AS km
ORDER BY km, date, id
