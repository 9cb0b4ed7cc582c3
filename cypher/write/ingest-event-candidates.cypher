// Ingest: events already in the graph that an extracted event might be another report of —
// same type, date range overlapping the probe's window (range indexes event_type, event_date_start).
// Participants and places come along so that resolution can be decided in TypeScript.
UNWIND $probes AS probe
MATCH (e:Event)
WHERE e.type = probe.type AND e.dateStart <= probe.to AND e.dateEnd >= probe.from
RETURN DISTINCT e.id AS id, e.type AS type, e.dateStart AS dateStart, e.dateEnd AS dateEnd,
       e.granularity AS granularity, e.quantity AS quantity, e.unit AS unit,
       e.quantityMin AS quantityMin, e.quantityMax AS quantityMax, e.reportCount AS reportCount,
       e.firstReported AS firstReported, e.lastReported AS lastReported, e.status AS status,
       [(e)-[:INVOLVES]->(x:Entity) | x.id] AS participants,
       [(e)-[:AT]->(p:Place) | p.id] AS places
LIMIT 500
