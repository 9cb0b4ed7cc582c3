// Events linked to one event: sharing a participant within $days days, with the shared names,
// strongest link first (the same ranking idea as GET /events/:id).
// Params: $eventId (e.g. 'evt:04-exchange'), $days (integer).
MATCH (e:Event {id: $eventId})-[:INVOLVES]->(x:Entity)<-[:INVOLVES]-(o:Event)
WHERE o <> e AND abs(duration.inDays(e.dateStart, o.dateStart).days) <= $days
WITH o, collect(DISTINCT x.name) AS shared, abs(duration.inDays(e.dateStart, o.dateStart).days) AS daysApart
RETURN o.id AS id, o.type AS type, o.dateStart AS date, shared, daysApart
ORDER BY size(shared) DESC, daysApart, id
