// Timeline buckets for /timeline: events per period and the sum of Event.quantity per unit.
// Anchored on the entities (unique Entity.id lookup, then INVOLVES): the index-backed plan for ?entity=.
// Params: $interval (day|week|month|year, for date.truncate), $includeEvents (bool), $entityIds, $placeIds,
// $from, $to, $type, $status, $minQuantity.
MATCH (x:Entity) WHERE x.id IN $entityIds
MATCH (x)<-[:INVOLVES]-(e:Event)
WHERE e.dateStart >= $from AND e.dateStart <= $to
  AND ($type IS NULL OR e.type = $type)
  AND ($status IS NULL OR e.status = $status)
  AND ($minQuantity IS NULL OR e.quantity >= $minQuantity)
  AND ($placeIds IS NULL OR EXISTS { MATCH (e)-[:AT]->(:Place)-[:IN*0..4]->(p2:Place) WHERE p2.id IN $placeIds })
WITH DISTINCT e
WITH e, date.truncate($interval, e.dateStart) AS period
WITH period, e.unit AS unit, count(e) AS n, sum(e.quantity) AS total,
     collect(CASE WHEN $includeEvents THEN e.id END) AS ids
WITH period, sum(n) AS events,
     collect(CASE WHEN unit IS NOT NULL THEN {unit: unit, sum: total} END) AS quantities,
     reduce(acc = [], l IN collect(ids) | acc + l) AS eventIds
RETURN toString(period) AS period, events, quantities, eventIds
ORDER BY period
