import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {lintContent} from '../../src/engine/lint-content.js'
import {cleanBody, markdownBody} from '../markdown/generate.js'
import {contentDir, guidePage, repoContent, signal, today, writeFile} from '../helpers.js'

/**
 * The quick reading (markdown-it, then remark only where it finds something)
 * must report exactly what reading every body with remark reports: same
 * rules, lines, columns and messages.
 */
describe('the quick reading', () => {
  test(
    'reports the same problems as the exact reading on generated pages',
    {timeout: 300_000},
    async () => {
      const root = contentDir({})
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(cleanBody, markdownBody),
          fc.oneof(cleanBody, markdownBody),
          fc.oneof(cleanBody, markdownBody),
          fc.boolean(),
          async (index, page, signalBody, concept) => {
            writeFile(root, 'guides/gids/index.md', guidePage(index))
            writeFile(
              root,
              'guides/gids/pagina.md',
              guidePage(page, concept ? {status: 'concept'} : {})
            )
            writeFile(root, 'signals/2021/sig-2021-001.md', signal(signalBody))
            const quick = await lintContent({root, today})
            const exact = await lintContent({root, today}, 'exact')
            expect(quick.problems, JSON.stringify({index, page, signalBody})).toEqual(
              exact.problems
            )
          }
        ),
        {numRuns: Number(process.env.QUICK_EXACT_RUNS ?? 150)}
      )
    }
  )

  test('reports the same problems as the exact reading on long readable and hard pages', async () => {
    const easy = 'Dit is een korte zin. Wij doen het werk samen. '
    const hard =
      'De werkgeversdienstverlening organiseert arbeidsmarktregionale samenwerkingsverbanden ten behoeve van inclusiviteitsbevorderende re-integratievoorzieningen. '
    const bodies = [20, 40, 60].flatMap((n) => [
      easy.repeat(n),
      hard.repeat(n / 4) + easy.repeat(n),
      `## Kop\n\n${easy.repeat(n / 2)}\n\n- ${hard.repeat(3)}\n`
    ])
    const warned: boolean[] = []
    for (const body of bodies) {
      const root = contentDir({'guides/gids/index.md': guidePage(body)})
      const exact = (await lintContent({root, today}, 'exact')).problems
      expect((await lintContent({root, today})).problems).toEqual(exact)
      warned.push(exact.some((p) => p.ruleId === 'readability/hard-to-read'))
    }
    // Both sides of the threshold are covered.
    expect(warned).toContain(true)
    expect(warned).toContain(false)
  })

  test(
    'reports the same problems as the exact reading on the repository content',
    {timeout: 60_000},
    async () => {
      const quick = await lintContent({root: repoContent, today})
      const exact = await lintContent({root: repoContent, today}, 'exact')
      expect(quick.problems.length).toBeGreaterThan(0)
      expect(quick.problems).toEqual(exact.problems)
    }
  )
})
