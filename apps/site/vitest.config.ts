import {defineConfig, mergeConfig} from 'vitest/config'
import shared from '../../vitest.shared.js'

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // Site builds share .docusaurus/ and .generated/: one test file at a time.
      fileParallelism: false,
      testTimeout: 300_000,
      hookTimeout: 600_000
    }
  })
)
