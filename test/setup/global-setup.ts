/**
 * e2e tests need a real Neo4j. `npm test` starts a throwaway one and sets NEO4J_TEST_URI; without
 * it the run fails here, loudly: e2e tests never skip.
 */
export default function globalSetup(): void {
  if (!process.env.NEO4J_TEST_URI) {
    throw new Error(
      'NEO4J_TEST_URI is not set: e2e tests need a real Neo4j. Run them with `npm test` (which starts one), ' +
        'or set NEO4J_TEST_URI, NEO4J_TEST_USER and NEO4J_TEST_PASSWORD to a disposable database.',
    );
  }
}
