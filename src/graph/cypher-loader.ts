import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Thrown when code asks for a Cypher file that does not exist: a typo fails loudly, at once. */
export class MissingCypherError extends Error {
  override name = 'MissingCypherError';
  constructor(readonly cypherName: string) {
    super(`no Cypher file named "${cypherName}" under cypher/ (looked for cypher/${cypherName}.cypher)`);
  }
}

/** A named statement, or named fragments that make one statement together. */
export type CypherName = string | readonly string[];

/** The project's cypher/ folder: two levels up from both src/graph and dist/graph. */
export const CYPHER_ROOT = join(__dirname, '..', '..', 'cypher');

/**
 * Every `cypher/**\/*.cypher` file read once, by name: `write/merge-article` is
 * `cypher/write/merge-article.cypher`. What is sent is `compact`: the files' comments are for
 * readers of the repository, not for the wire.
 */
export class CypherLoader {
  private readonly statements = new Map<string, string>();

  constructor(root: string = CYPHER_ROOT) {
    for (const file of walk(root)) {
      const name = relative(root, file).split(sep).join('/').replace(/\.cypher$/, '');
      this.statements.set(name, compact(readFileSync(file, 'utf8')));
    }
  }

  /**
   * The statement with this name; a list of names is one statement made of those fragments in
   * order (`['read/events/page-entity-desc', 'read/events/summary-of-e']`), so that a shared
   * tail is written once and the whole still runs in one round trip.
   */
  get(name: CypherName): string {
    if (typeof name !== 'string') return name.map((n) => this.get(n)).join('\n');
    const text = this.statements.get(name);
    if (text === undefined) throw new MissingCypherError(name);
    return text;
  }

  has(name: string): boolean {
    return this.statements.has(name);
  }

  /** Names under a folder, sorted (`schema/` gives the migrations in order). */
  list(folder: string): string[] {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    return [...this.statements.keys()].filter((n) => n.startsWith(prefix)).sort();
  }
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (entry.endsWith('.cypher')) yield path;
  }
}

/**
 * The statement without its comment lines, blank lines and indentation. The query text travels
 * with every request (Bolt has no prepared statements), and neo4j-driver writes a message to the
 * socket in 1,400-byte chunks, one system call each: a long header comment costs a write on every
 * request. Only whole-line comments go; a `//` inside a line (a URL in a string) is left alone.
 */
export function compact(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}
