// The neighbourhood of one Event or Entity for dashboards: up to $limit paths of 1..$depth hops over
// INVOLVES and AT, returned as distinct nodes and edges. Params: $id, $depth (1 or 2), $limit.
CALL () {
  MATCH (s:Event {id: $id}) RETURN s
  UNION
  MATCH (s:Entity {id: $id}) RETURN s
}
OPTIONAL MATCH p = (s)-[:INVOLVES|AT*1..2]-(m)
WHERE length(p) <= $depth
WITH s, p
LIMIT $limit
WITH s, collect(p) AS paths
WITH s, paths,
     [x IN reduce(acc = [s], q IN paths | acc + nodes(q)) | x] AS allNodes,
     reduce(acc = [], q IN paths | acc + relationships(q)) AS allRels
UNWIND allNodes AS node
WITH allRels, collect(DISTINCT node) AS nodes
UNWIND CASE WHEN size(allRels) = 0 THEN [null] ELSE allRels END AS rel
WITH nodes, collect(DISTINCT rel) AS rels
RETURN [n IN nodes | n {.id, .name, .type, .dateStart, .quantity, .unit, .lat, .lon, labels: labels(n)}] AS nodes,
       [r IN rels | {source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role}] AS edges
