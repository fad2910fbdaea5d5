import type {Problem} from '@opendeuren/content-model'
import {describe, expect, test} from 'vitest'
import {blockingProblems} from '../src/check.js'
import {compileResponse} from '../src/compile.js'
import {
  LinterUnavailableError,
  lintAndReadContent,
  lintContentProblems,
  type Linter
} from '../src/lint.js'
import {loadFixture} from './helpers.js'

const privacy = (file: string, line = 14): Problem => ({
  ruleId: 'privacy/person-name',
  file,
  line,
  column: 5,
  message: 'Mogelijk een persoonsnaam: `Jan Jansen`.',
  severity: 'error'
})

describe('blockingProblems', async () => {
  const content = await loadFixture('response')
  const compiled = compileResponse(content, 'toets')

  test.each([
    {
      name: 'a privacy error in a quoted signal blocks',
      lint: [privacy('signals/2021/sig-2021-002.md')],
      blocks: ['signals/2021/sig-2021-002.md']
    },
    {
      name: 'a privacy error in a counted intern signal blocks',
      lint: [privacy('signals/2021/sig-2021-005.md')],
      blocks: ['signals/2021/sig-2021-005.md']
    },
    {
      name: 'a privacy error in the consultation file blocks',
      lint: [privacy('consultations/toets.md', 40)],
      blocks: ['consultations/toets.md']
    },
    {
      name: 'a vertrouwelijk signal is never used: no block',
      lint: [privacy('signals/2021/sig-2021-008.md')],
      blocks: []
    },
    {
      name: 'an intern signal in a group of 2 is not used: no block',
      lint: [privacy('signals/2021/sig-2021-011.md')],
      blocks: []
    },
    {
      name: 'an excluded signal is not used: no block',
      lint: [privacy('signals/2021/sig-2021-004.md')],
      blocks: []
    },
    {
      name: 'a privacy warning does not block',
      lint: [{...privacy('signals/2021/sig-2021-002.md'), severity: 'warning' as const}],
      blocks: []
    },
    {
      name: 'another rule does not block',
      lint: [{...privacy('signals/2021/sig-2021-002.md'), ruleId: 'style/long-sentence'}],
      blocks: []
    }
  ])('$name', ({lint, blocks}) => {
    expect(blockingProblems(content, compiled, lint).map((p) => p.file)).toEqual(blocks)
  })

  test('content errors in signals, the vocabulary or the consultation block; in guides not', () => {
    const error = (file: string): Problem => ({
      ruleId: 'schema/type',
      file,
      line: 3,
      column: 1,
      message: 'Fout.',
      severity: 'error'
    })
    const withErrors = {
      signals: content.signals,
      rejected: [{file: 'signals/2021/sig-2021-099.md', kind: 'signal' as const}],
      problems: [
        error('guides/g/index.md'),
        error('signals/2021/sig-2021-099.md'),
        error('vocabulary/themes.yml'),
        error('consultations/toets.md'),
        error('consultations/andere.md')
      ]
    }
    expect(blockingProblems(withErrors, compiled, []).map((p) => p.file)).toEqual([
      'consultations/toets.md',
      'signals/2021/sig-2021-099.md',
      'vocabulary/themes.yml'
    ])
  })
})

describe('lintContentProblems', async () => {
  const content = await loadFixture('response')
  test('passes the configuration from cwd and returns the problems', async () => {
    const calls: unknown[] = []
    const linter: Linter = {
      loadConfig: (cwd) => ({from: cwd}),
      lintContent: (options) => {
        calls.push(options)
        return Promise.resolve({
          problems: [privacy('signals/2021/sig-2021-002.md')],
          collections: content
        })
      }
    }
    expect(
      await lintContentProblems('/content', '/project', () => Promise.resolve(linter))
    ).toEqual([privacy('signals/2021/sig-2021-002.md')])
    expect(calls).toEqual([{root: '/content', config: {from: '/project'}}])
  })

  test('lintAndReadContent passes the signals directory and the cache file, and returns the problems with the content the linter read', async () => {
    const calls: unknown[] = []
    const linter: Linter = {
      loadConfig: (cwd) => ({from: cwd}),
      lintContent: (options) => {
        calls.push(options)
        return Promise.resolve({
          problems: [privacy('signals/2021/sig-2021-002.md')],
          collections: content
        })
      }
    }
    const read = await lintAndReadContent(
      '/content',
      '/project',
      {signals: '/signals', cache: '/project/lint-cache.json'},
      () => Promise.resolve(linter)
    )
    expect(read.problems).toEqual([privacy('signals/2021/sig-2021-002.md')])
    expect(read.collections).toBe(content)
    expect(calls).toEqual([
      {
        root: '/content',
        config: {from: '/project'},
        signals: '/signals',
        cache: '/project/lint-cache.json'
      }
    ])
    expect(
      await lintAndReadContent('/content', '/project', {}, () => Promise.resolve(linter))
    ).toEqual({problems: [privacy('signals/2021/sig-2021-002.md')], collections: content})
    expect(calls[1]).toEqual({root: '/content', config: {from: '/project'}})
  })

  test('fails closed when the linter cannot be loaded', async () => {
    await expect(
      lintAndReadContent('/content', '/project', {}, async () =>
        Promise.reject(new Error('Cannot find module'))
      )
    ).rejects.toThrow(LinterUnavailableError)
    await expect(
      lintContentProblems('/content', '/project', async () =>
        Promise.reject(new Error('Cannot find module'))
      )
    ).rejects.toThrow(
      new LinterUnavailableError(
        'De privacycontrole (@opendeuren/content-lint) kan niet worden geladen, dus er wordt geen reactie gemaakt. Bouw de pakketten met `npm run build` en probeer het opnieuw.'
      )
    )
  })
})
