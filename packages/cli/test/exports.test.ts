import {expect, test} from 'vitest'
import * as api from '../src/index.js'

// The CLI as a library (the studio starts it; tests call `main`); a change here is a change of the package's promise.
test('the public exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'UsageError',
    'consultationTemplate',
    'exitCodes',
    'guidePageTemplate',
    'main',
    'oneYearLater',
    'signalTemplate',
    'slugify',
    'yamlString'
  ])
})
