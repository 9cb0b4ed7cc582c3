import { ConfigError, loadConfig } from './config';

const base = { NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'secret-password' };

describe('loadConfig', () => {
  it('reads a minimal environment with defaults', () => {
    const c = loadConfig(base);
    expect(c.port).toBe(3000);
    expect(c.neo4j).toMatchObject({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', database: 'neo4j' });
    expect(c.apiKey).toBeNull();
  });

  it.each([
    ['bolt://db:7687'],
    ['neo4j://cluster.example:7687'],
    ['neo4j+s://abc.databases.neo4j.io'],
    ['bolt+ssc://10.0.0.1:7687'],
  ])('accepts NEO4J_URI %s', (uri) => {
    expect(loadConfig({ ...base, NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  it.each<[Record<string, string>, string, RegExp]>([
    [{ NEO4J_URI: '' }, 'NEO4J_URI', /required/],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI', /bolt:\/\/ or neo4j:\/\//],
    [{ NEO4J_URI: 'not a uri' }, 'NEO4J_URI', /not a URI/],
    [{ NEO4J_PASSWORD: '' }, 'NEO4J_PASSWORD', /required/],
    [{ PORT: 'abc' }, 'PORT', /whole number/],
    [{ PORT: '70000' }, 'PORT', /between 0 and 65535/],
    [{ API_KEY: 'short' }, 'API_KEY', /at least 16/],
    [{ READS_NEED_KEY: 'maybe' }, 'READS_NEED_KEY', /true or false/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /one of/],
  ])('rejects %j naming %s', (overrides, variable, reason) => {
    const run = () => loadConfig({ ...base, ...overrides });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(new RegExp(`^${variable}: `));
    expect(run).toThrow(reason);
  });
});
