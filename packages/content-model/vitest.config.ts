import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // CI shares two cores between several packages' tests: room for a slow moment.
    testTimeout: 30_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: {json: 'test-results/vitest.json'}
  }
})
