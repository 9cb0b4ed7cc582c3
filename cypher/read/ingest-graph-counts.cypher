// Ingest CLI and tests: how many nodes and relationships the graph holds (bookkeeping labels
// SchemaMigration and IngestLock left out), to show that a second run adds nothing.
CALL () { MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:IngestLock RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
