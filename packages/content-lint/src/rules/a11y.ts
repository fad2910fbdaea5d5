import {problem, type Problem} from '@opendeuren/content-model'
import type {Outline} from '../markdown/outline.js'

/** Link texts that say nothing about the destination (compared lowercase, without punctuation). */
const vagueTexts = new Set([
  'hier',
  'klik hier',
  'klik',
  'hier klikken',
  'lees meer',
  'lees verder',
  'meer',
  'meer lezen',
  'verder lezen',
  'meer informatie',
  'meer info',
  'link',
  'deze link',
  'via deze link',
  'deze pagina',
  'pagina',
  'hierheen',
  'click here',
  'here',
  'read more',
  'more'
])

function normalizeLinkText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s"'“”‘’„«»([]+|[\s"'“”‘’„«».,:;!?…)\]>→-]+$/g, '')
}

/**
 * Accessibility of a Markdown body: headings, images and link texts.
 * The page title (from the frontmatter) is the h1, so the body starts at h2.
 *
 * @param file path relative to the content root
 * @param body the outline of the body
 */
export function checkAccessibility(file: string, body: Outline): Problem[] {
  const problems: Problem[] = []
  let previous: number | undefined
  for (const heading of body.headings) {
    if (heading.depth === 1) {
      problems.push(
        problem(
          'a11y/multiple-h1',
          file,
          heading.span,
          `Kop van niveau 1 (\`# ${heading.text}\`) in de tekst; de titel van de pagina is al de hoofdkop.`,
          'Gebruik `##` voor de kopjes in de tekst.'
        )
      )
    } else if (heading.depth > (previous ?? 1) + 1) {
      const hashes = '#'.repeat(heading.depth)
      problems.push(
        problem(
          'a11y/heading-skip',
          file,
          heading.span,
          previous === undefined
            ? `De eerste kop heeft niveau ${heading.depth} (\`${hashes}\`); de titel is niveau 1, dus de tekst begint met \`##\`.`
            : `Kop van niveau ${heading.depth} (\`${hashes}\`) na een kop van niveau ${previous}: niveau ${previous + 1} wordt overgeslagen.`,
          `Gebruik \`${'#'.repeat((previous ?? 1) + 1)}\`, of zet er een kop van dat niveau boven.`
        )
      )
    }
    previous = heading.depth
  }
  for (const image of body.images) {
    if (image.alt.trim() !== '') continue
    problems.push(
      problem(
        'a11y/image-alt',
        file,
        image.span,
        image.url
          ? `De afbeelding \`${image.url}\` heeft geen alt-tekst.`
          : 'Afbeelding zonder alt-tekst.',
        'Beschrijf tussen de haken wat de afbeelding laat zien: `![beschrijving](pad.png)`.'
      )
    )
  }
  for (const html of body.html) {
    for (const tag of html.value.matchAll(/<img\b[^>]*>/gi)) {
      if (/\salt\s*=\s*("[^"]*\S[^"]*"|'[^']*\S[^']*'|[^\s"'>]+)/i.test(tag[0])) continue
      const source = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag[0])?.[1]
      problems.push(
        problem(
          'a11y/image-alt',
          file,
          html.span,
          source
            ? `De afbeelding \`${source}\` heeft geen alt-tekst.`
            : 'Afbeelding zonder alt-tekst.',
          'Geef de afbeelding een `alt`-attribuut dat beschrijft wat ze laat zien, of gebruik Markdown: `![beschrijving](pad.png)`.'
        )
      )
    }
  }
  for (const link of body.links) {
    if (link.kind === 'definition') continue
    const text = link.text.trim()
    if (text === '' && !link.hasImageText) {
      problems.push(
        problem(
          'a11y/empty-link',
          file,
          link.span,
          link.url
            ? `De link naar \`${link.url}\` heeft geen tekst.`
            : 'Link zonder tekst en zonder adres.',
          'Schrijf tussen de haken waar de link heen gaat: `[de handreiking over verzuim](./verzuim.md)`.'
        )
      )
      continue
    }
    if (link.kind === 'link' && link.url.trim() === '') {
      problems.push(
        problem(
          'a11y/empty-link',
          file,
          link.span,
          `De link „${text}” heeft geen adres.`,
          'Vul tussen de ronde haken in waar de link heen gaat, of haal de link weg.'
        )
      )
      continue
    }
    const normal = normalizeLinkText(text)
    if (vagueTexts.has(normal)) {
      problems.push(
        problem(
          'a11y/vague-link-text',
          file,
          link.span,
          `De linktekst „${text}” zegt niet waar de link heen gaat.`,
          'Schrijf de bestemming in de linktekst, zoals `[lees hoe u het gesprek voert](./het-gesprek-aangaan.md)`.',
          'warning'
        )
      )
    }
  }
  return problems
}
