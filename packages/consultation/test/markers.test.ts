import {readFileSync} from 'node:fs'
import path from 'node:path'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, test} from 'vitest'
import {compileResponse} from '../src/compile.js'
import {responseFiles} from '../src/files.js'
import {fixtureContent, loadFixture} from './helpers.js'

interface Markers {
  consultation: string
  forbidden: string[]
  required: string[]
}

const markers = JSON.parse(
  readFileSync(path.join(fixtureContent('markers'), '..', 'markers.json'), 'utf8')
) as Markers

/** Every form a leaked string could take in a file: as is, lowercased, HTML- or URL-escaped. */
function forms(value: string): string[] {
  return [
    ...new Set([
      value,
      value.toLowerCase(),
      value.toUpperCase(),
      encodeURIComponent(value),
      value.replace(/-/g, '&#45;')
    ])
  ]
}

/** The readable texts of an output file: the text itself, or for a DOCX every part, with and without XML tags. */
function texts(file: {path: string; data: string | Uint8Array}): string[] {
  if (typeof file.data === 'string') return [file.data]
  const parts = unzipSync(file.data)
  return Object.values(parts).flatMap((part) => {
    const xml = strFromU8(part)
    return [xml, xml.replace(/<[^>]+>/g, '')]
  })
}

describe('privacy markers: intern and vertrouwelijk never reach public output', async () => {
  const content = await loadFixture('markers')

  test.each([{draft: true}, {draft: false}])(
    'in any public file (draft: $draft)',
    async ({draft}) => {
      const compiled = compileResponse(content, markers.consultation, {draft})
      const files = await responseFiles(compiled)
      const publicFiles = files.filter((f) => f.path !== 'trace.json')
      expect(publicFiles.map((f) => f.path)).toEqual([
        'answers/inburgering.txt',
        'answers/subsidie.txt',
        'response.docx',
        'response.html',
        'response.md'
      ])
      const publicTexts = [
        ...publicFiles.flatMap(texts),
        compiled.bodyHtml,
        JSON.stringify(compiled.document),
        JSON.stringify(compiled.consultation)
      ]
      for (const marker of markers.forbidden) {
        for (const form of forms(marker)) {
          const leaks = publicTexts.filter((text) => text.includes(form))
          expect({marker: form, leaks: leaks.length}).toEqual({marker: form, leaks: 0})
        }
      }
      const all = publicTexts.join('\n')
      for (const marker of markers.required) expect(all).toContain(marker)
      // groups made only of confidential signals or of two intern signals leave no heading behind
      expect(compiled.markdown).not.toMatch(/^#+ (NOW|Jobcoach|Doelgroepregister|Inburgering)$/m)
      // the count: 3 intern signals of 11 + 12 + 13 employers, plus the openbaar one of 2
      expect(compiled.markdown).toContain(
        'Daarnaast meldden 36 werkgevers in 3 niet-openbare signalen'
      )
      expect(compiled.markdown).toContain('Deze reactie steunt op 4 praktijksignalen')
      expect(compiled.markdown).toContain('Samen gaat het om meldingen van 38 werkgevers.')
    }
  )

  test('the internal trace does name them (so the markers were really matched)', () => {
    const compiled = compileResponse(content, markers.consultation)
    const trace = JSON.stringify(compiled.trace)
    for (const id of markers.forbidden.filter((m) => m.startsWith('sig-')))
      expect(trace).toContain(id)
  })
})
