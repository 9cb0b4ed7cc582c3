// Ingest, first statement of the article's write transaction.
// 1. Is the article in already (by id, from its URL, or by content hash)? If so, nothing is locked
//    or written: the caller answers with what the graph has.
// 2. Otherwise take the lock nodes (one per (event type, month) the article's events may match,
//    and per article-id / content-hash bucket; writing a property takes the node's write lock until
//    commit; keys arrive sorted, so writers never wait in a cycle), then read again — now that no
//    other writer of these buckets is in flight — whether the article is in (another process may
//    have committed it meanwhile), and the candidate events: same type, dates overlapping the
//    probe's window, sharing a participant or the place with the report (`probe.entities`: no
//    other event can be the same one). `probe.floor` bounds dateStart from below (no
//    day/week/month event spans more than ~40 days), so the composite index event_type_date_start
//    is seeked. Participants and places come along so that resolution is decided in TypeScript.
// Params: $id, $contentHash, $keys (sorted lock keys), $probes [{type, floor, from, to, entities}].
OPTIONAL MATCH (byId:Article {id: $id})
OPTIONAL MATCH (byHash:Article {contentHash: $contentHash})
WITH coalesce(byId, byHash) AS seen
LIMIT 1
CALL (seen) {
  UNWIND CASE WHEN seen IS NULL THEN $keys ELSE [] END AS key
  MERGE (l:IngestLock {key: key})
  SET l.touchedAt = datetime()
  RETURN count(l) AS locked
}
CALL (seen) {
  OPTIONAL MATCH (byId:Article {id: $id})
  OPTIONAL MATCH (byHash:Article {contentHash: $contentHash})
  WITH coalesce(seen, byId, byHash) AS a
  RETURN CASE WHEN a IS NULL THEN null
         ELSE {id: a.id, matchedBy: CASE WHEN a.id = $id THEN 'id' ELSE 'contentHash' END} END AS existing
  LIMIT 1
}
CALL (existing) {
  UNWIND CASE WHEN existing IS NULL THEN $probes ELSE [] END AS probe
  MATCH (e:Event)
  WHERE e.type = probe.type AND e.dateStart >= probe.floor AND e.dateStart <= probe.to AND e.dateEnd >= probe.from
    AND EXISTS { MATCH (e)-[:INVOLVES|AT]->(x:Entity) WHERE x.id IN probe.entities }
  WITH DISTINCT e LIMIT 500
  // Dates as "YYYY-MM-DD" strings: what resolution compares, and cheaper to decode than date values.
  RETURN collect({id: e.id, type: e.type, dateStart: toString(e.dateStart), dateEnd: toString(e.dateEnd),
          granularity: e.granularity, quantity: e.quantity, unit: e.unit, quantityMin: e.quantityMin,
          quantityMax: e.quantityMax, reportCount: e.reportCount, firstReported: toString(e.firstReported),
          lastReported: toString(e.lastReported), status: e.status,
          participants: [(e)-[:INVOLVES]->(x:Entity) | x.id], places: [(e)-[:AT]->(p:Entity) | p.id]}) AS candidates
}
RETURN existing, candidates
