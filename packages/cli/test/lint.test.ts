import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {stripVTControlCharacters} from 'node:util'
import {Ajv} from 'ajv'
import addFormats from 'ajv-formats'
import type {sarifLog} from '@opendeuren/content-lint'
import {describe, expect, test} from 'vitest'
import {main} from '../src/main.js'
import {bin, fakeIo, runBin, tempContent} from './helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
  writeFileSync(path.join(root, file), text)
}

const page = (
  fields: {title: string; themes: string; order?: number; updated?: string; reviewBy?: string},
  body: string
) => `---
title: ${fields.title}
description: Hoe u als werkgever psychische klachten bespreekt en samen een oplossing zoekt.
themes: ${fields.themes}
audiences: [werkgevers]
updated: ${fields.updated ?? '2026-11-01'}
review_by: ${fields.reviewBy ?? '2099-11-01'}
status: gepubliceerd
${fields.order === undefined ? '' : `order: ${fields.order}\n`}sources:
  - title: Arbeidsomstandighedenwet
---

${body}`

const signal = (id: string, body: string) => `---
id: ${id}
title: Jobcoach stopt na verhuizing
date: 2024-03-12
themes: [begeleiding]
instruments: [jobcoach]
employers: 3
source: {kind: werkgever, sector: zorg, size: mkb}
visibility: intern
impact: midden
recommendation: Laat de jobcoach doorlopen als een medewerker verhuist.
---

${body}`

/** A small, valid guide and signal. */
function cleanContent(): string {
  const cwd = tempContent()
  write(
    cwd,
    'content/guides/werk-en-psyche/index.md',
    page(
      {title: 'Werk en psyche', themes: '[psychische-gezondheid]'},
      'Praat op tijd met uw medewerker. Zo voorkomt u dat klachten groter worden.\n\n## Het eerste gesprek\n\nLees hoe u [het gesprek voert](./het-gesprek.md). Vraag hoe het gaat en luister goed.\n'
    )
  )
  write(
    cwd,
    'content/guides/werk-en-psyche/het-gesprek.md',
    page(
      {title: 'Het gesprek', themes: '[psychische-gezondheid]', order: 1},
      'Een goed gesprek begint met een open vraag. Neem de tijd en luister.\n\n## Voorbereiding\n\nLees eerst [hoe u begint](./index.md). Kies een rustige plek.\n'
    )
  )
  write(
    cwd,
    'content/signals/2024/sig-2024-001.md',
    signal(
      'sig-2024-001',
      'Een medewerker verhuisde naar een andere gemeente. De jobcoach stopte meteen.\n'
    )
  )
  return cwd
}

/**
 * What a new writer gets wrong on day one: a typo in a theme, a link to a
 * page that was never written, and a phone number in a signal.
 */
function newUserContent(): string {
  const cwd = cleanContent()
  write(
    cwd,
    'content/guides/werk-en-psyche/het-gesprek.md',
    page(
      {title: 'Het gesprek', themes: '[psychische-gezondhied]', order: 1},
      'Een goed gesprek begint met een open vraag. Neem de tijd en luister.\n\n## Voorbereiding\n\nLees eerst [de checklist](./checklist.md). Kies een rustige plek.\n'
    )
  )
  write(
    cwd,
    'content/signals/2024/sig-2024-001.md',
    signal(
      'sig-2024-001',
      'Een medewerker verhuisde naar een andere gemeente. De jobcoach stopte meteen.\nDe werkgever belde 06-12345678 om het te regelen, maar kreeg geen hulp.\n'
    )
  )
  return cwd
}

const themeMessage = 'Onbekend thema `psychische-gezondhied`.'
const themeHint = 'Bedoelde u `psychische-gezondheid`?'
const linkMessage =
  'De link naar `./checklist.md` wijst naar een bestand dat niet bestaat (`guides/werk-en-psyche/checklist.md`).'
const linkHint =
  'Controleer de bestandsnaam en het pad; een andere pagina van dezelfde gids linkt u als `./pagina.md`.'
