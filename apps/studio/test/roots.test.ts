import {mkdirSync, mkdtempSync, realpathSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, test} from 'vitest'
import {resolveRoots} from '../src/server/roots.js'

test('the studio finds the signals as `opendeuren` does: an empty OPENDEUREN_SIGNALS leaves the choice to the configuration file', () => {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'studio-roots-')))
  mkdirSync(path.join(dir, 'content'))
  mkdirSync(path.join(dir, 'signalen'))
  const configSignals = path.join(dir, 'signalen')
  expect(
    resolveRoots({content: 'content', cwd: dir, env: {OPENDEUREN_SIGNALS: ''}, configSignals})
  ).toEqual({content: path.join(dir, 'content'), signals: configSignals})
  expect(
    resolveRoots({cwd: dir, env: {OPENDEUREN_CONTENT: '', OPENDEUREN_SIGNALS: 'signalen'}})
  ).toEqual({content: path.join(dir, 'content'), signals: configSignals})
  expect(
    resolveRoots({
      content: 'content',
      signals: 'signalen',
      cwd: dir,
      env: {OPENDEUREN_SIGNALS: 'elders'},
      configSignals: '/nergens'
    }).signals
  ).toBe(configSignals)
  expect(resolveRoots({content: 'content', cwd: dir, env: {}}).signals).toBe(
    path.join(dir, 'content', 'signals')
  )
})
