// Bulk loader (test fixtures, bench): reports, (:Event)-[:REPORTED_IN]->(:Article), each with its
// own count and claimant. Params: $rows = [{eventId, articleId, evidence, start, end, quantity,
//   unit, qualifier, claimant, cumulative, status, confidence, rule}].
UNWIND $rows AS r
MATCH (e:Event {id: r.eventId})
MATCH (a:Article {id: r.articleId})
MERGE (e)-[rep:REPORTED_IN]->(a)
SET rep.evidence = r.evidence, rep.start = r.start, rep.end = r.end, rep.quantity = r.quantity,
    rep.unit = r.unit, rep.qualifier = r.qualifier, rep.claimant = r.claimant,
    rep.cumulative = coalesce(r.cumulative, false), rep.status = r.status,
    rep.confidence = r.confidence, rep.rule = r.rule
