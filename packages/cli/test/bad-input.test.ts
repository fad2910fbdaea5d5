import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {runBin} from './helpers.js'

const repoContent = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'content'
)
// A consultation whose adviser text retells no protected signal (privacy/disclosure would stop its build).
const consultation = 'uitvoeringspraktijk-loonkostensubsidie'

/** A copy of the repository's content in a fresh folder (the cwd of the command). */
function workspace(): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-bad-input-'))
  cpSync(repoContent, path.join(cwd, 'content'), {recursive: true})
  return cwd
}

function firstGuide(cwd: string): string {
  return path.join(
    cwd,
    'content',
    'guides',
    readdirSync(path.join(cwd, 'content', 'guides')).sort()[0]!
  )
}

/** A guide page with the frontmatter of the guide's index and another body. */
function addPage(cwd: string, name: string, body: string): string {
  const guide = firstGuide(cwd)
  const head = readFileSync(path.join(guide, 'index.md'), 'utf8').split('\n---\n')[0]!
  writeFileSync(path.join(guide, `${name}.md`), `${head}\n---\n\n${body}\n`)
  return path.relative(cwd, path.join(guide, `${name}.md`))
}

describe('a budget per file', () => {
  test(
    'pathological bodies become markdown/too-complex; the run ends and other files are checked',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      const emphasis = addPage(cwd, 'nadruk', '*_'.repeat(20000) + 'x' + '_*'.repeat(20000))
      const quotes = addPage(cwd, 'citaten', '>'.repeat(10000))
      const started = Date.now()
      const {code, stdout} = await runBin(['lint', '--format', 'json'], cwd)
      expect(Date.now() - started).toBeLessThan(30_000)
      expect(code).toBe(1)
      const results = JSON.parse(stdout) as Array<{
        filePath: string
        messages: Array<{ruleId: string; line: number; column: number}>
      }>
      const of = (file: string) =>
        results
          .find((r) => r.filePath.endsWith(file))!
          .messages.map((m) => [m.ruleId, m.line, m.column])
      expect(of(emphasis)).toEqual([['markdown/too-complex', expect.any(Number), 2001]])
      expect(of(quotes)).toEqual([['markdown/too-complex', expect.any(Number), 41]])
    }
  )

  test(
    'a broken guide page does not block building a consultation',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      addPage(cwd, 'citaten', '>'.repeat(10000))
      const {code, stderr} = await runBin(
        ['consultation', 'build', consultation, '--out', 'uit'],
        cwd
      )
      expect(stderr).not.toContain('interne fout')
      expect(code).toBe(0)
    }
  )
})

describe('output that cannot lose anything', () => {
  test(
    'a folder with a file the build did not write is refused, and the file survives',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      mkdirSync(path.join(cwd, 'm', 'answers'), {recursive: true})
      writeFileSync(path.join(cwd, 'm', 'answers', 'own.txt'), 'x')
      const {code, stderr} = await runBin(
        ['consultation', 'build', consultation, '--out', 'm'],
        cwd
      )
      expect(code).toBe(2)
      expect(stderr).toBe(
        `opendeuren consultation: De map \`${path.join(cwd, 'm')}\` bevat bestanden die Open Deuren niet heeft gemaakt (answers/own.txt); die worden niet overschreven of weggegooid. Kies met --out een andere map, of verplaats die bestanden eerst.\n`
      )
      expect(readFileSync(path.join(cwd, 'm', 'answers', 'own.txt'), 'utf8')).toBe('x')
    }
  )

  test(
    'a second build replaces its own folder; no temporary folder is left',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      expect(
        (await runBin(['consultation', 'build', consultation, '--out', 'uit'], cwd)).code
      ).toBe(0)
      expect(
        (await runBin(['consultation', 'build', consultation, '--out', 'uit'], cwd)).code
      ).toBe(0)
      expect(readdirSync(cwd).sort()).toEqual(['content', 'uit'])
      expect(readdirSync(path.join(cwd, 'uit')).sort()).toEqual([
        '.opendeuren-build.json',
        'answers',
        'response.docx',
        'response.html',
        'response.md',
        'trace.json'
      ])
    }
  )

  test.each([
    [
      '',
      'opendeuren consultation: De optie `--out` heeft een map nodig, bijvoorbeeld `--out build/reactie`.\n'
    ],
    [
      '/proc/xx',
      'opendeuren consultation: `/proc/xx` ligt in een systeemmap (/proc, /sys, /dev); daar kan Open Deuren niets schrijven. Kies met --out een map in uw project of thuismap.\n'
    ]
  ])('--out %j is a usage error, not a spin', {timeout: 60_000}, async (out, message) => {
    const cwd = workspace()
    const {code, stderr} = await runBin(['consultation', 'build', consultation, '--out', out], cwd)
    expect([code, stderr]).toEqual([2, message])
    expect(readdirSync(cwd)).toEqual(['content'])
  })

  test(
    'a full disk on stdout: a Dutch message, no stack trace, exit 2',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      const {execFile} = await import('node:child_process')
      const {bin} = await import('./helpers.js')
      const result = await new Promise<{code: number; stderr: string}>((resolve) => {
        execFile(
          'sh',
          ['-c', `"${process.execPath}" "${bin}" search jobcoach > /dev/full`],
          {cwd, env: {...process.env, OPENDEUREN_CONTENT: ''}},
          (error, _stdout, stderr) => {
            resolve({code: error ? Number((error as {code?: number}).code) : 0, stderr})
          }
        )
      })
      expect(result).toEqual({
        code: 2,
        stderr:
          'opendeuren: de uitvoer kan niet worden geschreven naar de standaarduitvoer: de schijf is vol. De uitvoer is niet compleet.\n'
      })
    }
  )
})

