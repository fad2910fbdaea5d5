import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Problem} from '@opendeuren/content-model'
import {loadContent} from '@opendeuren/content-model'
import {afterEach, describe, expect, test} from 'vitest'
import {buildDependencies} from '../src/commands/consultation.js'
import {main} from '../src/main.js'
import {fakeIo, runBin} from './helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, '..', '..', 'consultation', 'test', 'fixtures')
const feedFile = path.join(fixtures, 'feed', 'open-consultaties.xml')

/** A working directory with a copy of a fixture's content in ./content. */
function workspace(fixture = 'response'): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-consultation-'))
  cpSync(path.join(fixtures, fixture, 'content'), path.join(cwd, 'content'), {recursive: true})
  return cwd
}

const {lint: realLint, lintAndRead: realLintAndRead} = buildDependencies
afterEach(() => {
  buildDependencies.lint = realLint
  buildDependencies.lintAndRead = realLintAndRead
})

/** A linter that finds `problems` and reads the content as loadContent does (build reads through the linter, submit lints apart). */
function fakeLint(problems: Problem[] = []) {
  const calls: Array<[string, string]> = []
  buildDependencies.lint = (root, cwd) => {
    calls.push([root, cwd])
    return Promise.resolve(problems)
  }
  buildDependencies.lintAndRead = async (root, cwd, options) => {
    calls.push([root, cwd])
    return {
      problems,
      collections: await loadContent(
        root,
        options?.signals === undefined ? {} : {signals: options.signals}
      )
    }
  }
  return calls
}