const phoneMessage = 'Telefoonnummer `06-****5678` in de tekst.'
const phoneHint =
  'Noem geen telefoonnummers van personen. Is het een algemeen nummer (zoals van een helpdesk), zet het dan letterlijk, met een reden, in `publicValues` van de configuratie.'

const stylishGuide = [
  'content/guides/werk-en-psyche/het-gesprek.md',
  `  4:10   fout  ${themeMessage}  ref/theme`,
  `               ${themeHint}`,
  `  18:12  fout  ${linkMessage}  links/file-missing`,
  `               ${linkHint}`,
  ''
]
const stylishSignal = [
  'content/signals/2024/sig-2024-001.md',
  `  15:20  fout  ${phoneMessage}  privacy/phone`,
  `               ${phoneHint}`,
  ''
]

describe('opendeuren lint: a new writer’s first run', () => {
  test('stylish: exactly three Dutch messages at the right lines, exit 1', async () => {
    const result = await runBin(['lint'], newUserContent())
    expect(result).toEqual({
      code: 1,
      stdout: [
        ...stylishGuide,
        ...stylishSignal,
        '✖ 3 problemen (3 fouten, 0 waarschuwingen)',
        ''
      ].join('\n'),
      stderr: ''
    })
  })

  test('github: the same three as workflow annotations', async () => {
    const result = await runBin(['lint', '--format', 'github'], newUserContent())
    expect(result).toEqual({
      code: 1,
      stdout: [
        `::error file=content/guides/werk-en-psyche/het-gesprek.md,line=4,col=10,endLine=4,endColumn=31,title=ref/theme::${themeMessage} ${themeHint}`,
        `::error file=content/guides/werk-en-psyche/het-gesprek.md,line=18,col=12,endLine=18,endColumn=42,title=links/file-missing::${linkMessage} ${linkHint}`,
        `::error file=content/signals/2024/sig-2024-001.md,line=15,col=20,endLine=15,endColumn=31,title=privacy/phone::${phoneMessage} ${phoneHint}`,
        ''
      ].join('\n'),
      stderr: ''
    })
  })

  test('json: ESLint’s result shape, one entry per file', async () => {
    const cwd = newUserContent()
    const result = await runBin(['lint', '--format', 'json'], cwd)
    expect(result.code).toBe(1)
    const results = JSON.parse(result.stdout) as Array<Record<string, unknown>>
    const content = path.join(cwd, 'content')
    expect(results.map((r) => r.filePath)).toEqual(
      [
        'guides/werk-en-psyche/het-gesprek.md',
        'guides/werk-en-psyche/index.md',
        'signals/2024/sig-2024-001.md',
        'vocabulary/audiences.yml',
        'vocabulary/instruments.yml',
        'vocabulary/synonyms.yml',
        'vocabulary/themes.yml'
      ].map((f) => path.join(content, f))
    )
    for (const r of results)
      expect(Object.keys(r)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount'])
    expect(results[0]).toEqual({
      filePath: path.join(content, 'guides/werk-en-psyche/het-gesprek.md'),
      messages: [
        {
          ruleId: 'ref/theme',
          severity: 2,
          message: `${themeMessage} ${themeHint}`,
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 31
        },
        {
          ruleId: 'links/file-missing',
          severity: 2,
          message: `${linkMessage} ${linkHint}`,
          line: 18,
          column: 12,
          endLine: 18,
          endColumn: 42
        }
      ],
      errorCount: 2,
      warningCount: 0
    })
    expect(results[2]).toMatchObject({
      errorCount: 1,
      warningCount: 0,
      messages: [{ruleId: 'privacy/phone', severity: 2, line: 15, column: 20}]
    })
  })

  test('sarif: validates against the SARIF 2.1.0 schema and carries the three results', async () => {
    const result = await runBin(['lint', '--format', 'sarif'], newUserContent())
    expect(result.code).toBe(1)
    const schemaFile = path.join(
      here,
      '..',
      '..',
      'content-lint',
      'test',
      'fixtures',
      'sarif-schema-2.1.0.json'
    )
    const ajv = new Ajv({strict: false, allErrors: true})
    addFormats.default(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')))
    const log = JSON.parse(result.stdout) as ReturnType<typeof sarifLog>
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const run = log.runs[0]!
    expect(run.tool.driver.name).toBe('opendeuren-lint')
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['ref/theme', 'links/file-missing', 'privacy/phone'])
    )
    expect(
      run.results.map((r) => [
        r.ruleId,
        r.locations[0]!.physicalLocation.artifactLocation.uri,
        r.locations[0]!.physicalLocation.region.startLine
      ])
    ).toEqual([
      ['ref/theme', 'content/guides/werk-en-psyche/het-gesprek.md', 4],
      ['links/file-missing', 'content/guides/werk-en-psyche/het-gesprek.md', 18],
      ['privacy/phone', 'content/signals/2024/sig-2024-001.md', 15]
    ])
  })

  test('on a terminal: colours and the offending line under each problem', async () => {
    const io = fakeIo(newUserContent())
    io.colour = true
    expect(await main(['lint', 'content/guides'], io)).toBe(1)
    expect(io.output).toContain('\u001B[31mfout\u001B[39m')
    expect(stripVTControlCharacters(io.output)).toContain(
      [
        '                 3 | description: Hoe u als werkgever psychische klachten bespreekt en samen een oplossing zoekt.',
        '               > 4 | themes: [psychische-gezondhied]',
        '                   |          ^^^^^^^^^^^^^^^^^^^^^'
      ].join('\n')
    )
  })
})

