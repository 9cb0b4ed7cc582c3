// Marks a schema migration as applied (idempotent).
MERGE (m:SchemaMigration {name: $name})
ON CREATE SET m.appliedAt = datetime()
RETURN m.name AS name
