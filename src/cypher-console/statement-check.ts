/** Procedures a researcher may CALL (lower-case); everything else, apoc included, is refused. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.index.fulltext.querynodes',
  'dbms.components',
]);

/**
 * The query's code with comments removed and string literals emptied, so keywords inside a
 * string ("load csv" in a WHERE) are not refused and keywords hidden in comments are not missed.
 * Backtick-quoted names keep their text (procedure names may be quoted).
 */
export function codeOnly(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      while (i < query.length && query[i] !== '\n') i++;
      out += ' ';
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"') {
      i++;
      while (i < query.length && query[i] !== c) i += query[i] === '\\' ? 2 : 1;
      i++;
      out += "''";
    } else if (c === '`') {
      const end = query.indexOf('`', i + 1);
      const name = query.slice(i + 1, end < 0 ? query.length : end);
      i = end < 0 ? query.length : end + 1;
      out += name.replace(/\s/g, '_');
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Why a query is refused before it is even planned, or null when it may go on to EXPLAIN. */
export function refusal(query: string): string | null {
  const code = codeOnly(query);
  if (/\bLOAD\s+CSV\b/i.test(code)) return 'LOAD CSV is not allowed: the console reads the graph only';
  if (/\bIN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i.test(code))
    return 'CALL … IN TRANSACTIONS is not allowed';
  if (/(^|[^.\w])USE\s+[\w`]/i.test(code))
    return 'USE is not allowed: the console queries the Eventline database only';
  for (const m of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    const name = m[1].toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) {
      return `procedure ${m[1]} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`;
    }
  }
  return null;
}

/**
 * EXPLAIN reports DBMS-mode procedures as queryType 's' (schema), like CREATE INDEX. The one such
 * procedure on the allowlist, dbms.components, is let through when the statement has no
 * administration keyword; it still runs in a READ session.
 */
export function isReadOnlyPlan(query: string, queryType: string): boolean {
  if (queryType === 'r') return true;
  if (queryType !== 's') return false;
  const code = codeOnly(query);
  return (
    /\bCALL\s+dbms\.components\b/i.test(code) &&
    !/\b(CREATE|DROP|ALTER|GRANT|DENY|REVOKE|START|STOP|ENABLE|TERMINATE|RENAME)\b/i.test(code)
  );
}
