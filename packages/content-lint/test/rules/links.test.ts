import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {serialiseResponseRecord} from '@opendeuren/content-model'
import {describe, expect, test} from 'vitest'
import {defaultConfig, lintContent, type LintConfig} from '../../src/index.js'
import {contentDir, guidePage, lintFiles, only, today} from '../helpers.js'

const consultation = (status: string) =>
  `---\nid: wet-x\ntitle: Wet X\nministry: SZW\nstatus: ${status}\nrespondent:\n  organisation: Netwerk\n  contact_role: beleidsadviseur\nquestions:\n  - id: vraag-1\n    text: Wat vindt u?\n    themes: [banenafspraak]\n---\nTekst.\n`

const site = {
  'guides/gids/index.md': guidePage('## Voor wie\n\n## Aan de slag {#start}\n\n## Voor wie\n'),
  'guides/gids/het-gesprek.md': guidePage('## Het gesprek voeren\n'),
  'guides/gids/concept.md': guidePage('## Kop\n', {status: 'concept'}),
  'guides/gids/afbeelding.png': 'png',
  'guides/andere/index.md': guidePage('## Over\n'),
  'consultations/wet-x.md': consultation('ingediend'),
  // What `opendeuren consultation submit wet-x` writes: the record makes /consultaties/wet-x public.
  'responses/wet-x.md': serialiseResponseRecord(
    {
      consultation: 'wet-x',
      title: 'Wet X',
      ministry: 'SZW',
      organisation: 'Netwerk',
      contact_role: 'beleidsadviseur',
      themes: ['banenafspraak'],
      sent: '2026-01-05',
      answers: {'vraag-1': 'Tekst.'}
    },
    '## Vraag 1. Wat vindt u? {#vraag-vraag-1}\n\nTekst.'
  ).text
}

async function linksOf(body: string, fields: Record<string, string> = {}) {
  const problems = await lintFiles(
    {...site, 'guides/gids/pagina.md': guidePage(body, fields)},
    {files: undefined}
  )
  return only(problems, 'links/')
    .filter((p) => p.file === 'guides/gids/pagina.md')
    .map((p) => [p.ruleId, p.line, p.column, p.message])
}

