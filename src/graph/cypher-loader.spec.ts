import { compact, CypherLoader } from './cypher-loader';

describe('compact (the Cypher text that goes on the wire)', () => {
  it.each<[string, string, string]>([
    ['drops whole-line comments and blank lines', '// header\n// more\n\nMATCH (n)\n\nRETURN n\n', 'MATCH (n)\nRETURN n'],
    ['drops indentation', 'CALL () {\n  MATCH (n)\n    RETURN n\n}', 'CALL () {\nMATCH (n)\nRETURN n\n}'],
    ['keeps // inside a line', "RETURN 'https://example.org' AS url", "RETURN 'https://example.org' AS url"],
    ['keeps a comment after code', 'RETURN 1 // one', 'RETURN 1 // one'],
  ])('%s', (_, input, expected) => {
    expect(compact(input)).toBe(expected);
  });

  it('leaves no comment line in any statement of the project, and composes fragments in order', () => {
    const loader = new CypherLoader();
    const names = loader.list('read').concat(loader.list('write'));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(loader.get(name)).not.toMatch(/^\s*\/\//m);
    const composed = loader.get(['read/events/by-ids', 'read/events/summary-of-e']);
    expect(composed).toBe(`${loader.get('read/events/by-ids')}\n${loader.get('read/events/summary-of-e')}`);
    expect(composed).toMatch(/^UNWIND \$ids AS id\nMATCH \(e:Event \{id: id\}\)\nCALL \(e\) \{/);
  });
});
