import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isNode, isPoint, isRelationship } from 'neo4j-driver';

/**
 * The one place that turns driver values into plain JS: Integer → number, Date → "YYYY-MM-DD",
 * DateTime → ISO string, Node/Relationship → their properties, lists and maps recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value; // strings, numbers, booleans: most values, kept as they are
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDate(value)) return value.toString();
  if (isDateTime(value) || isLocalDateTime(value)) return new Date(value.toString()).toISOString();
  if (isDuration(value)) return value.toString();
  if (isPoint(value)) return { x: value.x, y: value.y };
  if (isNode(value)) return { ...(toPlain(value.properties) as object), labels: value.labels };
  if (isRelationship(value)) return { ...(toPlain(value.properties) as object), type: value.type };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** A whole number for LIMIT/SKIP and other integer parameters (never interpolated). */
export function int(n: number): unknown {
  return neo4j.int(Math.trunc(n));
}

/** A Neo4j `date` parameter from "YYYY-MM-DD". */
export function date(iso: string): unknown {
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y, m, d);
}
