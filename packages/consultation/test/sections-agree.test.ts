import {cpSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lintContent} from '@opendeuren/content-lint'
import {loadContent} from '@opendeuren/content-model'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {readAdviserText} from '../src/adviser-text.js'

const vocabulary = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'content',
  'vocabulary'
)

// Blocks a hurried writer puts in adviser text: sections, subheadings, headings where no section starts.
const blocks = [
  '## lks',
  '## quotum',
  '## Onze aanbevelingen',
  '# Grote kop',
  '### Tussenkop',
  'Kop\n---',
  'Kop\n===',
  '## lks {#eigen}',
  '```\n## quotum\n```',
  '~~~\n# weg\n~~~',
  '    ## ingesprongen code',
  '   ## drie spaties',
  '> ## in een citaat',
  '- ## in een lijst',
  '1. tekst\n\n   ## onder een lijstpunt',
  '<div>\n\n## in html\n\n</div>',
  '| a | b |\n| --- | --- |\n| ## c | d |',
  '| kop |\n---',
  'Tekst met ~~doorhaling~~ en https://example.nl.',
  'Gewone tekst.\n## direct eronder'
]

const header = (id: string) =>
  `---\nid: ${id}\ntitle: Toets\nministry: SZW\nstatus: concept\nrespondent:\n  organisation: Open Deuren\n  contact_role: Adviseur\n` +
  'questions:\n  - id: lks\n    text: Hoe?\n    themes: [financiele-regelingen]\n  - id: quotum\n    text: Wat?\n    themes: [banenafspraak]\n---\n'

test('the linter and the generator find the same sections that belong to no question', async () => {
  const bodies = fc
    .sample(fc.array(fc.constantFrom(...blocks), {minLength: 1, maxLength: 6}), {
      numRuns: 60,
      seed: 20261207
    })
    .map((parts) => parts.join('\n\n') + '\n')
  bodies.push(...blocks.map((b) => `${b}\n`))
  const root = mkdtempSync(path.join(tmpdir(), 'sections-agree-'))
  cpSync(vocabulary, path.join(root, 'vocabulary'), {recursive: true})
  mkdirSync(path.join(root, 'consultations'))
  bodies.forEach((body, i) =>
    writeFileSync(path.join(root, 'consultations', `c${i}.md`), header(`c${i}`) + body)
  )
  const {problems} = await lintContent({root, today: '2026-12-07'})
  const linted = problems
    .filter((p) => p.ruleId === 'consultation/unknown-section')
    .map((p) => `${p.file}:${p.line}:${p.message}`)
  const {consultations} = await loadContent(root)
  expect(consultations).toHaveLength(bodies.length)
  const generated = consultations.flatMap((c) =>
    readAdviserText(c)
      .problems.filter((p) => p.ruleId === 'consultation/unknown-section')
      .map((p) => `${p.file}:${p.line}:${p.message}`)
  )
  // Both sides found something, or the comparison proves nothing.
  expect(generated.length).toBeGreaterThan(40)
  expect(linted.sort()).toEqual(generated.sort())
})
