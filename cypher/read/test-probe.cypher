// Used by the graph module's own e2e test.
MATCH (p:TestProbe {id: $id})
RETURN p.id AS id, p.value AS value
