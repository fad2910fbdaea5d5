import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {problem, type Problem} from '@opendeuren/content-model'
import {describe, expect, test} from 'vitest'
import {defaultConfig} from '../../src/config/defaults.js'
import {openCache, saveCache} from '../../src/engine/steps/cache.js'
import {RetellingStore} from '../../src/privacy/retelling-store.js'
import {problemsInScope, settleProblems} from '../../src/engine/steps/report.js'
import {applySettings} from '../../src/engine/steps/severity.js'
import type {LintConfig} from '../../src/types.js'

const config = (rules: LintConfig['rules'] = {}): LintConfig => ({
  ...defaultConfig,
  rules,
  emailAllowList: []
})
const phone = (file: string, line: number): Problem =>
  problem('privacy/phone', file, {line, column: 1}, 'Een telefoonnummer in de tekst.')

describe('step: cache', () => {
  test('no cache option, no cache', async () => {
    expect(await openCache(undefined, config(), '/c', '/w')).toBeUndefined()
    expect(await openCache(false, config(), '/c', '/w')).toBeUndefined()
  })

  test('a missing cache file reads as empty; what is saved is read back under the same key only (not another root or threshold)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-steps-'))
    const run = (await openCache('cache.json', config(), '/c', dir))!
    expect(run.path).toBe(path.join(dir, 'cache.json'))
    expect(run.cache).toEqual({key: run.key, root: '/c', files: {}})
    const links = [phone('guides/a/b.md', 3)]
    await saveCache(
      run,
      '/c',
      'state-1',
      {
        records: new Map(),
        bytesOf: new Map(),
        fresh: {},
        changed: true,
        cached: 0,
        byWorkers: 0,
        workers: 0
      },
      links,
      new RetellingStore()
    )
    expect((await openCache('cache.json', config(), '/c', dir))!.cache.links).toEqual({
      state: 'state-1',
      problems: links
    })
    // Severities are applied after the cache: changing them keeps it; the readability threshold does not.
    expect(
      (await openCache('cache.json', config({'privacy/phone': 'off'}), '/c', dir))!.cache.links
    ).toEqual({state: 'state-1', problems: links})
    expect(
      (await openCache('cache.json', {...config(), readability: {minScore: 60}}, '/c', dir))!.cache
        .links
    ).toBeUndefined()
  })
})

describe('step: scope', () => {
  test('groups problems by file, only those in scope', () => {
    const found = [phone('a.md', 1), phone('b.md', 2), phone('a.md', 3)]
    expect([...problemsInScope(found, undefined).keys()]).toEqual(['a.md', 'b.md'])
    expect(problemsInScope(found, (file) => file === 'a.md')).toEqual(
      new Map([['a.md', [found[0], found[2]]]])
    )
  })
})

describe('step: disable comments and severity', () => {
  test('a disable comment removes the problem on its target line; an unused one is a warning', () => {
    const directives = [
      {ruleId: 'privacy/phone', line: 4, column: 1, targetLine: 5},
      {ruleId: 'privacy/email', line: 8, column: 1, targetLine: 9}
    ]
    const settled = settleProblems(
      'a.md',
      [phone('a.md', 5), phone('a.md', 2)],
      directives,
      config(),
      false
    )
    expect(settled.map((p) => `${p.line} ${p.ruleId} ${p.severity}`)).toEqual([
      '2 privacy/phone error',
      '8 disable/unused warning'
    ])
  })

  test('settings switch rules off or change their severity; strict makes an overdue review an error', () => {
    const overdue = problem(
      'currency/review-overdue',
      'a.md',
      {line: 1, column: 1},
      'Te laat.',
      undefined,
      'warning'
    )
    expect(
      applySettings([phone('a.md', 1), overdue], config({'privacy/phone': 'off'}), false)
    ).toEqual([overdue])
    expect(
      applySettings([phone('a.md', 1)], config({'privacy/phone': 'warning'}), false)[0]!.severity
    ).toBe('warning')
    expect(applySettings([overdue], config(), true)[0]!.severity).toBe('error')
  })
})
