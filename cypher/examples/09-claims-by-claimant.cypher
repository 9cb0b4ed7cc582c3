// What one claimant said: every report attributed to it, with the figure it gave and the
// event's own figure next to it.
// Params: $claimant (e.g. 'Russian Ministry of Defence').
MATCH (e:Event)-[r:REPORTED_IN]->(a:Article)
WHERE r.claimant = $claimant
RETURN e.id AS id, e.type AS type, e.dateStart AS date, r.quantity AS claimed, e.quantity AS eventQuantity,
       a.source AS source, a.publishedAt AS published, r.evidence AS evidence
ORDER BY date, id
