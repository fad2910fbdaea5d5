import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {assembleCollections, parseContentFile, type Problem} from '../src/index.js'
import {markdown, validConsultation, validGuide, validSignal} from './helpers.js'

const files = [
  {file: 'guides/gids/index.md', text: markdown(validGuide)},
  {file: 'signals/2020/sig-2020-001.md', text: markdown(validSignal)},
  {file: 'consultations/vereenvoudiging-quotumwet.md', text: markdown(validConsultation)}
]

/** Every problem must point inside the file it names. */
function assertPositions(problems: readonly Problem[], file: string, bytes: Uint8Array): void {
  const lines = new TextDecoder().decode(bytes).split('\n')
  for (const p of problems) {
    expect(p.file).toBe(file)
    expect(p.line).toBeGreaterThanOrEqual(1)
    expect(p.column).toBeGreaterThanOrEqual(1)
    expect(p.line).toBeLessThanOrEqual(Math.max(lines.length, 1))
    expect(p.column).toBeLessThanOrEqual((lines[p.line - 1]?.length ?? 0) + 2)
    expect(p.message.length).toBeGreaterThan(0)
  }
}

function check(file: string, bytes: Uint8Array): void {
  const parsed = parseContentFile(file, bytes)
  assertPositions(parsed.problems, file, bytes)
  const collections = assembleCollections('/content', [{file, parsed}], '/content/signals')
  for (const p of collections.problems.filter((q) => q.file === file))
    assertPositions([p], file, bytes)
}

const encode = (text: string) => new TextEncoder().encode(text)

/** Mutations a writer (or a broken editor) could make to a valid file. */
const mutation = fc.oneof(
  fc.nat().map((n) => (text: string) => text.slice(0, n % (text.length + 1))),
  fc.tuple(fc.nat(), fc.string({minLength: 1, maxLength: 8})).map(([n, s]) => (text: string) => {
    const at = n % (text.length + 1)
    return text.slice(0, at) + s + text.slice(at)
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
  fc.tuple(fc.nat(), fc.jsonValue()).map(([n, value]) => (text: string) => {
    const lines = text.split('\n')
    const at = 1 + (n % Math.max(1, lines.length - 2))
    const key = /^([a-z_]+):/.exec(lines[at] ?? '')?.[1]
    if (key) lines[at] = `${key}: ${JSON.stringify(value)}`
    return lines.join('\n')
  }),
  fc
    .integer({min: 1, max: 200})
    .map(
      (depth) => (text: string) =>
        text.replace('title:', `title: ${'['.repeat(depth)}x${']'.repeat(depth)}\nx:`)
    )
)

describe('the loader never crashes and always gives valid positions', () => {
  test('arbitrary bytes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...files.map((f) => f.file)),
        fc.uint8Array({maxLength: 400}),
        (file, bytes) => check(file, bytes)
      ),
      {numRuns: 300}
    )
  }, 60_000)

  test('arbitrary text after a frontmatter opening', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...files.map((f) => f.file)),
        fc.string({unit: 'binary', maxLength: 300}),
        (file, text) => check(file, encode(`---\n${text}\n---\n`))
      ),
      {numRuns: 300}
    )
  }, 60_000)

  test('mutated valid files', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(mutation, {minLength: 1, maxLength: 4}),
        ({file, text}, mutations) => {
          const mutated = mutations.reduce((current, mutate) => mutate(current), text)
          check(file, encode(mutated))
        }
      ),
      {numRuns: 500}
    )
  }, 60_000)

  test('random valid-looking frontmatter objects', () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), {maxLength: 3})
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...files.map((f) => f.file)),
        fc.dictionary(fc.string({minLength: 1, maxLength: 12}), value, {maxKeys: 12}),
        (file, data) => {
          const text = `---\n${Object.entries(data)
            .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
            .join('\n')}\n---\nTekst\n`
          check(file, encode(text))
        }
      ),
      {numRuns: 300}
    )
  }, 60_000)
})

test('a quote left open inside a flow sequence is reported inside its line (found by the mutation property)', () => {
  const deep = `title: ${'['.repeat(3)}x]" ${']'.repeat(3)}`
  const text = markdown(validGuide).replace(
    /^title: .*$/m,
    `${deep}\n${deep}\nx: Vroege signalen herkennen`
  )
  const lines = text.split('\n')
  const problems = parseContentFile('guides/gids/index.md', encode(text)).problems
  expect(problems.map((p) => p.ruleId)).toContain('frontmatter/yaml')
  for (const p of problems)
    expect(p.column).toBeLessThanOrEqual((lines[p.line - 1]?.length ?? 0) + 2)
})
