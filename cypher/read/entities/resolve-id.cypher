// An entity by its unique id (the fast path of ?entity= and ?place=). Params: $ref, $label (or null).
MATCH (n:Entity {id: $ref})
WHERE $label IS NULL OR $label IN labels(n)
RETURN n.id AS id
