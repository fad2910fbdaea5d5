import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {signalFingerprint} from '@opendeuren/content-model'
import {compileDocument, compileResponse} from '../src/compile.js'
import {ConsultationError} from '../src/errors.js'
import {fixtureContent, loadFixture} from './helpers.js'

/** Compare with a file in `expected/`; OPENDEUREN_UPDATE_EXPECTED=1 writes it instead (review the diff). A missing file fails: it is never made up on the spot. */
function expectFile(fixture: string, name: string, actual: string) {
  const file = path.join(fixtureContent(fixture), '..', 'expected', name)
  if (process.env.OPENDEUREN_UPDATE_EXPECTED === '1') {
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, actual)
  }
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: run the test with OPENDEUREN_UPDATE_EXPECTED=1, review the file and commit it.`
    )
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('compileResponse on the response fixture (draft)', async () => {
  const content = await loadFixture('response')
  const compiled = compileResponse(content, 'toets', {draft: true})

  test.each(['response.md', 'response.html', 'trace.json', 'answers/lks.txt', 'answers/leeg.txt'])(
    '%s matches expected/',
    (name) => {
      const actual =
        name === 'response.md'
          ? compiled.markdown
          : name === 'response.html'
            ? compiled.html
            : name === 'trace.json'
              ? `${JSON.stringify(compiled.trace, null, 2)}\n`
              : compiled.answers[name.slice(8, -4)]!
      expectFile('response', name, actual)
    }
  )

  test('one answer per question, in order', () => {
    expect(Object.keys(compiled.answers)).toEqual(['lks', 'quotum', 'leeg', 'sociaal'])
  })

  test('warnings: a question without public evidence, a section that belongs to no question', () => {
    // The fixture is lint-clean; the linter refuses a section of no question, so it is planted here, where the generator alone reads it.
    const planted = {
      ...content,
      consultations: content.consultations.map((c) =>
        c.data.id === 'toets'
          ? {...c, body: `${c.body}\n## onbekend\n\nDeze tekst hoort bij geen vraag.\n`}
          : c
      )
    }
    const withOrphan = compileResponse(planted, 'toets', {draft: true})
    expect(withOrphan.markdown).toBe(compiled.markdown)
    expect(withOrphan.warnings).toEqual([
      {
        ruleId: 'consultation/no-evidence',
        file: 'consultations/toets.md',
        line: 21,
        column: 9,
        endLine: 21,
        endColumn: 13,
        message:
          'Vraag `leeg` heeft geen signalen die openbaar gebruikt mogen worden; in de reactie staat daar een notitie.',
        hint: 'Zie trace.json voor de signalen die passen maar zijn weggelaten. Voeg signalen toe met `include`, verbreed de `themes` van de vraag, of schrijf de tekst zelf.',
        severity: 'warning'
      },
      {
        ruleId: 'consultation/unknown-section',
        file: 'consultations/toets.md',
        line: 45,
        column: 1,
        message:
          'De sectie `## onbekend` hoort bij geen vraag; de tekst eronder staat niet in de reactie.',
        hint: 'Gebruik als kop precies de id van een vraag: `## lks`, `## quotum`, `## leeg`, `## sociaal`. Een tussenkop binnen een antwoord krijgt niveau 3: `### onbekend`.',
        severity: 'warning'
      }
    ])
  })

  test('--final: the warning does not promise a note that the final text leaves out', () => {
    const final = compileResponse(content, 'toets')
    expect(final.markdown).not.toContain('Let op')
    expect(
      final.warnings.filter((w) => w.ruleId === 'consultation/no-evidence').map((w) => w.message)
    ).toEqual([
      'Vraag `leeg` heeft geen signalen die openbaar gebruikt mogen worden; in de reactie blijft deze vraag zonder antwoord.'
    ])
  })

  test("--final with the adviser's own text under the question: the warning says only that text stands there", async () => {
    const withText = await loadFixture('response')
    const entry = withText.consultations.find((c) => c.data.id === 'toets')!
    entry.body += '\n## leeg\n\nEigen tekst over inburgering.\n'
    const final = compileResponse(withText, 'toets')
    expect(
      final.warnings.filter((w) => w.ruleId === 'consultation/no-evidence').map((w) => w.message)
    ).toEqual([
      'Vraag `leeg` heeft geen signalen die openbaar gebruikt mogen worden; in de reactie staat bij deze vraag alleen uw eigen tekst.'
    ])
  })

  test('the public consultation has no include/exclude (they may name private signals)', () => {
    expect(compiled.consultation.questions[0]).toEqual({
      id: 'lks',
      text: 'Hoe werkt de loonkostensubsidie?',
      themes: ['financiele-regelingen']
    })
  })

  test('an HTML comment in the adviser text never reaches the output', () => {
    expect(
      compiled.markdown + compiled.html + Object.values(compiled.answers).join('')
    ).not.toContain('notitie voor onszelf')
  })

  test('bodyHtml is a fragment with h2 and h3 only, in order, and no document wrapper', () => {
    expect(compiled.bodyHtml).not.toMatch(/<html|<head|<body|<h1/)
    const levels = [...compiled.bodyHtml.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]))
    expect(levels[0]).toBe(2)
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1)
    expect(compiled.html).toContain(compiled.bodyHtml)
  })

  test('without draft there are no notes for the adviser', () => {
    const final = compileResponse(content, 'toets')
    expect(final.markdown).not.toContain('Let op')
    expect(final.html).not.toContain('class="od-note"')
    expect(final.markdown).toContain('## Vraag 3. Hoe gaat het met inburgering?')
  })
})

