// The bench corpus: 10,000 signals over 20 years and a consultation with 10
// questions, deterministic (the same bytes on every run).
import {cpSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
export const questionCount = 10

// A small deterministic generator, so every run measures the same content.
let seed = 42
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}
const pick = (list) => list[Math.floor(random() * list.length)]

const themes = [
  'banenafspraak',
  'psychische-gezondheid',
  'verzuim-en-re-integratie',
  'werkaanpassing',
  'jobcarving',
  'begeleiding',
  'financiele-regelingen',
  'werkgeversdienstverlening',
  'werving-en-selectie',
  'social-return',
  'aanbesteden',
  'samenwerking',
  'inclusieve-cultuur',
  'crisis-en-continuiteit',
  'doelgroep-en-toegang',
  'leren-en-ontwikkelen',
  'inburgering-en-werk',
  'meten-en-monitoren',
  'regeldruk'
]
const instruments = [
  'loonkostensubsidie',
  'loondispensatie',
  'loonwaardemeting',
  'no-riskpolis',
  'jobcoach',
  'werkplekaanpassing',
  'quotumheffing',
  'doelgroepregister',
  'now',
  'proefplaatsing',
  'lkv-banenafspraak',
  'social-return',
  'praktijkleren',
  'inburgering',
  'beschut-werk'
]
const words =
  'werkgever medewerker gemeente subsidie begeleiding aanvraag maanden wachten regeling contract functie team leidinggevende uitvoering beoordeling'.split(
    ' '
  )
const sentence = () => {
  const list = Array.from({length: 8 + Math.floor(random() * 10)}, () => pick(words))
  return `${list[0].charAt(0).toUpperCase()}${list.slice(1).join(' ')}.`
}
const paragraph = () => Array.from({length: 3 + Math.floor(random() * 3)}, sentence).join(' ')

/**
 * Write the corpus into `root` (a content root).
 *
 * @param {string} root
 * @param {number} signalCount
 */
export function generate(root, signalCount) {
  seed = 42
  cpSync(
    path.join(here, '..', 'test', 'fixtures', 'response', 'content', 'vocabulary'),
    path.join(root, 'vocabulary'),
    {recursive: true}
  )
  for (let n = 0; n < signalCount; n++) {
    // Ids go up to NNN = 999 per year: 20 years of 500 signals.
    const year = 2005 + (n % 20)
    const id = `sig-${year}-${String(Math.floor(n / 20) + 1).padStart(3, '0')}`
    const dir = path.join(root, 'signals', String(year))
    mkdirSync(dir, {recursive: true})
    const r = random()
    const visibility = r < 0.6 ? 'openbaar' : r < 0.9 ? 'intern' : 'vertrouwelijk'
    const body =
      random() < 0.1
        ? `## Wat er gebeurde\n\n${paragraph()} Zie **dit**.\n\n${paragraph()}`
        : `${paragraph()}\n\n${paragraph()}`
    writeFileSync(
      path.join(dir, `${id}.md`),
      `---
id: ${id}
title: ${sentence().slice(0, -1)}
date: ${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}
themes: [${pick(themes)}]
instruments: [${pick(instruments)}, ${pick(instruments)}]
employers: ${1 + Math.floor(random() * 30)}
source: {kind: werkgever, sector: zorg}
visibility: ${visibility}
impact: ${pick(['hoog', 'midden', 'laag'])}
recommendation: ${sentence()}
---
${body}
`
    )
  }
  mkdirSync(path.join(root, 'consultations'))
  const questions = Array.from(
    {length: questionCount},
    (_, i) =>
      `  - id: vraag-${i + 1}\n    text: Vraag ${i + 1}?\n    themes: [${themes[i]}, ${themes[i + 9]}]\n`
  ).join('')
  const sections = Array.from(
    {length: questionCount},
    (_, i) => `## vraag-${i + 1}\n\n${paragraph()}\n`
  ).join('\n')
  writeFileSync(
    path.join(root, 'consultations', 'bench.md'),
    `---\nid: bench\ntitle: Benchconsultatie\nministry: Ministerie van Sociale Zaken en Werkgelegenheid\ncloses: 2024-06-01\nstatus: concept\nrespondent:\n  organisation: Open Deuren\n  contact_role: Beleidsadviseur\nquestions:\n${questions}---\n${paragraph()}\n\n${sections}`
  )
}
