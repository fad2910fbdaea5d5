import {readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {StudioProblem} from '../src/server/studio-problems.js'
import {api, copyContent, startStudio, type Studio} from './helpers.js'

describe('live lint follows the disk', () => {
  let studio: Studio
  let content: string
  beforeAll(async () => {
    content = copyContent().content
    studio = await startStudio(content)
  })
  afterAll(() => studio.close())

  test('a page deleted outside the studio (another editor, a git pull) shows as a broken link while the user types', async () => {
    const file = 'guides/preventie-psychische-uitval/index.md'
    const text = readFileSync(path.join(content, file), 'utf8')
    const lint = async () =>
      (
        await api<{problems: StudioProblem[]}>(studio, 'POST', '/api/lint', {path: file, text})
      ).json.problems.map((p) => `${p.line} ${p.ruleId}`)
    expect(await lint()).toEqual([])
    rmSync(path.join(content, 'guides/preventie-psychische-uitval/werk-aanpassen.md'))
    // The studio reads the files again in the background once its last reading is 2 s old; keep typing until it shows.
    const line = text.split('\n').findIndex((l) => l.includes('](./werk-aanpassen.md)')) + 1
    const deadline = Date.now() + 20_000
    let problems = await lint()
    while (!problems.includes(`${line} links/file-missing`) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      problems = await lint()
    }
    expect(problems).toContain(`${line} links/file-missing`)
  }, 30_000)
})
