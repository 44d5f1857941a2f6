// Jest runs the TypeScript sources as native ES modules (ts-jest's ESM mode); CLI tests spawn the built
// binary, which `npm test` builds first (the `pretest` script).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
};
