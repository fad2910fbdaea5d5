import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Every test starts the real binary, often several times; on a loaded
    // two-core machine that takes far longer than vitest's 5 s default.
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: {json: 'test-results/vitest.json'}
  }
})
