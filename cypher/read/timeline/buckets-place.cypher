// Timeline buckets for /timeline: events per period and the sum of Event.quantity per unit.
// Anchored on the places (unique Entity.id lookup, then places IN them, then AT): for ?place= without ?entity=.
// Params: $interval (day|week|month|year, for date.truncate), $includeEvents (bool), $entityIds, $placeIds,
// $from, $to, $type, $status, $minQuantity.
MATCH (p:Entity) WHERE p.id IN $placeIds
MATCH (p)<-[:IN*0..4]-(:Place)<-[:AT]-(e:Event)
WHERE e.dateStart >= $from AND e.dateStart <= $to
  AND ($type IS NULL OR e.type = $type)
  AND ($status IS NULL OR e.status = $status)
  AND ($minQuantity IS NULL OR e.quantity >= $minQuantity)
  AND ($entityIds IS NULL OR EXISTS { MATCH (e)-[:INVOLVES]->(x2:Entity) WHERE x2.id IN $entityIds })
WITH DISTINCT e
WITH e, date.truncate($interval, e.dateStart) AS period
WITH period, e.unit AS unit, count(e) AS n, sum(e.quantity) AS total,
     collect(CASE WHEN $includeEvents THEN e.id END) AS ids
WITH period, sum(n) AS events,
     collect(CASE WHEN unit IS NOT NULL THEN {unit: unit, sum: total} END) AS quantities,
     reduce(acc = [], l IN collect(ids) | acc + l) AS eventIds
RETURN toString(period) AS period, events, quantities, eventIds
ORDER BY period