describe('opendeuren lint: options and exit codes', () => {
  test('clean content: exit 0 and no output', async () => {
    expect(await runBin(['lint'], cleanContent())).toEqual({code: 0, stdout: '', stderr: ''})
  })

  test('paths limit what is reported, not what is read', async () => {
    const cwd = newUserContent()
    const signals = await runBin(['lint', 'content/signals'], cwd)
    expect(signals).toEqual({
      code: 1,
      stdout: [...stylishSignal, '✖ 1 probleem (1 fout, 0 waarschuwingen)', ''].join('\n'),
      stderr: ''
    })
    const index = await runBin(['lint', 'content/guides/werk-en-psyche/index.md'], cwd)
    expect(index).toEqual({code: 0, stdout: '', stderr: ''})
    const both = await runBin(
      [
        'lint',
        'content/guides/werk-en-psyche/het-gesprek.md',
        'content/signals/2024/sig-2024-001.md',
        '--format',
        'json'
      ],
      cwd
    )
    expect(
      (JSON.parse(both.stdout) as Array<{filePath: string}>).map((r) =>
        path.relative(cwd, r.filePath)
      )
    ).toEqual([
      'content/guides/werk-en-psyche/het-gesprek.md',
      'content/signals/2024/sig-2024-001.md'
    ])
  })

  test('a path that does not exist or lies outside the content: exit 2', async () => {
    const cwd = newUserContent()
    expect(await runBin(['lint', 'content/guides/bestaat-niet.md'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'opendeuren lint: `content/guides/bestaat-niet.md` bestaat niet. Controleer het pad.\n'
    })
    expect(await runBin(['lint', 'README.md'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'opendeuren lint: `README.md` ligt buiten de inhoudsmap `content`. Geef een pad binnen die map, of kies een andere map met --content.\n'
    })
  })

  test('--max-warnings and --strict', async () => {
    const cwd = cleanContent()
    write(
      cwd,
      'content/guides/werk-en-psyche/het-gesprek.md',
      page(
        {
          title: 'Het gesprek',
          themes: '[psychische-gezondheid]',
          order: 1,
          updated: '2019-01-01',
          reviewBy: '2020-01-01'
        },
        'Een goed gesprek begint met een open vraag. Neem de tijd en luister.\n'
      )
    )
    const lenient = await runBin(['lint', '--format', 'json'], cwd)
    expect(lenient.code).toBe(0)
    const [warning] = (
      JSON.parse(lenient.stdout) as Array<{
        messages: Array<{ruleId: string; severity: number; line: number}>
      }>
    ).flatMap((r) => r.messages)
    expect(warning).toMatchObject({ruleId: 'currency/review-overdue', severity: 1, line: 7})
    expect(await runBin(['lint', '--max-warnings', '1', '--format', 'json'], cwd)).toMatchObject({
      code: 0,
      stderr: ''
    })
    expect(await runBin(['lint', '--max-warnings', '0', '--format', 'json'], cwd)).toMatchObject({
      code: 1,
      stderr: 'Te veel waarschuwingen: 1 (maximaal 0).\n'
    })
    const strict = await runBin(['lint', '--strict', '--format', 'json'], cwd)
    expect(strict.code).toBe(1)
    expect(
      (JSON.parse(strict.stdout) as Array<{messages: unknown[]}>)[0]?.messages[0]
    ).toMatchObject({ruleId: 'currency/review-overdue', severity: 2})
  })

  test.each([
    [
      ['--format', 'xml'],
      'Onbekend formaat `xml` voor `--format`. Kies uit: stylish, json, github, sarif.'
    ],
    [
      ['--max-warnings', 'veel'],
      'De optie `--max-warnings` verwacht een heel getal (0 of meer), niet `veel`.'
    ],
    [
      ['--max-warnings=-1'],
      'De optie `--max-warnings` verwacht een heel getal (0 of meer), niet `-1`.'
    ],
    [
      ['--max-warnings', '2.5'],
      'De optie `--max-warnings` verwacht een heel getal (0 of meer), niet `2.5`.'
    ],
    [['--fix'], 'Onbekende optie `--fix` voor `opendeuren lint`. Zie `opendeuren lint --help`.']
  ])('usage error %j: exit 2 with a Dutch message', async (args, message) => {
    expect(await runBin(['lint', ...args], cleanContent())).toEqual({
      code: 2,
      stdout: '',
      stderr: `opendeuren lint: ${message}\n`
    })
  })

  test('an unusable configuration or content directory: exit 2, a message and no stack trace', async () => {
    const cwd = cleanContent()
    writeFileSync(
      path.join(cwd, 'opendeuren.config.json'),
      '{"rules": {"links/file-mising": "off"}}\n'
    )
    const config = await runBin(['lint'], cwd)
    expect(config.code).toBe(2)
    expect(config.stdout).toBe('')
    expect(config.stderr).toMatch(
      /^opendeuren lint: .*opendeuren\.config\.json.*links\/file-mising/s
    )
    expect(config.stderr).not.toMatch(/\n\s+at /)
    const missing = await runBin(['lint', '--content', 'nergens'], cleanContent())
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^opendeuren lint: .*nergens/)
    expect(missing.stderr).not.toMatch(/\n\s+at /)
  })

  test('--cache: the second run gives identical output, from the cache', async () => {
    const cwd = newUserContent()
    const first = await runBin(['lint', '--cache'], cwd)
    expect(existsSync(path.join(cwd, 'node_modules/.cache/opendeuren/lint-cache.json'))).toBe(true)
    const second = await runBin(['lint', '--cache'], cwd)
    expect(second).toEqual(first)
    expect(second.stdout).toContain('✖ 3 problemen (3 fouten, 0 waarschuwingen)')
  })

  test('--help in Dutch', async () => {
    const result = await runBin(['lint', '--help'], cleanContent())
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^Gebruik: opendeuren lint \[paden\.\.\] \[--format stylish\|json\|github\|sarif\]/
    )
    expect(result.stdout).toContain('--max-warnings N')
  })

  test('`opendeuren lint | head` stops quietly when the reader closes the pipe', async () => {
    const cwd = cleanContent()
    // About a megabyte of output: more than a pipe holds, so writes go on after the reader left.
    const numbers = Array.from(
      {length: 30},
      (_, i) => `Bel 06-1234${String(i).padStart(4, '0')} voor meer.`
    ).join('\n')
    for (let n = 1; n <= 100; n++) {
      const id = `sig-2024-${String(n).padStart(3, '0')}`
      write(cwd, `content/signals/2024/${id}.md`, signal(id, `${numbers}\n`))
    }
    const child = spawn(process.execPath, [bin, 'lint'], {
      cwd,
      env: {...process.env, OPENDEUREN_CONTENT: ''}
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Read one chunk, then close the pipe like `head -c` does.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(1)
  })
})
