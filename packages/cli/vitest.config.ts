import {defineConfig, mergeConfig} from 'vitest/config'
import shared from '../../vitest.shared.js'

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // Every test starts the real binary, often several times; on a loaded
      // two-core machine that takes far longer than the shared 30 s.
      testTimeout: 60_000
    }
  })
)
