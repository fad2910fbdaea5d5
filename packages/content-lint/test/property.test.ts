import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {lintContent} from '../src/index.js'
import {contentDir, guidePage, signal, today, writeFile} from './helpers.js'

const valid = {
  'guides/gids/index.md': guidePage(
    '## Start\n\nBel 06-12345678 of lees [het gesprek](./index.md#start).\n\n<!-- opendeuren-disable-next-line privacy/email -- reden -->\nMail info@example.nl.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'
  ),
  'signals/2021/sig-2021-001.md': signal('Een werkgever meldde iets.\n\n<div>html</div>\n')
}

type Mutation = (text: string) => string
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => (text: string) => text.slice(0, n % (text.length + 1))),
  fc
    .tuple(fc.nat(), fc.uint8Array({minLength: 1, maxLength: 20}))
    .map(([n, bytes]) => (text: string) => {
      const at = n % (text.length + 1)
      return text.slice(0, at) + Buffer.from(bytes).toString('latin1') + text.slice(at)
    }),
  fc.nat().map((n) => (text: string) => {
    const lines = text.split('\n')
    lines.splice(n % lines.length, 1)
    return lines.join('\n')
  }),
  fc.nat().map((n) => (text: string) => {
    const lines = text.split('\n')
    const at = n % lines.length
    lines.splice(at, 0, lines[at]!)
    return lines.join('\n')
  }),
  fc.constantFrom<Mutation>(
    (text) => text.replace(/^themes: .*$/m, 'themes: 5'),
    (text) => text.replace(/^title: .*$/m, 'title: [a, {b: c}]'),
    (text) => text.replace(/^updated: .*$/m, 'updated: morgen'),
    (text) => text.replace('---\n', `---\ndeep: ${'['.repeat(200)}${']'.repeat(200)}\n`),
    (text) =>
      text.replace(
        '---\n',
        `---\n${Array.from({length: 60}, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')} x\n`
      ),
    (text) => text.replace(/\n/g, '\r\n'),
    (text) => `\ufeff${text}`,
    (text) => text + '[x](' + '('.repeat(500) + '\n' + '<'.repeat(300) + '\n' + '9'.repeat(5000)
  )
)

describe('the linter on damaged files', () => {
  test(
    'never throws, and every problem is placed inside its file',
    {timeout: 120_000},
    async () => {
      const root = contentDir(valid)
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...Object.keys(valid)),
          fc.array(mutation, {minLength: 1, maxLength: 3}),
          async (file, mutations) => {
            const text = mutations.reduce(
              (current, mutate) => mutate(current),
              valid[file as keyof typeof valid]
            )
            for (const [name, original] of Object.entries(valid))
              writeFile(root, name, name === file ? text : original)
            const run = await lintContent({root, today})
            for (const found of run.problems) {
              expect(found.line).toBeGreaterThanOrEqual(1)
              expect(found.column).toBeGreaterThanOrEqual(1)
              const source = readFileSync(path.join(root, found.file), 'latin1')
                .replace(/^\ufeff/, '')
                .replace(/\r\n/g, '\n')
                .split('\n')
              expect(found.line, `${found.ruleId} ${found.file}`).toBeLessThanOrEqual(source.length)
            }
          }
        ),
        {numRuns: 60}
      )
    }
  )
})