describe('one privacy gate for public output', () => {
  test(
    'a phone number and e-mail in a used openbaar signal stop the build, also with the rules off',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      writeFileSync(
        path.join(cwd, 'opendeuren.config.json'),
        JSON.stringify({rules: {'privacy/phone': 'off', 'privacy/email': 'off'}})
      )
      const used = JSON.parse(
        (await runBin(['consultation', 'build', consultation, '--out', 'eerst'], cwd)).code === 0
          ? readFileSync(path.join(cwd, 'eerst', 'trace.json'), 'utf8')
          : '{}'
      ) as {
        questions: Array<{quoted: string[]}>
      }
      const signal = used.questions.flatMap((q) => q.quoted)[0]!
      const file = path.join(cwd, 'content', 'signals', signal.slice(4, 8), `${signal}.md`)
      // The first paragraph of the body is what a response quotes.
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          /\n---\n\s*/,
          '\n---\n\nBel (06) 12345678 of mail jan.jansen@example.nl. '
        )
      )
      const {code, stderr} = await runBin(
        ['consultation', 'build', consultation, '--out', 'uit'],
        cwd
      )
      expect(code).toBe(1)
      expect(stderr).toContain('Telefoonnummer `(06) ****5678` zou in de openbare reactie komen')
      expect(stderr).toContain('E-mailadres `j***@example.nl` zou in de openbare reactie komen')
      expect(existsSync(path.join(cwd, 'uit'))).toBe(false)
    }
  )
})

describe('the disclosure gate', () => {
  test(
    'an adviser text that retells an intern signal stops the build, also with privacy/disclosure off',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      writeFileSync(
        path.join(cwd, 'opendeuren.config.json'),
        JSON.stringify({rules: {'privacy/disclosure': 'off'}})
      )
      mkdirSync(path.join(cwd, 'content', 'signals', '2019'), {recursive: true})
      writeFileSync(
        path.join(cwd, 'content', 'signals', '2019', 'sig-2019-099.md'),
        [
          '---',
          'id: sig-2019-099',
          'title: Wachtlijst voor jobcoaching bij een bakkerij',
          'date: 2019-05-01',
          'themes: [begeleiding]',
          'instruments: [jobcoach]',
          'employers: 1',
          'source:',
          '  kind: werkgever',
          '  sector: voedingsmiddelen',
          'visibility: intern',
          'impact: midden',
          'recommendation: Geef werkgevers binnen vier weken een jobcoach.',
          '---',
          'Een bakkerij met 14 medewerkers wachtte 19 weken op een jobcoach voor een nieuwe medewerker met autisme. De eigenaar belde elke week met de gemeente.',
          '',
          'De medewerker begon zonder begeleiding en viel na drie weken uit. De eigenaar twijfelt nu of hij nog iemand uit de doelgroep aanneemt.',
          ''
        ].join('\n')
      )
      const file = path.join(cwd, 'content', 'consultations', `${consultation}.md`)
      const text = readFileSync(file, 'utf8')
      const retold =
        'Een kleine bakkerij wachtte maanden op jobcoaching voor een medewerker met autisme. Die medewerker begon zonder begeleiding en viel snel uit. De eigenaar twijfelt nu of hij nog iemand aanneemt.'
      writeFileSync(file, `${text.trimEnd()}\n\n${retold}\n`)
      const {code, stderr} = await runBin(
        ['consultation', 'build', consultation, '--out', 'uit'],
        cwd
      )
      expect(code).toBe(1)
      // Reported at the adviser text, naming the public file it would reach.
      expect(stderr).toMatch(
        new RegExp(
          `content/consultations/${consultation}\\.md:\\d+:\\d+ +fout +Deze tekst vertelt signaal \`sig-2019-099\` na \\(intern\\); dat mag niet openbaar worden, ook niet in eigen woorden\\. \\(answers/`
        )
      )
      expect(stderr).not.toContain('bakkerij met 14')
      expect(existsSync(path.join(cwd, 'uit'))).toBe(false)
    }
  )
})

