import {execFile, execFileSync} from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {bin, runBin} from './helpers.js'

const repoContent = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'content'
)

describe('output folders that cannot hang (issue 20, finding 3)', () => {
  test.each([
    [
      ['schema', '--content', repoContent, '--out', '/proc/x'],
      'opendeuren schema: `/proc/x` ligt in een systeemmap (/proc, /sys, /dev); daar kan Open Deuren niets schrijven. Kies met --out een map in uw project of thuismap.\n'
    ],
    [
      [
        'consultation',
        'build',
        'uitvoeringspraktijk-loonkostensubsidie',
        '--content',
        repoContent,
        '--out',
        '/proc/x/y/z'
      ],
      'opendeuren consultation: `/proc/x/y/z` ligt in een systeemmap (/proc, /sys, /dev); daar kan Open Deuren niets schrijven. Kies met --out een map in uw project of thuismap.\n'
    ],
    [
      ['schema', '--content', repoContent, '--out', '/sys/kernel/x'],
      'opendeuren schema: `/sys/kernel/x` ligt in een systeemmap (/proc, /sys, /dev); daar kan Open Deuren niets schrijven. Kies met --out een map in uw project of thuismap.\n'
    ]
  ])('%j exits 2 at once with a Dutch message', {timeout: 30_000}, async (args, message) => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-out-'))
    const {code, stdout, stderr} = await runBin(args, cwd)
    expect({code, stdout, stderr}).toEqual({code: 2, stdout: '', stderr: message})
  })
})

describe('schema without a content directory (issue 20, finding 10)', () => {
  test(
    'exits 2 and writes nothing instead of schemas without the vocabulary',
    {timeout: 30_000},
    async () => {
      const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-schema-'))
      const {code, stderr} = await runBin(
        ['schema', '--content', '/missing', '--out', 'schemas'],
        cwd
      )
      expect(code).toBe(2)
      expect(stderr).toBe(
        "opendeuren schema: De inhoudsmap `/missing` bestaat niet. Geef een andere map op met --content of OPENDEUREN_CONTENT. Zonder inhoudsmap ontbreken de ids uit de woordenlijst in de schema's.\n"
      )
      expect(existsSync(path.join(cwd, 'schemas'))).toBe(false)
    }
  )
})

describe('the first command after npm ci (issue 20, finding 4)', () => {
  test('an unbuilt CLI says what to do, without a stack trace', {timeout: 30_000}, async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'opendeuren-unbuilt-'))
    mkdirSync(path.join(copy, 'bin'))
    cpSync(bin, path.join(copy, 'bin', 'opendeuren.js'))
    const result = await new Promise<{code: number | null; stderr: string}>((resolve) => {
      execFile(
        process.execPath,
        [path.join(copy, 'bin', 'opendeuren.js'), '--help'],
        (error, _stdout, stderr) => resolve({code: error ? (error.code as number) : 0, stderr})
      )
    })
    expect(result).toEqual({
      code: 2,
      stderr:
        'opendeuren: de opdracht is nog niet gebouwd. Voer eerst `npm run build` uit (of `npm start`) in de map van het project, en probeer het dan opnieuw.\n'
    })
  })

  test('npm start builds the CLI beside the site', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(repoContent, '..', 'package.json'), 'utf8')
    ) as {scripts: Record<string, string>}
    expect(manifest.scripts.start).toMatch(
      /^(TURBO_TELEMETRY_DISABLED=1 )?turbo run build (--filter=\S+ )*--filter=@opendeuren\/cli /
    )
  })
})

describe('private signals elsewhere (issue 20, finding 8)', () => {
  test(
    'example consultations still resolve against the shipped example signals; lint stays clean',
    {timeout: 60_000},
    async () => {
      const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-private-'))
      cpSync(repoContent, path.join(cwd, 'content'), {recursive: true})
      mkdirSync(path.join(cwd, 'signalen'))
      writeFileSync(path.join(cwd, 'opendeuren.config.json'), '{"signals": "signalen"}\n')
      const {code, stdout} = await runBin(['lint', '--format', 'json'], cwd)
      const results = JSON.parse(stdout) as Array<{messages: Array<{ruleId: string}>}>
      expect(
        results.flatMap((r) => r.messages.map((m) => m.ruleId)).filter((id) => id === 'ref/signal')
      ).toEqual([])
      expect(code).toBe(0)
    }
  )
})

