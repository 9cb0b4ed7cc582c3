/**
 * Two projects: `unit` (specs beside the code, no database) and `e2e` (test/, against a real Neo4j).
 * linkedom's DOM helpers (css-select & co.) ship as ES modules only; Node 20 `require`s them
 * natively, jest does not, so jest transpiles those few packages to CommonJS.
 */
const ESM_ONLY = ['css-select', 'css-what', 'nth-check', 'boolbase', 'domutils', 'domhandler', 'domelementtype', 'dom-serializer', 'entities', 'htmlparser2', 'cssomnom', 'uhyphen', 'content-disposition'];
const common = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
};
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/src', '<rootDir>/test/arch'], testMatch: ['**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
    },
  ],
};
