import { defineConfig } from 'vitest/config'

// `npm run test:dist`: the bundle in dist/ as the runner and an operator start it, one test per
// entry point (the helpers start dist/ instead of the source when PREFLIGHT_TEST_DIST=1).
export default defineConfig({
  test: {
    include: ['__tests__/dist/**/*.test.ts'],
    env: { PREFLIGHT_TEST_DIST: '1' },
    globalSetup: ['__tests__/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    maxWorkers: 2,
  },
})
