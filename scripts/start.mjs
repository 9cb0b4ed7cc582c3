// `npm start`: build, start the local Neo4j when NEO4J_URI is not set (or use the one it names),
// then serve on PORT (3000). Dependencies were installed by `prestart` (scripts/ensure-deps.mjs).
// The local Neo4j keeps running after the service stops: `npm run neo4j:stop` stops it.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, start as startNeo4j } from './neo4j-lib.mjs';

const env = { ...process.env };

console.error('eventline: building…');
const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('eventline: build failed');
  process.exit(build.status ?? 1);
}

if (!env.NEO4J_URI) {
  console.error('eventline: NEO4J_URI is not set: starting the local Neo4j (npm run neo4j:start)…');
  try {
    const neo = await startNeo4j({ envFile: join(REPO_ROOT, '.env.local') });
    Object.assign(env, {
      NEO4J_URI: neo.uri,
      NEO4J_USER: neo.user,
      NEO4J_PASSWORD: neo.password,
      NEO4J_DATABASE: neo.database ?? 'neo4j',
    });
    console.error(`eventline: local Neo4j ${neo.version ?? ''} at ${neo.uri} (credentials in .env.local)`);
  } catch (err) {
    console.error(`eventline: could not start the local Neo4j: ${err.message}`);
    process.exit(1);
  }
}

const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'main.js')], { cwd: REPO_ROOT, env, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