describe('opendeuren consultation build', () => {
  test('writes every file into build/consultations/<id>, warns on the terminal', async () => {
    const cwd = workspace()
    // A section of no question (the fake linter lets it through, so the generator's own warning shows).
    appendFileSync(
      path.join(cwd, 'content/consultations/toets.md'),
      '\n## onbekend\n\nDeze tekst hoort bij geen vraag.\n'
    )
    const calls = fakeLint()
    const io = fakeIo(cwd)
    expect(await main(['consultation', 'build', 'toets'], io)).toBe(0)
    expect(calls).toEqual([[path.join(cwd, 'content'), path.join(cwd, 'content')]])
    expect(io.output).toBe(
      'Reactie op ‘Toetsconsultatie’ gemaakt in build/consultations/toets/:\n' +
        '  answers/leeg.txt\n  answers/lks.txt\n  answers/quotum.txt\n  answers/sociaal.txt\n' +
        '  response.docx\n  response.html\n  response.md\n  trace.json\n' +
        '4 vragen; 12 signalen gebruikt (9 geciteerd, 3 alleen geteld), 7 weggelaten (zie trace.json).\n' +
        'trace.json is intern: stuur alleen response.docx, response.md of de antwoorden mee.\n'
    )
    expect(io.errors).toBe(
      'content/consultations/toets.md:21:9  waarschuwing  Vraag `leeg` heeft geen signalen die openbaar gebruikt mogen worden; in de reactie staat daar een notitie.  (consultation/no-evidence)\n' +
        '    Zie trace.json voor de signalen die passen maar zijn weggelaten. Voeg signalen toe met `include`, verbreed de `themes` van de vraag, of schrijf de tekst zelf.\n' +
        'content/consultations/toets.md:45:1  waarschuwing  De sectie `## onbekend` hoort bij geen vraag; de tekst eronder staat niet in de reactie.  (consultation/unknown-section)\n' +
        '    Gebruik als kop precies de id van een vraag: `## lks`, `## quotum`, `## leeg`, `## sociaal`. Een tussenkop binnen een antwoord krijgt niveau 3: `### onbekend`.\n'
    )
    const out = path.join(cwd, 'build/consultations/toets')
    expect(readdirSync(path.join(out, 'answers')).sort()).toEqual([
      'leeg.txt',
      'lks.txt',
      'quotum.txt',
      'sociaal.txt'
    ])
    expect(readFileSync(path.join(out, 'response.md'), 'utf8')).toContain(
      '> Let op: bij deze vraag zijn geen signalen gevonden'
    )
    expect(
      (JSON.parse(readFileSync(path.join(out, 'trace.json'), 'utf8')) as {used: unknown[]}).used
    ).toHaveLength(12)
  })

  test('--out, --final, and stale answers are removed', async () => {
    const cwd = workspace()
    fakeLint()
    writeFileSync(path.join(mkdtempSync(path.join(cwd, 'x')), 'keep.txt'), '')
    const out = path.join(cwd, 'uit')
    await main(['consultation', 'build', 'toets', '--out', 'uit'], fakeIo(cwd))
    // As if the last build had a question that is gone now: its answer is listed as written by the build.
    const manifest = path.join(out, '.opendeuren-build.json')
    writeFileSync(
      manifest,
      JSON.stringify([
        ...(JSON.parse(readFileSync(manifest, 'utf8')) as string[]),
        'answers/oude-vraag.txt'
      ])
    )
    writeFileSync(path.join(out, 'answers', 'oude-vraag.txt'), 'oud')
    const io = fakeIo(cwd)
    expect(await main(['consultation', 'build', 'toets', '--out', 'uit', '--final'], io)).toBe(0)
    expect(io.output.split('\n')[0]).toBe('Reactie op ‘Toetsconsultatie’ gemaakt in uit/:')
    expect(readdirSync(path.join(out, 'answers')).sort()).toEqual([
      'leeg.txt',
      'lks.txt',
      'quotum.txt',
      'sociaal.txt'
    ])
    expect(readFileSync(path.join(out, 'response.md'), 'utf8')).not.toContain('Let op')
    // The final text has no note, so the warning must not announce one.
    expect(io.errors).toContain(
      'Vraag `leeg` heeft geen signalen die openbaar gebruikt mogen worden; in de reactie blijft deze vraag zonder antwoord.'
    )
    expect(io.errors).not.toContain('notitie')
  })

  test('a privacy error in a signal the response uses stops the build; nothing is written', async () => {
    const cwd = workspace()
    fakeLint([
      {
        ruleId: 'privacy/person-name',
        file: 'signals/2021/sig-2021-002.md',
        line: 14,
        column: 22,
        message: 'Mogelijk een persoonsnaam: `Jan de Vries`.',
        hint: 'Schrijf de rol.',
        severity: 'error'
      },
      {
        ruleId: 'privacy/person-name',
        file: 'signals/2021/sig-2021-008.md',
        line: 14,
        column: 1,
        message: 'Niet gebruikt, dus geen bezwaar.',
        severity: 'error'
      }
    ])
    const io = fakeIo(cwd)
    expect(await main(['consultation', 'build', 'toets'], io)).toBe(1)
    expect(io.output).toBe('')
    expect(io.errors).toBe(
      'content/signals/2021/sig-2021-002.md:14:22  fout  Mogelijk een persoonsnaam: `Jan de Vries`.  (privacy/person-name)\n' +
        '    Schrijf de rol.\n' +
        'De reactie is niet gemaakt: 1 fout in de inhoud waarop hij steunt, waarvan 1 in de privacycontrole. Los ze op (een signaal met een privacyprobleem kunt u ook uitsluiten met `exclude` of op `vertrouwelijk` zetten) en bouw opnieuw.\n'
    )
    expect(existsSync(path.join(cwd, 'build'))).toBe(false)
  })

  test('a broken signal stops the build with its position', async () => {
    const cwd = workspace()
    fakeLint()
    const file = path.join(cwd, 'content/signals/2021/sig-2021-010.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('impact: laag', 'impact: groot'))
    const io = fakeIo(cwd)
    expect(await main(['consultation', 'build', 'toets'], io)).toBe(1)
    expect(io.errors).toBe(
      'content/signals/2021/sig-2021-010.md:10:9  fout  Onverwachte waarde `groot` voor `impact`, verwacht een van: `hoog`, `midden`, `laag`.  (schema/invalid)\n' +
        'De reactie is niet gemaakt: 1 fout in de inhoud waarop hij steunt. Los ze op (een signaal met een privacyprobleem kunt u ook uitsluiten met `exclude` of op `vertrouwelijk` zetten) en bouw opnieuw.\n'
    )
  })

  test.each([
    {
      args: ['consultation'],
      message:
        'Zeg wat u wilt doen: opendeuren consultation build|submit|list|import. Zie `opendeuren consultation --help`.'
    },
    {
      args: ['consultation', 'maak'],
      message: 'Onbekende actie `maak`; kies build, submit, list of import.'
    },
    {
      args: ['consultation', 'build'],
      message:
        'Zeg welke consultatie: opendeuren consultation build <id>. `opendeuren consultation list` toont de ids.'
    },
    {
      args: ['consultation', 'build', 'toetz'],
      message: 'De consultatie `toetz` bestaat niet. Bedoelde u `toets`?'
    },
    {
      args: ['consultation', 'list', '--out', 'x'],
      message:
        'De optie `--out` hoort niet bij `consultation list`. Zie `opendeuren consultation --help`.'
    },
    {
      args: ['consultation', 'build', 'toets', '--theme', 'x'],
      message:
        'De optie `--theme` hoort niet bij `consultation build`. Zie `opendeuren consultation --help`.'
    }
  ])('usage: $args', async ({args, message}) => {
    const io = fakeIo(workspace())
    expect(await main(args, io)).toBe(2)
    expect(io.errors).toBe(`opendeuren consultation: ${message}\n`)
  })

  test('through the binary: the privacy check runs for real or the build refuses', async () => {
    const cwd = workspace()
    const result = await runBin(['consultation', 'build', 'toets'], cwd)
    const linterBuilt = existsSync(path.join(here, '..', '..', 'content-lint', 'dist', 'index.js'))
    if (linterBuilt) {
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(
        /^Reactie op ‘Toetsconsultatie’ gemaakt in build\/consultations\/toets\/:\n/
      )
    } else {
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'opendeuren consultation: De privacycontrole (@opendeuren/content-lint) kan niet worden geladen, dus er wordt geen reactie gemaakt. Bouw de pakketten met `npm run build` en probeer het opnieuw.\n'
      })
    }
  })
})

