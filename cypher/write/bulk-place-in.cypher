// Bulk loader (test fixtures, bench): the place hierarchy, (:Place)-[:IN]->(:Place).
// Params: $rows = [{from: place id, to: enclosing place id}].
UNWIND $rows AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[:IN]->(b)
