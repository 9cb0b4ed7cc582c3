import { codeOnly, isReadOnlyPlan, refusal } from './statement-check';

describe('refusal', () => {
  it.each([
    ['LOAD CSV FROM "file:///x" AS row RETURN row', /LOAD CSV/],
    ['load  csv with headers from $u as r return r', /LOAD CSV/],
    ['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS', /IN TRANSACTIONS/],
    ['CALL dbms.security.listUsers()', /dbms.security.listUsers is not allowed/],
    ['CALL `dbms`.`listConfig`()', /not allowed/],
    ['CALL apoc.help("x")', /apoc.help is not allowed/],
    ['CALL db.createLabel("X")', /db.createLabel is not allowed/],
    ['USE system SHOW USERS', /USE is not allowed/],
  ])('refuses %s', (query, reason) => {
    expect(refusal(query)).toMatch(reason);
  });

  it.each([
    ['MATCH (e:Event) RETURN e.id LIMIT 5'],
    ['CALL db.labels() YIELD label RETURN label'],
    ['CALL dbms.components()'],
    ["CALL db.index.fulltext.queryNodes('entity_names', 'kyiv') YIELD node RETURN node.name"],
    ['MATCH (e:Event) CALL (e) { MATCH (e)-[:AT]->(p) RETURN p } RETURN e, p'],
    ["MATCH (a:Article) WHERE a.title CONTAINS 'load csv in transactions' RETURN a"],
    ['// CALL dbms.killQueries\nMATCH (n) RETURN count(n)'],
  ])('lets %s through to EXPLAIN', (query) => {
    expect(refusal(query)).toBeNull();
  });

  it('drops comments and empties strings', () => {
    expect(codeOnly("RETURN 'a // b' /* c */ // d\n, 1")).toBe("RETURN ''    \n, 1");
  });
});

describe('isReadOnlyPlan', () => {
  it('accepts r, and s only for dbms.components', () => {
    expect(isReadOnlyPlan('MATCH (n) RETURN n', 'r')).toBe(true);
    expect(isReadOnlyPlan('CALL dbms.components()', 's')).toBe(true);
    expect(isReadOnlyPlan('CREATE INDEX x FOR (n:A) ON (n.b)', 's')).toBe(false);
    expect(isReadOnlyPlan('CALL dbms.components() YIELD name CREATE INDEX x FOR (n:A) ON (n.b)', 's')).toBe(
      false,
    );
    expect(isReadOnlyPlan('CREATE (n)', 'w')).toBe(false);
    expect(isReadOnlyPlan('MATCH (n) SET n.x = 1 RETURN n', 'rw')).toBe(false);
  });
});
