// Synthetic content for the studio's bench: guide pages, signals and one
// consultation, all valid, with links between pages.
import {cpSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'

const themes = [
  'verzuim-en-re-integratie',
  'werkaanpassing',
  'begeleiding',
  'banenafspraak',
  'doelgroep-en-toegang'
]
const instruments = [
  'loonkostensubsidie',
  'jobcoach',
  'no-riskpolis',
  'doelgroepregister',
  'quotumheffing'
]
const visibilities = ['openbaar', 'intern', 'vertrouwelijk']
const impacts = ['hoog', 'midden', 'laag']

const paragraph = (n) =>
  `Een werkgever past het werk aan, samen met de medewerker. Dat kan met kleine stappen, zoals een vaste pauze of een rustige plek. ` +
  `Bespreek wat helpt en leg het vast. Kijk na een paar weken samen of het werkt, en pas het aan als het nodig is. Dit is alinea ${n}.`

function write(file, text) {
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, text)
}

/**
 * A guide page body of about `bytes` bytes, with headings and links to its neighbours.
 *
 * @param guide folder of the guide
 * @param bytes wanted size
 */
export function pageBody(bytes) {
  let body = ''
  let n = 0
  while (body.length < bytes) {
    n++
    body += n % 4 === 1 ? `## Onderwerp ${n}\n\n` : ''
    body += `${paragraph(n)} Lees ook [de start](./index.md).\n\n`
  }
  return body
}

/** Frontmatter of a valid published guide page. */
export function pageFrontmatter(title, order) {
  return `---\ntitle: ${title}\ndescription: Een pagina om de studio te meten.\nthemes: [werkaanpassing]\naudiences: [werkgevers]\nupdated: 2025-01-10\nreview_by: ${order % 7 === 0 ? '2025-06-01' : '2030-01-10'}\nstatus: gepubliceerd\norder: ${order}\nsources:\n  - title: Een bron\n---\n`
}

/**
 * Write a content directory.
 *
 * @param {{dir: string, vocabulary: string, pages: number, signals: number}} options
 */
export function writeCorpus({dir, vocabulary, pages, signals}) {
  cpSync(vocabulary, path.join(dir, 'vocabulary'), {recursive: true})
  const perGuide = 50
  for (let i = 0; i < pages; i++) {
    const guide = `gids-${Math.floor(i / perGuide)}`
    const slug = i % perGuide === 0 ? 'index' : `pagina-${i}`
    write(
      path.join(dir, 'guides', guide, `${slug}.md`),
      pageFrontmatter(`Pagina ${i}`, i % perGuide) + pageBody(1200)
    )
  }
  for (let i = 0; i < signals; i++) {
    const year = 2000 + Math.floor(i / 999)
    const id = `sig-${year}-${String((i % 999) + 1).padStart(3, '0')}`
    const text =
      `---\nid: ${id}\ntitle: Signaal ${i} over regels in de praktijk\ndate: ${year}-03-0${(i % 9) + 1}\nthemes: [${themes[i % themes.length]}]\n` +
      `instruments: [${instruments[i % instruments.length]}]\nemployers: ${(i % 5) + 1}\nsource:\n  kind: werkgever\n  sector: zorg\n` +
      `visibility: ${visibilities[i % 3]}\nimpact: ${impacts[i % 3]}\nrecommendation: Maak de regel eenvoudiger voor werkgevers.\n---\n${paragraph(i)}\n`
    write(path.join(dir, 'signals', String(year), `${id}.md`), text)
  }
  write(
    path.join(dir, 'consultations', 'meting.md'),
    `---\nid: meting\ntitle: Meting van de werkbank\nministry: Ministerie van Sociale Zaken en Werkgelegenheid\nstatus: concept\n` +
      `respondent:\n  organisation: Open Deuren, netwerk van inclusieve werkgevers\n  contact_role: Beleidsadviseur werk en inkomen\n` +
      `questions:\n  - id: eerste\n    text: Wat vindt u van het voorstel?\n    themes: [werkaanpassing, begeleiding]\n` +
      `  - id: tweede\n    text: Wat moet er beter?\n    themes: [banenafspraak, doelgroep-en-toegang]\n---\n` +
      `Open Deuren reageert vanuit de praktijk van werkgevers.\n\n## eerste\n\nOnze eigen tekst bij de eerste vraag.\n`
  )
}
