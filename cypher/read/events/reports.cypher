// Every report of one event: the article (title, url, source, publication date) and that report's
// evidence sentence, count and claimant, oldest publication first.
// Params: $id (Event.id).
MATCH (:Event {id: $id})-[r:REPORTED_IN]->(a:Article)
RETURN a {.id, .title, .url, .source, .publishedAt} AS article,
       r {.evidence, .start, .end, .quantity, .unit, .qualifier, .claimant, .cumulative, .status, .confidence} AS report
ORDER BY a.publishedAt, a.id
