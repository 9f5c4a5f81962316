import { defineConfig } from 'vitest/config';

// Tests run against each package's TypeScript sources (the "gregor-source" export condition),
// so unit tests need no build; end-to-end tests start the built CLI (`npm test` builds first).
const conditions = ['gregor-source', 'node', 'import', 'module', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['gregor-source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
