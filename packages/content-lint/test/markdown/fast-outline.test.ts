import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {fastOutline} from '../../src/markdown/fast-outline.js'
import {outline, type Outline} from '../../src/markdown/outline.js'
import {parseBody} from '../../src/markdown/processor.js'
import {repoContent} from '../helpers.js'
import {markdownBody} from './generate.js'

/** What the quick outline must share with the exact one: everything but columns and the lines of inline content. */
function essence(o: Outline) {
  return {
    headings: o.headings.map((h) => [h.depth, h.text, h.slug, h.span.line]),
    links: o.links.map((l) => [l.kind, l.url, l.text, l.hasImageText]),
    images: o.images.map((i) => [i.url, i.alt]),
    // A block running to the end of the body may keep its last line ends in mdast; no rule reads it.
    html: o.html.map((h) => h.value.trimEnd()),
    prose: o.prose.map((p) => [p.text, p.span.line]),
    anchors: [...o.anchors].sort()
  }
}

/** Compare both outlines of a body; false when the quick reading declines it. */
function agrees(body: string): boolean {
  const fast = fastOutline(body, 3)
  if (!fast) return false
  expect(essence(fast), JSON.stringify(body)).toEqual(essence(outline(parseBody(body), 3, body)))
  return true
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

describe('fastOutline', () => {
  test('agrees with the exact outline on generated Markdown', {timeout: 120_000}, () => {
    let compared = 0
    let runs = 0
    fc.assert(
      fc.property(markdownBody, (body) => {
        runs++
        if (agrees(body)) compared++
      }),
      {numRuns: Number(process.env.FAST_OUTLINE_RUNS ?? 3000)}
    )
    // Most bodies are read quickly; the rest (definitions, doubtful text) go to the exact parser.
    expect(compared / runs).toBeGreaterThan(0.15)
  })

  test('agrees with the exact outline on every Markdown file of the repository content', () => {
    const files = markdownFiles(repoContent)
    expect(files.length).toBeGreaterThan(50)
    let compared = 0
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '')
      if (agrees(body)) compared++
    }
    expect(compared).toBeGreaterThan(files.length * 0.8)
  })

  test('declines bodies it cannot vouch for', () => {
    expect(fastOutline('[a][b]\n\n[b]: ./b.md\n', 0)).toBeUndefined()
    expect(
      fastOutline(
        '<!-- opendeuren-disable-next-line privacy/phone -- reden -->\nBel 06-12345678.\n',
        0
      )
    ).toBeUndefined()
    expect(fastOutline('<!doctype x>\n', 0)).toBeUndefined()
    expect(fastOutline('[`a` ` b](./x.md)\n', 0)).toBeUndefined()
    expect(fastOutline('    code\n2. twee\n', 0)).toBeUndefined()
    expect(fastOutline(`${'> '.repeat(120)}diep\n`, 0)).toBeUndefined()
    // Places where markdown-it 14.1 and micromark disagreed, found by the property above (the guards stay with 15).
    for (const body of [
      '> ## kop\n\t> [x](#kop)\n',
      '[1) een\n>2) twee\n',
      '- 2) twee\n',
      'hard\t  \nbreuk\n',
      '- \\\n<a name="x">\n',
      '<![CDATA[ x ]]]>\n',
      '<a!@b.nl>\n',
      '[b](./a\\\n_b.md)\n',
      '-    een\n    <!-- c --> twee\n',
      '<!-- c --->\n'
    ]) {
      expect(fastOutline(body, 0), JSON.stringify(body)).toBeUndefined()
    }
    expect(
      fastOutline('## Gewoon\n\nTekst met [een link](./a.md#kop).\n', 0)?.headings.map(
        (h) => h.slug
      )
    ).toEqual(['gewoon'])
  })
})