describe('messages that say what happened (issue 20, finding 10)', () => {
  const content = ['--content', repoContent]
  test.each([
    [
      ['lint', '--max-warnings', '-1', ...content],
      'opendeuren lint: De optie `--max-warnings` van `opendeuren lint` verwacht een heel getal (0 of meer), niet `-1`.\n'
    ],
    [
      ['lint', '--format', '-x', ...content],
      'opendeuren lint: De optie `--format` van `opendeuren lint` heeft een waarde nodig; `-x` lijkt een optie. Begint de waarde echt met een streepje, schrijf dan `--format=-x`.\n'
    ],
    [
      ['lint', '--max-warnings', ...content],
      'opendeuren lint: De optie `--max-warnings` van `opendeuren lint` heeft een waarde nodig. Zie `opendeuren lint --help`.\n'
    ],
    [
      [
        'new',
        'guide',
        '--title',
        'Werk',
        '--theme',
        'werkaanpassing',
        '--audience',
        'werkgevers',
        '--slug',
        '../../escape',
        ...content
      ],
      'opendeuren new: `--slug ../../escape` is geen bruikbare bestandsnaam: gebruik alleen kleine letters, cijfers en streepjes, zonder mappen of `/`, bijvoorbeeld --slug escape.\n'
    ]
  ])('%j', {timeout: 30_000}, async (args, message) => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-msg-'))
    const {code, stderr} = await runBin(args, cwd)
    expect({code, stderr}).toEqual({code: 2, stderr: message})
  })
})

describe('only regular files are read (issue 20, findings 2 and 10)', () => {
  test(
    'a FIFO and a symbolic link in content/ are skipped with one warning each, never opened',
    {timeout: 60_000},
    async () => {
      const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-special-'))
      cpSync(repoContent, path.join(cwd, 'content'), {recursive: true})
      const guide = path.join(cwd, 'content', 'guides', 'preventie-psychische-uitval')
      execFileSync('mkfifo', [path.join(guide, 'pijp.md')])
      symlinkSync('/etc/hostname', path.join(guide, 'koppeling.md'))
      const {code, stdout} = await runBin(['lint', '--format', 'json'], cwd)
      const results = JSON.parse(stdout) as Array<{
        filePath: string
        messages: Array<{ruleId: string; severity: number; message: string}>
      }>
      const skipped = results.flatMap((r) =>
        r.messages
          .filter((m) => m.ruleId === 'file/skipped')
          .map((m) => [path.relative(cwd, r.filePath), m.severity, m.message])
      )
      expect(skipped).toEqual([
        [
          'content/guides/preventie-psychische-uitval/koppeling.md',
          1,
          'Overgeslagen: `guides/preventie-psychische-uitval/koppeling.md` is een symbolische koppeling, geen gewoon bestand. Open Deuren leest alleen gewone bestanden. Zet de inhoud in een gewoon bestand, of haal dit weg.'
        ],
        [
          'content/guides/preventie-psychische-uitval/pijp.md',
          1,
          'Overgeslagen: `guides/preventie-psychische-uitval/pijp.md` is een FIFO (named pipe), geen gewoon bestand. Open Deuren leest alleen gewone bestanden. Zet de inhoud in een gewoon bestand, of haal dit weg.'
        ]
      ])
      expect(code).toBe(0)
    }
  )
})

describe('adviser text that belongs to no question (issue 20, finding 9)', () => {
  test('lint refuses it as an error at its heading, exit 1', {timeout: 60_000}, async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-section-'))
    cpSync(repoContent, path.join(cwd, 'content'), {recursive: true})
    const file = path.join(cwd, 'content', 'consultations', 'vereenvoudiging-quotumwet.md')
    const before = readFileSync(file, 'utf8')
    const line = before.split('\n').length + 1
    writeFileSync(file, `${before}\n## Onze aanbevelingen\n\nDeze tekst hoort bij geen vraag.\n`)
    const {code, stdout} = await runBin(['lint', '--format', 'json'], cwd)
    const results = JSON.parse(stdout) as Array<{
      filePath: string
      messages: Array<{ruleId: string; severity: number; line: number; message: string}>
    }>
    const found = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'consultation/unknown-section')
        .map((m) => [path.relative(cwd, r.filePath), m.line, m.severity, m.message])
    )
    expect(found).toEqual([
      [
        'content/consultations/vereenvoudiging-quotumwet.md',
        line,
        2,
        'De sectie `## Onze aanbevelingen` hoort bij geen vraag; de tekst eronder staat niet in de reactie. ' +
          'Gebruik als kop precies de id van een vraag: `## reactie`, `## telling-en-doelgroep`. Een tussenkop binnen een antwoord krijgt niveau 3: `### Onze aanbevelingen`.'
      ]
    ])
    expect(code).toBe(1)
  })
})
