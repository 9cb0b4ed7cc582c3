import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Reads the imports of every source file and enforces the dependency rules of DESIGN.md. */
const SRC = join(__dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const found: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(re)) found.push(m[1] ?? m[2] ?? m[3]);
  return found;
}

const all = files(SRC).map((path) => ({ path, rel: relative(SRC, path).split(sep).join('/'), imports: importsOf(path) }));

describe('architecture', () => {
  it('finds the source files', () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it.each([['neo4j-driver'], ['@nestjs/'], ['fastify'], ['node:fs'], ['fs'], ['node:child_process'], ['node:http']])(
    'src/extraction never imports %s',
    (banned) => {
      const offenders = all
        .filter((f) => f.rel.startsWith('extraction/'))
        .filter((f) => f.imports.some((i) => i === banned || (banned.endsWith('/') && i.startsWith(banned))))
        .map((f) => f.rel);
      expect(offenders).toEqual([]);
    },
  );

  it('src/extraction imports nothing of the project outside itself', () => {
    const offenders = all
      .filter((f) => f.rel.startsWith('extraction/'))
      .filter((f) => f.imports.some((i) => i.startsWith('.') && !join(f.path, '..', i).startsWith(join(SRC, 'extraction'))))
      .map((f) => f.rel);
    expect(offenders).toEqual([]);
  });

  it('only src/graph imports neo4j-driver', () => {
    const offenders = all
      .filter((f) => !f.rel.startsWith('graph/'))
      .filter((f) => f.imports.some((i) => i === 'neo4j-driver' || i.startsWith('neo4j-driver/')))
      .map((f) => f.rel);
    expect(offenders).toEqual([]);
  });

  // Feature modules depend on graph/common/config/query (shared plumbing) and extraction, never on each other.
  const FEATURES = ['ingest', 'events', 'timeline', 'entities', 'graph-view', 'export', 'cypher-console', 'health'];
  it.each(FEATURES.map((f) => [f]))('feature module %s imports no other feature module', (feature) => {
    const offenders = all
      .filter((f) => f.rel.startsWith(`${feature}/`))
      .flatMap((f) =>
        f.imports
          .filter((i) => i.startsWith('.'))
          .map((i) => relative(SRC, join(f.path, '..', i)).split(sep)[0])
          .filter((top) => top !== feature && FEATURES.includes(top))
          .map((top) => `${f.rel} -> ${top}`),
      );
    expect(offenders).toEqual([]);
  });

  it('nothing in src reads ../shared', () => {
    const offenders = all.filter((f) => /\.\.\/shared|shared\/eval/.test(readFileSync(f.path, 'utf8'))).map((f) => f.rel);
    expect(offenders).toEqual([]);
  });
});
