import {expect, test} from 'vitest'
import * as api from '../src/index.js'

// What the CLI, the site, the studio and the consultation package use; a change here is a change of the package's promise.
test('the public exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ConfigError',
    'countSyllables',
    'defaultConfig',
    'formatNames',
    'formatRun',
    'isFormatName',
    'jsonResults',
    'lintContent',
    'loadConfig',
    'measureReadability',
    'openLintSession',
    'passesElfproef',
    'passesMod97',
    'ruleCatalogue',
    'sarifLog',
    'sarifToolName'
  ])
})

test('the configuration entry: the same reader and error as the main entry', async () => {
  const config = await import('../src/config/entry.js')
  expect(Object.keys(config).sort()).toEqual(['ConfigError', 'loadConfig'])
  expect(config.loadConfig).toBe(api.loadConfig)
  expect(config.ConfigError).toBe(api.ConfigError)
})
