// Used by the graph module's own e2e test: one probe node, idempotent.
MERGE (p:TestProbe {id: $id})
SET p.value = $value