describe('opendeuren consultation build reads through the lint cache', () => {
  test('the cache under the working directory is filled, a second build gives the same files, and a signal changed in between is read again', async () => {
    const cwd = workspace()
    // A project folder: `npm ci` made node_modules there.
    mkdirSync(path.join(cwd, 'node_modules'))
    const first = fakeIo(cwd)
    expect(await main(['consultation', 'build', 'toets'], first)).toBe(0)
    expect(
      existsSync(path.join(cwd, 'node_modules', '.cache', 'opendeuren', 'lint-cache.json'))
    ).toBe(true)
    const out = path.join(cwd, 'build/consultations/toets')
    const before = ['response.md', 'response.docx', 'trace.json'].map((file) =>
      readFileSync(path.join(out, file))
    )
    const second = fakeIo(cwd)
    expect(await main(['consultation', 'build', 'toets'], second)).toBe(0)
    expect(second.output).toBe(first.output)
    expect(
      ['response.md', 'response.docx', 'trace.json'].map((file) =>
        readFileSync(path.join(out, file))
      )
    ).toEqual(before)
    // The same size: the modification time and then the content hash tell the cache that the file changed.
    const signal = path.join(cwd, 'content/signals/2021/sig-2021-001.md')
    writeFileSync(
      signal,
      readFileSync(signal, 'utf8').replace(
        'Drie werkgevers wachtten maanden',
        'Bel 06-12345678 voor de subsidie'
      )
    )
    const third = fakeIo(cwd)
    expect(await main(['consultation', 'build', 'toets'], third)).toBe(1)
    expect(third.errors).toContain(
      'content/signals/2021/sig-2021-001.md:13:5  fout  Telefoonnummer'
    )
  })
})

describe('opendeuren consultation list', () => {
  test('id, status, closing date and signals per question', async () => {
    const io = fakeIo(workspace())
    expect(await main(['consultation', 'list'], io)).toBe(0)
    expect(io.output).toBe(
      'toets  concept  sluit: 2021-10-13\n' +
        '  Toetsconsultatie\n' +
        '  - lks: 12 passende signalen, 9 openbaar bruikbaar\n' +
        '  - quotum: 3 passende signalen, 2 openbaar bruikbaar\n' +
        '  - leeg: 2 passende signalen, 0 openbaar bruikbaar\n' +
        '  - sociaal: 1 passend signaal, 1 openbaar bruikbaar\n'
    )
  })

  test('--json', async () => {
    const io = fakeIo(workspace())
    await main(['consultation', 'list', '--json'], io)
    expect(JSON.parse(io.output)).toEqual([
      {
        id: 'toets',
        title: 'Toetsconsultatie',
        status: 'concept',
        closes: '2021-10-13',
        example: false,
        exampleSignals: [],
        questions: [
          {id: 'lks', matching: 12, usable: 9},
          {id: 'quotum', matching: 3, usable: 2},
          {id: 'leeg', matching: 2, usable: 0},
          {id: 'sociaal', matching: 1, usable: 1}
        ]
      }
    ])
  })
})

