// The shortest chain between two people through the events they took part in (person - event -
// person - event - …), each step named.
// Params: $from, $to (Person ids, e.g. 'person:donald-trump', 'person:dmytro-lubinets').
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = shortestPath((a)-[:INVOLVES*..12]-(b))
RETURN [n IN nodes(p) | coalesce(n.name, n.type + ' ' + toString(n.dateStart))] AS chain, length(p) AS hops
