// Deterministic synthetic content for the benchmark: guide pages with
// headings and links (also to anchors), and signals, tagged with the real
// vocabulary. The same seed and scale always give the same bytes.
import {copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import GithubSlugger from 'github-slugger'

/**
 * A small, fast, seeded PRNG (mulberry32): the corpus must not depend on Math.random.
 *
 * @param {number} seed
 * @returns {() => number} uniform numbers in [0, 1)
 */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Short, common Dutch words keep the prose readable (the readability rule
// scores it like real guidance text); domain words give it the right feel.
const common = (
  'de het een en van in op met voor is dat die niet bij als aan er ook om dan maar nog wel kan moet zijn heeft wordt ' +
  'werk werkgever werknemer collega team plek baan dag week jaar tijd uur taak rol plan doel stap vraag hulp steun ' +
  'goed klein groot nieuw snel vaak samen eerst daarna zo meer minder vast eigen hele open duidelijk rustig ' +
  'praten vragen kijken zoeken vinden maken regelen helpen leren werken starten passen houden geven nemen'
).split(' ')
const domain = (
  'banenafspraak jobcoach loonkostensubsidie begeleiding re-integratie arbeidsbeperking werkplek gemeente ' +
  'werkgeversservicepunt inwerken proefplaatsing leidinggevende aanpassing functie rooster afspraak gesprek ' +
  'doelgroep sollicitatie ondersteuning inclusie subsidie regeling'
).split(' ')

/**
 * Ids of a vocabulary file (`- id: x` lines), without a YAML parser.
 *
 * @param {string} file
 */
function ids(file) {
  return [...readFileSync(file, 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1])
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)]
}

function some(random, list, min, max) {
  const n = min + Math.floor(random() * (max - min + 1))
  const chosen = new Set()
  while (chosen.size < Math.min(n, list.length)) chosen.add(pick(random, list))
  return [...chosen]
}

function sentence(random) {
  const length = 6 + Math.floor(random() * 9)
  const words = []
  for (let i = 0; i < length; i++)
    words.push(random() < 0.12 ? pick(random, domain) : pick(random, common))
  const text = words.join(' ')
  return `${text[0].toUpperCase()}${text.slice(1)}.`
}

function paragraph(random) {
  const n = 3 + Math.floor(random() * 4)
  return Array.from({length: n}, () => sentence(random)).join(' ')
}

function heading(random, used) {
  for (;;) {
    const words = Array.from({length: 2 + Math.floor(random() * 3)}, () =>
      pick(random, random() < 0.4 ? domain : common)
    )
    const text = `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(' ')}`
    if (!used.has(text)) {
      used.add(text)
      return text
    }
  }
}

/**
 * Write the corpus.
 *
 * @param {object} options
 * @param {string} options.dir content root to create
 * @param {string} options.vocabulary directory with the real vocabulary files
 * @param {number} options.guidePages how many guide pages (20 per guide)
 * @param {number} options.signals how many signals
 * @param {number} [options.pageBytes] about the size of a guide page
 * @param {number} [options.seed]
 * @returns {{guideFiles: string[], signalFiles: string[], bytes: number}}
 */