test('consultation list marks a response built from example signals', async () => {
  const cwd = workspace()
  const file = path.join(cwd, 'content/signals/2021/sig-2021-001.md')
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      'visibility: openbaar',
      'visibility: openbaar\nexample: true'
    )
  )
  const io = fakeIo(cwd)
  expect(await main(['consultation', 'list'], io)).toBe(0)
  expect(io.output.split('\n').slice(0, 3)).toEqual([
    'toets  concept  sluit: 2021-10-13  VOORBEELD',
    '  Toetsconsultatie',
    '  Voorbeeld, niet om te versturen: gemaakt uit verzonnen voorbeeldsignalen (sig-2021-001).'
  ])
  const json = fakeIo(cwd)
  await main(['consultation', 'list', '--json'], json)
  expect((JSON.parse(json.output) as Array<Record<string, unknown>>)[0]).toMatchObject({
    id: 'toets',
    example: true,
    exampleSignals: ['sig-2021-001']
  })
})

describe('opendeuren consultation import', () => {
  const expectedFiles = [
    'consultations/besluit-inburgering-en-participatie.md',
    'consultations/regeling-over-verkeersborden.md',
    'consultations/toets.md',
    'consultations/wet-banenafspraak-en-quotum-nieuwe-telling.md',
    'consultations/wijziging-van-de-participatiewet-in-verband-met-de-vereenvou.md'
  ]

  test('scaffolds a valid concept file for each new consultation; a second run skips them all', async () => {
    const cwd = workspace()
    // An existing consultation with the same url as one in the feed
    const toets = path.join(cwd, 'content/consultations/toets.md')
    writeFileSync(
      toets,
      readFileSync(toets, 'utf8').replace(
        'https://www.internetconsultatie.nl/toets',
        'https://www.internetconsultatie.nl/quotumwet'
      )
    )
    const io = fakeIo(cwd)
    expect(await main(['consultation', 'import', feedFile], io)).toBe(0)
    expect(io.output).toBe(
      'content/consultations/wijziging-van-de-participatiewet-in-verband-met-de-vereenvou.md\n' +
        'content/consultations/besluit-inburgering-en-participatie.md\n' +
        'content/consultations/wet-banenafspraak-en-quotum-nieuwe-telling.md\n' +
        'content/consultations/regeling-over-verkeersborden.md\n' +
        'overgeslagen: ‘Vereenvoudiging van de Quotumwet’ bestaat al (consultations/toets.md)\n' +
        '4 consultaties aangemaakt, 1 overgeslagen.\n'
    )
    expect(io.errors).toBe(
      'waarschuwing  Consultatie 3 in de feed (‘Wet banenafspraak en quotum: nieuwe telling’): `<startdatum>31-02-2024</startdatum>` is een dag die niet bestaat en is weggelaten.\n' +
        'waarschuwing  Consultatie 4 in de feed (‘Regeling over verkeersborden’): de url `ftp://example.org/borden` is geen http(s)-adres en is weggelaten.\n' +
        'waarschuwing  Consultatie 5 in de feed heeft geen `<titel>` en is overgeslagen.\n'
    )
    const content = await loadContent(path.join(cwd, 'content'))
    expect(content.problems).toEqual([])
    expect(content.consultations.map((c) => c.file).sort()).toEqual(expectedFiles)
    const inburgering = content.consultations.find(
      (c) => c.data.id === 'besluit-inburgering-en-participatie'
    )!
    expect(inburgering.data).toEqual({
      id: 'besluit-inburgering-en-participatie',
      title: 'Besluit inburgering & participatie',
      ministry:
        'Ministerie van Sociale Zaken en Werkgelegenheid, Ministerie van Justitie en Veiligheid',
      url: 'https://www.internetconsultatie.nl/inburgering_participatie',
      opens: '2024-02-05',
      closes: '2024-03-18',
      status: 'concept',
      respondent: {
        organisation: 'Open Deuren, netwerk van inclusieve werkgevers',
        contact_role: 'Beleidsadviseur werk en inkomen'
      },
      questions: [
        {id: 'reactie', text: 'Wat is uw reactie op het voorstel?', themes: ['inburgering-en-werk']}
      ]
    })
    const borden = readFileSync(
      path.join(cwd, 'content/consultations/regeling-over-verkeersborden.md'),
      'utf8'
    )
    expect(borden.split('\n').slice(0, 2)).toEqual([
      '---',
      '# Geïmporteerd uit de feed van internetconsultatie.nl. Neem de echte vragen over van de consultatiepagina. In de titel staat geen thema; `banenafspraak` is een voorlopige keuze.'
    ])

    const again = fakeIo(cwd)
    expect(await main(['consultation', 'import', feedFile], again)).toBe(0)
    expect(again.output.split('\n').at(-2)).toBe('0 consultaties aangemaakt, 5 overgeslagen.')
  })

  test('an existing consultation with the same title but another id and no url is skipped', async () => {
    const cwd = workspace()
    const toets = path.join(cwd, 'content/consultations/toets.md')
    writeFileSync(
      toets,
      readFileSync(toets, 'utf8')
        .replace('title: Toetsconsultatie', 'title: Besluit  inburgering & participatie')
        .replace(/^url: .*\n/m, '')
    )
    const io = fakeIo(cwd)
    expect(await main(['consultation', 'import', feedFile, '--ministry', 'justitie'], io)).toBe(0)
    expect(io.output).toBe(
      'overgeslagen: ‘Besluit inburgering & participatie’ bestaat al (consultations/toets.md)\n0 consultaties aangemaakt, 1 overgeslagen, 4 van een ander ministerie.\n'
    )
  })

  test('--ministry filters, --theme sets the themes', async () => {
    const cwd = workspace()
    const io = fakeIo(cwd)
    expect(
      await main(
        ['consultation', 'import', feedFile, '--ministry', 'justitie', '--theme', 'regeldruk'],
        io
      )
    ).toBe(0)
    expect(io.output).toBe(
      'content/consultations/besluit-inburgering-en-participatie.md\n1 consultatie aangemaakt, 0 overgeslagen, 4 van een ander ministerie.\n'
    )
    const content = await loadContent(path.join(cwd, 'content'))
    expect(
      content.consultations.find((c) => c.data.id === 'besluit-inburgering-en-participatie')?.data
        .questions[0]?.themes
    ).toEqual(['regeldruk'])
  })

  test('from a URL (a local server; tests never use the network)', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/feed.xml')
        response.writeHead(200, {'content-type': 'application/xml'}).end(readFileSync(feedFile))
      else response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const {port} = server.address() as AddressInfo
    try {
      const cwd = workspace()
      const ok = fakeIo(cwd)
      expect(await main(['consultation', 'import', `http://127.0.0.1:${port}/feed.xml`], ok)).toBe(
        0
      )
      expect(ok.output.split('\n').at(-2)).toBe('5 consultaties aangemaakt, 0 overgeslagen.')
      const missing = fakeIo(cwd)
      expect(
        await main(['consultation', 'import', `http://127.0.0.1:${port}/weg.xml`], missing)
      ).toBe(2)
      expect(missing.errors).toBe(
        `opendeuren consultation: \`http://127.0.0.1:${port}/weg.xml\` gaf HTTP 404 Not Found. Controleer het adres van de feed.\n`
      )
    } finally {
      server.close()
    }
  })

  test('offline: a clear message', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const {port} = server.address() as AddressInfo
    await new Promise((resolve) => server.close(resolve))
    const io = fakeIo(workspace())
    expect(await main(['consultation', 'import', `http://127.0.0.1:${port}/feed.xml`], io)).toBe(2)
    expect(io.errors).toBe(
      `opendeuren consultation: \`http://127.0.0.1:${port}/feed.xml\` kan niet worden opgehaald: de server weigert de verbinding. Bent u offline? Download de feed dan in een browser en geef het bestand op: opendeuren consultation import consultaties.xml\n`
    )
  })

  test.each([
    {
      args: ['weg.xml'],
      code: 2,
      errors: 'opendeuren consultation: Het bestand `weg.xml` bestaat niet.\n'
    },
    {
      args: [feedFile, '--theme', 'regeldrukk'],
      code: 2,
      errors:
        'opendeuren consultation: Onbekend thema `regeldrukk` voor --theme. Bedoelde u `regeldruk`?\n'
    },
    {
      args: ['kapot.xml'],
      code: 1,
      errors:
        'kapot.xml: Dit is geen geldige XML (regel 1, kolom 28): een tag is niet goed geopend of gesloten.\n'
    }
  ])('import $args', async ({args, code, errors}) => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'kapot.xml'), '<consultaties><consultatie></consultaties>')
    const io = fakeIo(cwd)
    expect(await main(['consultation', 'import', ...args], io)).toBe(code)
    expect(io.errors).toBe(errors)
  })
})
