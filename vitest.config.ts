import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // The bundle's own layer runs with `npm run test:dist` (vitest.dist.config.ts).
    exclude: ['__tests__/dist/**', '**/node_modules/**'],
    // The run's own temporary directory, which must be empty at the end.
    globalSetup: ['__tests__/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests spawn real processes and servers; two cores are all CI has.
    maxWorkers: 2,
    // GitHub's workflow parser imports its schema JSON without an import attribute, which only a
    // bundler accepts: vite transforms it here, ncc in dist/.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
})