export function writeCorpus({
  dir,
  vocabulary,
  guidePages,
  signals,
  pageBytes = 16_000,
  seed = 20261122
}) {
  const random = prng(seed)
  mkdirSync(path.join(dir, 'vocabulary'), {recursive: true})
  for (const name of readdirSync(vocabulary))
    if (name.endsWith('.yml'))
      copyFileSync(path.join(vocabulary, name), path.join(dir, 'vocabulary', name))
  const themes = ids(path.join(vocabulary, 'themes.yml'))
  const audiences = ids(path.join(vocabulary, 'audiences.yml'))
  const instruments = ids(path.join(vocabulary, 'instruments.yml'))

  // Plan every page and its headings first, so links can point at real anchors;
  // a section (heading, two paragraphs, a link) is about 700 bytes.
  const perGuide = 20
  const sectionBytes = 690
  const pages = []
  for (let i = 0; i < guidePages; i++) {
    const guide = `gids-${String(Math.floor(i / perGuide) + 1).padStart(3, '0')}`
    const slug = i % perGuide === 0 ? 'index' : `hoofdstuk-${String(i % perGuide).padStart(2, '0')}`
    const used = new Set()
    const headings = Array.from(
      {length: Math.max(1, Math.round((pageBytes - 600) / sectionBytes))},
      () => heading(random, used)
    )
    const slugger = new GithubSlugger()
    pages.push({guide, slug, headings, anchors: headings.map((h) => slugger.slug(h))})
  }

  let bytes = 0
  const guideFiles = []
  pages.forEach((page, i) => {
    const title = `${page.headings[0]} (${page.guide} ${page.slug})`
    const front = [
      '---',
      `title: ${title}`,
      `description: ${sentence(random)}`,
      `themes: [${some(random, themes, 1, 3).join(', ')}]`,
      `audiences: [${some(random, audiences, 1, 2).join(', ')}]`,
      'updated: 2026-06-01',
      'review_by: 2030-06-01',
      'status: gepubliceerd',
      `order: ${i % perGuide}`,
      'sources:',
      '  - title: Wet banenafspraak en quotum arbeidsbeperkten',
      '---',
      ''
    ].join('\n')
    let body = `${paragraph(random)}\n`
    for (const h of page.headings) {
      body += `\n## ${h}\n\n${paragraph(random)}\n\n${paragraph(random)}\n`
      // About one link per section: to a page of the same guide (often with an anchor) or of another guide.
      const target =
        random() < 0.8
          ? pages[
              i -
                (i % perGuide) +
                Math.floor(random() * Math.min(perGuide, pages.length - (i - (i % perGuide))))
            ]
          : pick(random, pages)
      const href =
        target.guide === page.guide ? `./${target.slug}.md` : `../${target.guide}/${target.slug}.md`
      const anchor = random() < 0.5 ? `#${pick(random, target.anchors)}` : ''
      body += `\nLees ook [${target.headings[0].toLowerCase()}](${href}${anchor}) voor de volgende stap.\n`
    }
    // One page in a hundred has a link to a heading that does not exist: both tools must find it.
    if (i % 100 === 50) body += `\nZie ook [de verdwenen kop](./index.md#bestaat-niet).\n`
    const text = `${front}${body}`
    const file = path.join(dir, 'guides', page.guide, `${page.slug}.md`)
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, text)
    guideFiles.push(file)
    bytes += Buffer.byteLength(text)
  })

  const signalFiles = []
  for (let i = 0; i < signals; i++) {
    const year = 2015 + Math.floor(i / 999)
    const id = `sig-${year}-${String((i % 999) + 1).padStart(3, '0')}`
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0')
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
    const text = [
      '---',
      `id: ${id}`,
      `title: ${sentence(random).slice(0, -1)}`,
      `date: ${year}-${month}-${day}`,
      `themes: [${some(random, themes, 1, 2).join(', ')}]`,
      `instruments: [${some(random, instruments, 1, 2).join(', ')}]`,
      `employers: ${1 + Math.floor(random() * 20)}`,
      `source: {kind: ${pick(random, ['werkgever', 'gemeente', 'wsp', 'netwerk', 'onderzoek'])}, size: ${pick(random, ['mkb', 'groot'])}}`,
      `visibility: ${pick(random, ['openbaar', 'intern', 'vertrouwelijk'])}`,
      `impact: ${pick(random, ['hoog', 'midden', 'laag'])}`,
      `recommendation: ${sentence(random)}`,
      '---',
      '',
      `${paragraph(random)} ${paragraph(random)}${random() < 0.5 ? ` ${paragraph(random)}` : ''}`,
      ''
    ].join('\n')
    const file = path.join(dir, 'signals', String(year), `${id}.md`)
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, text)
    signalFiles.push(file)
    bytes += Buffer.byteLength(text)
  }
  return {guideFiles, signalFiles, bytes}
}