describe('fingerprints of the used signals', async () => {
  const content = await loadFixture('response')

  test('are computed when first read, not by compiling: a build reads no text of a signal it only counts', () => {
    const reads = new Map<string, number>()
    const signals = content.signals.map((signal) => {
      const copy = {...signal}
      Object.defineProperty(copy, 'body', {
        enumerable: true,
        get: () => {
          reads.set(signal.data.id, (reads.get(signal.data.id) ?? 0) + 1)
          return signal.body
        }
      })
      return copy
    })
    const compiled = compileResponse({...content, signals}, 'toets', {draft: true})
    const counted = new Set(
      compiled.trace.questions.flatMap((q) => Object.values(q.counted).flat())
    )
    expect(counted.size).toBeGreaterThan(0)
    expect([...counted].filter((id) => reads.has(id))).toEqual([])
    const expected = Object.fromEntries(
      compiled.trace.used.map((id) => [
        id,
        signalFingerprint(content.signals.find((s) => s.data.id === id)!)
      ])
    )
    expect(compiled.fingerprints).toEqual(expected)
    expect([...counted].filter((id) => reads.get(id) !== 1)).toEqual([])
    // Kept: read again, nothing is computed again.
    expect(compiled.fingerprints).toBe(compiled.fingerprints)
    expect([...counted].filter((id) => reads.get(id) !== 1)).toEqual([])
  })

  test('compileDocument gives the same fingerprints as compileResponse', () => {
    expect(compileDocument(content, 'toets').fingerprints).toEqual(
      compileResponse(content, 'toets').fingerprints
    )
  })
})

describe('compileResponse errors', async () => {
  const content = await loadFixture('response')

  test.each([
    {id: 'toetz', message: 'De consultatie `toetz` bestaat niet. Bedoelde u `toets`?'},
    {
      id: 'iets-heel-anders',
      message: 'De consultatie `iets-heel-anders` bestaat niet. Er zijn: toets.'
    }
  ])('unknown id $id', ({id, message}) => {
    expect(() => compileResponse(content, id)).toThrow(new ConsultationError(message))
  })

  test('a consultation file with errors', () => {
    const broken = {
      ...content,
      consultations: [],
      rejected: [{file: 'consultations/toets.md', kind: 'consultation' as const}],
      problems: [
        {
          ruleId: 'schema/required',
          file: 'consultations/toets.md',
          line: 1,
          column: 1,
          message: 'Het veld `title` ontbreekt.',
          severity: 'error' as const
        }
      ]
    }
    try {
      compileResponse(broken, 'toets')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConsultationError)
      expect((error as ConsultationError).message).toBe(
        'Het bestand `consultations/toets.md` heeft fouten, dus de reactie kan niet worden gemaakt. Los ze eerst op; `opendeuren lint` toont ze allemaal.'
      )
      expect((error as ConsultationError).problems).toEqual(broken.problems)
    }
  })
})
