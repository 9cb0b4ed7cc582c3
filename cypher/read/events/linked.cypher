// Events linked to one event: sharing a participant or the place within $windowDays days of it.
// Ranked by 2 x shared participants + 1 for the same place + 1 for the same type, then by
// closeness in time. Params: $id (Event.id), $windowDays (int), $limit (int).
MATCH (e:Event {id: $id})
CALL (e) {
  MATCH (e)-[:INVOLVES]->(x:Entity)<-[:INVOLVES]-(o:Event)
  WHERE o <> e AND o.dateStart >= e.dateStart - duration({days: $windowDays})
    AND o.dateStart <= e.dateStart + duration({days: $windowDays})
  RETURN o, x.name AS via, 'participant' AS kind
  UNION
  MATCH (e)-[:AT]->(p:Place)<-[:AT]-(o:Event)
  WHERE o <> e AND o.dateStart >= e.dateStart - duration({days: $windowDays})
    AND o.dateStart <= e.dateStart + duration({days: $windowDays})
  RETURN o, p.name AS via, 'place' AS kind
}
WITH e, o,
     collect(DISTINCT CASE WHEN kind = 'participant' THEN via END) AS sharedParticipants,
     collect(DISTINCT CASE WHEN kind = 'place' THEN via END) AS sharedPlaces
WITH e, o, sharedParticipants, sharedPlaces,
     abs(duration.inDays(e.dateStart, o.dateStart).days) AS daysApart,
     2 * size(sharedParticipants) + size(sharedPlaces) + CASE WHEN o.type = e.type THEN 1 ELSE 0 END AS score
ORDER BY score DESC, daysApart ASC, o.id ASC
LIMIT $limit
RETURN o.id AS id, o.type AS type, o.dateStart AS dateStart, o.type = e.type AS sameType,
       sharedParticipants, sharedPlaces, daysApart, score
