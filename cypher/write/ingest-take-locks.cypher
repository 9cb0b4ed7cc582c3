// Ingest: serialises writers that could resolve into the same events (one lock node per
// (event type, month) and per article-id bucket). Writing a property takes the node's write lock,
// held until the transaction ends; keys arrive sorted so writers never wait in a cycle.
UNWIND $keys AS key
MERGE (l:IngestLock {key: key})
SET l.touchedAt = datetime()
