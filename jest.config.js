// Jest runs the TypeScript sources as native ES modules (ts-jest's ESM mode); CLI tests spawn the built
// binary, which `npm test` builds first (the `pretest` script).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // scratch directories made by a test file are removed after it (test/scratch.ts)
  setupFilesAfterEnv: ['<rootDir>/test/setup/remove-scratch.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
};
