import {defineConfig} from 'vitest/config'

/**
 * The vitest configuration every workspace shares: tests beside the code or
 * in `test/`, and a JSON report in `test-results/` (turbo caches it and
 * `scripts/test-summary.mjs` reads it). A workspace's own `vitest.config.ts`
 * merges its differences into this with `mergeConfig`.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CI shares two cores between several packages' tests: room for a slow moment.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: {json: 'test-results/vitest.json'}
  }
})
