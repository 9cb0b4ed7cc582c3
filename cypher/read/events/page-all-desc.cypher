// Fragment: one page of events `e` matching the /events filters, newest first.
// Anchored on the Event.dateStart range index: for requests without ?entity= or ?place=.
// Keyset pagination: $cursorDate/$cursorId are the last row of the previous page (or null).
// Completed by read/events/summary-of-e (one statement, one round trip; see EventFinder).
// Params: $entityIds, $placeIds (lists or null), $from, $to (dates), $type, $status, $minQuantity, $cursorDate, $cursorId, $limit.
MATCH (e:Event)
WHERE e.dateStart >= $from AND e.dateStart <= $to
  AND ($type IS NULL OR e.type = $type)
  AND ($status IS NULL OR e.status = $status)
  AND ($minQuantity IS NULL OR e.quantity >= $minQuantity)
  AND ($entityIds IS NULL OR EXISTS { MATCH (e)-[:INVOLVES]->(x2:Entity) WHERE x2.id IN $entityIds })
  AND ($placeIds IS NULL OR EXISTS { MATCH (e)-[:AT]->(:Place)-[:IN*0..4]->(p2:Place) WHERE p2.id IN $placeIds })
  AND ($cursorDate IS NULL OR e.dateStart < $cursorDate OR (e.dateStart = $cursorDate AND e.id < $cursorId))
WITH DISTINCT e
ORDER BY e.dateStart DESC, e.id DESC
LIMIT $limit