describe('links rules', () => {
  test('links that resolve give no problems', async () => {
    const body = [
      '[a](./het-gesprek.md) [b](het-gesprek.md#het-gesprek-voeren) [c](./index.md#voor-wie-1) [d](./index.md#start)',
      '[e](../andere/index.md) [f](../andere/) [g](./afbeelding.png) [h](./het-gesprek) [i](#eigen-kop) [j](https://www.uwv.nl/x.pdf)',
      '[k](/) [l](/gidsen/gids/) [m](/gidsen/gids/het-gesprek#het-gesprek-voeren) [n](/themas/banenafspraak) [o](/consultaties/wet-x)',
      '[p](/zoeken?q=jobcoach) [q](/toegankelijkheid) [r](/consultaties) [s](mailto:info@opendeuren.nl) [t](/img/logo.svg)',
      '',
      '## Eigen kop'
    ].join('\n')
    expect(await linksOf(body)).toEqual([])
  })

  test('links/file-missing with a suggestion', async () => {
    expect(
      await linksOf('[a](./het-gesprk.md) en [b](../weg/index.md) en [c](../../../buiten.md)\n')
    ).toEqual([
      [
        'links/file-missing',
        12,
        1,
        'De link naar `./het-gesprk.md` wijst naar een bestand dat niet bestaat (`guides/gids/het-gesprk.md`).'
      ],
      [
        'links/file-missing',
        12,
        25,
        'De link naar `../weg/index.md` wijst naar een bestand dat niet bestaat (`guides/weg/index.md`).'
      ],
      [
        'links/file-missing',
        12,
        49,
        'De link naar `../../../buiten.md` wijst naar een bestand dat niet bestaat (`../buiten.md`).'
      ]
    ])
  })

  test('links/anchor-missing in the same file and in another file', async () => {
    expect(
      await linksOf(
        '## Aanpak\n\n[a](#aanpakk) [b](./het-gesprek.md#gesprek) [c](/gidsen/gids/het-gesprek#niets)\n'
      )
    ).toEqual([
      ['links/anchor-missing', 14, 1, 'De kop `#aanpakk` bestaat niet op deze pagina.'],
      [
        'links/anchor-missing',
        14,
        15,
        'De kop `#gesprek` bestaat niet in `guides/gids/het-gesprek.md`.'
      ],
      [
        'links/anchor-missing',
        14,
        45,
        'De kop `#niets` bestaat niet in `guides/gids/het-gesprek.md`.'
      ]
    ])
  })

  test('a chapter of a guide whose start page is concept is not on the site: links to it are errors', async () => {
    const problems = await lintFiles(
      {
        ...site,
        'guides/andere/index.md': guidePage('## Over\n', {status: 'concept'}),
        'guides/andere/hoofdstuk.md': guidePage('## Inhoud\n'),
        'guides/gids/pagina.md': guidePage(
          '[a](../andere/hoofdstuk.md) [b](/gidsen/andere/hoofdstuk)\n',
          {related: '[andere/hoofdstuk]'}
        )
      },
      {files: undefined}
    )
    const why =
      'die niet op de site staat: de startpagina van de gids (`guides/andere/index.md`) is niet gepubliceerd.'
    expect(
      only(problems, 'links/')
        .filter((p) => p.file === 'guides/gids/pagina.md')
        .map((p) => [p.ruleId, p.message])
    ).toEqual([
      [
        'links/to-concept',
        `Deze pagina is gepubliceerd, maar \`related\` noemt \`andere/hoofdstuk\`, ${why}`
      ],
      [
        'links/to-concept',
        `Deze pagina is gepubliceerd, maar linkt naar \`guides/andere/hoofdstuk.md\`, ${why}`
      ],
      [
        'links/site-route-missing',
        'De link `/gidsen/andere/hoofdstuk` wijst naar een pagina die niet op de site staat: de startpagina van de gids (`guides/andere/index.md`) is niet gepubliceerd.'
      ]
    ])
  })

  test('links/to-concept from a published page, also through related', async () => {
    expect(await linksOf('[a](./concept.md)\n', {related: '[gids/concept]'})).toEqual([
      [
        'links/to-concept',
        11,
        11,
        'Deze pagina is gepubliceerd, maar `related` noemt `gids/concept`, die niet op de site staat: `guides/gids/concept.md` heeft de status `concept`.'
      ],
      [
        'links/to-concept',
        13,
        1,
        'Deze pagina is gepubliceerd, maar linkt naar `guides/gids/concept.md`, die niet op de site staat: `guides/gids/concept.md` heeft de status `concept`.'
      ]
    ])
  })

  test('hints suggest the nearest file, anchor and route', async () => {
    const root = contentDir({
      ...site,
      'guides/gids/pagina.md': guidePage(
        '[a](./het-gesprk.md) [b](./index.md#voor-wi) [c](/gidsen/gids/het-gesprekk)\n'
      )
    })
    const run = await lintContent({root, today})
    expect(
      run.problems.filter((p) => p.file === 'guides/gids/pagina.md').map((p) => p.hint)
    ).toEqual([
      'Bedoelde u `./het-gesprek.md`?',
      'Bedoelde u `#voor-wie`?',
      'Bedoelde u `/gidsen/gids/het-gesprek`?'
    ])
  })

  test('links to site pages follow the guides path the site publishes under (LintConfig.site), and the cache keeps them apart', async () => {
    const root = contentDir({
      ...site,
      'guides/gids/pagina.md': guidePage('[a](/handreikingen/gids/het-gesprek) [b](/gidsen/gids)\n')
    })
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'links-site-')), 'c.json')
    const routeProblems = async (config: LintConfig) =>
      (await lintContent({root, today, config, cache})).problems
        .filter((p) => p.ruleId === 'links/site-route-missing')
        .map((p) => p.message)
    const missing = (url: string) =>
      `De link \`${url}\` wijst naar een pagina die niet op de site bestaat.`
    expect(await routeProblems(defaultConfig)).toEqual([missing('/handreikingen/gids/het-gesprek')])
    expect(
      await routeProblems({...defaultConfig, site: {guidesBasePath: 'handreikingen'}})
    ).toEqual([missing('/gidsen/gids')])
    expect(await routeProblems(defaultConfig)).toEqual([missing('/handreikingen/gids/het-gesprek')])
  })

  test('a concept page may link to a concept page', async () => {
    expect(await linksOf('[a](./concept.md)\n', {status: 'concept'})).toEqual([])
  })

  test('links/site-route-missing, for concept pages with the reason', async () => {
    expect(
      await linksOf('[a](/gidsen/gids/concept) [b](/gidsen/gidz) [c](/consultaties/wet-y)\n')
    ).toEqual([
      [
        'links/site-route-missing',
        12,
        1,
        'De link `/gidsen/gids/concept` wijst naar een pagina die niet op de site staat: `guides/gids/concept.md` heeft de status `concept`.'
      ],
      [
        'links/site-route-missing',
        12,
        27,
        'De link `/gidsen/gidz` wijst naar een pagina die niet op de site bestaat.'
      ],
      [
        'links/site-route-missing',
        12,
        45,
        'De link `/consultaties/wet-y` wijst naar een pagina die niet op de site bestaat.'
      ]
    ])
  })

  test('a concept consultation has no page', async () => {
    const {'responses/wet-x.md': _record, ...withoutRecord} = site
    const problems = await lintFiles({
      ...withoutRecord,
      'consultations/wet-x.md': consultation('concept'),
      'guides/gids/pagina.md': guidePage('[a](/consultaties/wet-x)\n')
    })
    expect(only(problems, 'links/').map((p) => [p.ruleId, p.message])).toEqual([
      [
        'links/site-route-missing',
        'De link `/consultaties/wet-x` wijst naar een pagina die niet op de site bestaat.'
      ]
    ])
  })
})