describe('messages', () => {
  test('a symlinked file named on the command line is reported', {timeout: 60_000}, async () => {
    const cwd = workspace()
    const guide = firstGuide(cwd)
    symlinkSync(path.join(guide, 'index.md'), path.join(guide, 'link.md'))
    const given = path.relative(cwd, path.join(guide, 'link.md'))
    const {code, stderr} = await runBin(['lint', given], cwd)
    expect([code, stderr]).toEqual([
      2,
      `opendeuren lint: \`${given}\` is een symbolische link; links worden niet gecontroleerd en niet gepubliceerd. Geef het bestand zelf op, of zet het echte bestand in de inhoudsmap.\n`
    ])
  })

  test.each([
    [
      ['search', 'jobcoach', '--limit', '0'],
      'opendeuren search: De optie `--limit` moet 1 of meer zijn; met 0 zou er nooit iets worden getoond.\n'
    ],
    [
      ['search', 'jobcoach', '--json=yes'],
      'opendeuren search: De optie `--json` van `opendeuren search` neemt geen waarde: schrijf alleen `--json`. Zie `opendeuren search --help`.\n'
    ]
  ])('%j is a usage error', {timeout: 60_000}, async (args, message) => {
    const {code, stderr} = await runBin(args, workspace())
    expect([code, stderr]).toEqual([2, message])
  })

  test('template text on a published page is an error', {timeout: 60_000}, async () => {
    const cwd = workspace()
    const page = addPage(cwd, 'sjabloon', 'Noem hier de bron (wet, publicatie of organisatie)')
    const {code, stdout} = await runBin(['lint', page, '--format', 'json'], cwd)
    expect(code).toBe(1)
    const messages = (
      JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; message: string}>}>
    )[0]!.messages.filter((m) => m.ruleId === 'content/placeholder')
    expect(messages.map((m) => m.message)).toEqual([
      'Hier staat nog voorbeeldtekst van `opendeuren new`: „Noem hier de bron”. Vervang de voorbeeldtekst door uw eigen tekst, of zet de pagina terug op `status: concept` tot ze af is.'
    ])
  })

  test('<img> without alt in Markdown gets the missing-alt error', {timeout: 60_000}, async () => {
    const cwd = workspace()
    const page = addPage(cwd, 'plaatje', '<img src="x.png">')
    const {stdout} = await runBin(['lint', page, '--format', 'json'], cwd)
    const messages = (
      JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; message: string}>}>
    )[0]!.messages
    expect(messages.filter((m) => m.ruleId === 'a11y/image-alt').map((m) => m.message)).toEqual([
      'De afbeelding `x.png` heeft geen alt-tekst. Geef de afbeelding een `alt`-attribuut dat beschrijft wat ze laat zien, of gebruik Markdown: `![beschrijving](pad.png)`.'
    ])
  })

  test(
    'the configuration is found upward from the content directory',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      writeFileSync(path.join(cwd, 'opendeuren.config.json'), '{"rules": {"bestaat/niet": "off"}}')
      const {code, stderr} = await runBin(['lint', '--content', '.'], path.join(cwd, 'content'))
      expect(code).toBe(2)
      expect(stderr).toContain('bestaat/niet')
    }
  )

  test(
    'a broken consultation shows in consultation list with its problem, exit 1',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      const file = path.join(cwd, 'content', 'consultations', `${consultation}.md`)
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^status: .*$/m, 'status: klaar'))
      const {code, stdout} = await runBin(['consultation', 'list'], cwd)
      expect(code).toBe(1)
      expect(stdout).toContain(
        `${consultation}  ongeldig: het bestand heeft fouten en wordt overgeslagen\n  content/consultations/${consultation}.md:`
      )
    }
  )
})
