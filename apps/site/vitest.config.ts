import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: {json: 'test-results/vitest.json'},
    // Site builds share .docusaurus/ and .generated/: one test file at a time.
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000
  }
})
