import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, test} from 'vitest'
import {main} from '../src/main.js'
import {fakeIo, runBin} from './helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixture = path.join(
  here,
  '..',
  '..',
  'consultation',
  'test',
  'fixtures',
  'response',
  'content'
)
const temps: string[] = []
afterAll(() => {
  for (const dir of temps) rmSync(dir, {recursive: true, force: true})
})

/** A working directory with a copy of the consultation fixture in ./content. */
function workspace(): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-submit-'))
  temps.push(cwd)
  cpSync(fixture, path.join(cwd, 'content'), {recursive: true})
  return cwd
}

const record = (cwd: string) => path.join(cwd, 'content', 'responses', 'toets.md')
const consultationFile = (cwd: string) => path.join(cwd, 'content', 'consultations', 'toets.md')
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n') + 5)

describe('opendeuren consultation submit', () => {
  test('records the response as sent and marks the consultation ingediend; lint is clean', async () => {
    const cwd = workspace()
    const result = await runBin(
      ['consultation', 'submit', 'toets', '--yes', '--date', '2021-10-12'],
      cwd
    )
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      'Reactie op ‘Toetsconsultatie’ vastgelegd in content/responses/toets.md, verstuurd op 12 oktober 2021; de status van consultations/toets.md is nu `ingediend`.\n' +
        'Welke signalen eronder liggen, staat bij de signalen in content/signals/verzonden/toets.json (intern).\n' +
        'Leg de bestanden vast in git. De site publiceert deze tekst zoals hij is, ook als signalen later veranderen.\n'
    )
    expect(result.code).toBe(0)
    const text = readFileSync(record(cwd), 'utf8')
    expect(text).toContain('sent: 2021-10-12\n')
    expect(text).toMatch(/\nchecksum: sha256:[0-9a-f]{64}\n/)
    // The public record names no signal; the internal evidence beside the signals names every one it rests on.
    expect(text).not.toMatch(/sig-\d{4}-\d{3}/)
    const evidence = JSON.parse(
      readFileSync(path.join(cwd, 'content', 'signals', 'verzonden', 'toets.json'), 'utf8')
    ) as {signals: Record<string, string>; checksum: string}
    expect(Object.keys(evidence.signals)).toEqual([
      'sig-2021-001',
      'sig-2021-002',
      'sig-2021-003',
      'sig-2021-005',
      'sig-2021-006',
      'sig-2021-007',
      'sig-2021-009',
      'sig-2021-010',
      'sig-2021-013',
      'sig-2021-014',
      'sig-2021-018',
      'sig-2021-019'
    ])
    expect(text).toContain(`checksum: ${evidence.checksum}\n`)
    expect(readFileSync(consultationFile(cwd), 'utf8')).toMatch(/\nstatus: ingediend\n/)
    const lint = await runBin(['lint'], cwd)
    expect(lint.code, lint.stdout).toBe(0)
  })

  test('a quoted status changes too, and nothing else in the consultation file does', async () => {
    const cwd = workspace()
    const original = readFileSync(consultationFile(cwd), 'utf8').replace(
      '\nstatus: concept\n',
      '\nstatus: "concept" # nog niet verstuurd\n'
    )
    writeFileSync(consultationFile(cwd), original)
    const result = await runBin(
      ['consultation', 'submit', 'toets', '--yes', '--date', '2021-10-12'],
      cwd
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(readFileSync(consultationFile(cwd), 'utf8')).toBe(
      original.replace('status: "concept"', 'status: "ingediend"')
    )
  })

  test('the public text stays byte-identical when signals change; lint warns and names them; a hand edit is an error', async () => {
    const cwd = workspace()
    expect(
      (await runBin(['consultation', 'submit', 'toets', '--yes', '--date', '2021-10-12'], cwd)).code
    ).toBe(0)
    const sent = readFileSync(record(cwd), 'utf8')
    const signal = path.join(cwd, 'content', 'signals', '2021', 'sig-2021-002.md')
    writeFileSync(
      signal,
      readFileSync(signal, 'utf8').replace(/^employers: \d+$/m, 'employers: 40')
    )
    // Submitting again, and building, after the signal changed: the record is what was sent, byte for byte.
    const again = await runBin(
      ['consultation', 'submit', 'toets', '--yes', '--date', '2021-10-13'],
      cwd
    )
    expect(again.code).toBe(1)
    expect(again.stderr).toContain(
      'De reactie op `toets` is al vastgelegd (responses/toets.md, verstuurd op 12 oktober 2021). Een vastgelegde reactie verandert niet.'
    )
    expect((await runBin(['consultation', 'build', 'toets', '--out', 'uit'], cwd)).code).toBe(0)
    expect(readFileSync(record(cwd), 'utf8')).toBe(sent)
    const warned = await runBin(['lint', '--format', 'json'], cwd)
    expect(warned.code).toBe(0)
    const messages = (
      JSON.parse(warned.stdout) as Array<{
        messages: Array<{ruleId: string; message: string; severity: number}>
      }>
    ).flatMap((r) => r.messages)
    expect(messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      [
        'response/signals-changed',
        1,
        'Sinds de reactie op `toets` is verstuurd, is dit signaal gewijzigd of verwijderd: sig-2021-002. De verstuurde tekst blijft zoals hij was; dat is goed. Controleer of de wijziging betekent dat het netwerk het ministerie iets moet laten weten.'
      ]
    ])
    writeFileSync(
      record(cwd),
      sent.replace(bodyOf(sent), bodyOf(sent).replace('Open Deuren', 'Open  Deuren'))
    )
    const edited = await runBin(['lint'], cwd)
    expect(edited.code).toBe(1)
    expect(edited.stdout).toContain(
      'De vastgelegde reactie op `toets` is na het indienen met de hand gewijzigd: de controlesom klopt niet meer.'
    )
  })

  test('a second submit is refused and changes nothing', async () => {
    const cwd = workspace()
    expect(
      (await runBin(['consultation', 'submit', 'toets', '--yes', '--date', '2021-10-12'], cwd)).code
    ).toBe(0)
    const sent = readFileSync(record(cwd), 'utf8')
    const again = await runBin(['consultation', 'submit', 'toets', '--yes'], cwd)
    expect(again.code).toBe(1)
    expect(again.stderr).toBe(
      'De reactie op `toets` is al vastgelegd (responses/toets.md, verstuurd op 12 oktober 2021). Een vastgelegde reactie verandert niet. Was het vastleggen een vergissing, haal het bestand dan weg met git en leg opnieuw vast.\n'
    )
    expect(readFileSync(record(cwd), 'utf8')).toBe(sent)
  })

  test('without a terminal and without --yes it asks nothing, writes nothing and exits 2', async () => {
    const cwd = workspace()
    const result = await runBin(['consultation', 'submit', 'toets'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      'Indienen maakt tekst openbaar en vraagt daarom om bevestiging. Draai het in een terminal, of geef `--yes` als u de tekst al hebt gecontroleerd.'
    )
    expect(existsSync(record(cwd))).toBe(false)
  })

  test('in a terminal it shows exactly the public text and records only on "ja"', async () => {
    const cwd = workspace()
    const no = fakeIo(cwd, ['nee'], '2021-10-12')
    expect(await main(['consultation', 'submit', 'toets'], no)).toBe(1)
    expect(no.errors).toBe('Niet vastgelegd; er is niets veranderd.\n')
    expect(existsSync(record(cwd))).toBe(false)
    const yes = fakeIo(cwd, ['ja'], '2021-10-12')
    expect(await main(['consultation', 'submit', 'toets'], yes)).toBe(0)
    const body = bodyOf(readFileSync(record(cwd), 'utf8'))
    expect(yes.output).toContain(
      `Deze tekst wordt openbaar (als verstuurd op 12 oktober 2021):\n\n${body}`
    )
    expect(yes.output).toContain('--- antwoord bij vraag lks (voor het webformulier) ---\n')
  })

  test('a response on example signals is refused; --voorbeeld records a labelled example and leaves the status', async () => {
    const cwd = workspace()
    const signal = path.join(cwd, 'content', 'signals', '2021', 'sig-2021-002.md')
    writeFileSync(
      signal,
      readFileSync(signal, 'utf8').replace(/^visibility:/m, 'example: true\nvisibility:')
    )
    const refused = await runBin(['consultation', 'submit', 'toets', '--yes'], cwd)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      'De reactie op `toets` steunt op voorbeeldsignalen (sig-2021-002). Verzonnen inhoud wordt nooit als verstuurde reactie vastgelegd. Wilt u laten zien hoe een gepubliceerde reactie eruitziet, leg hem dan vast als voorbeeld met `--voorbeeld`.\n'
    )
    expect(existsSync(record(cwd))).toBe(false)
    const example = await runBin(['consultation', 'submit', 'toets', '--yes', '--voorbeeld'], cwd)
    expect(example.code).toBe(0)
    expect(readFileSync(record(cwd), 'utf8')).toContain('\nexample: true\n')
    expect(readFileSync(record(cwd), 'utf8')).toMatch(/\nmade: \d{4}-\d{2}-\d{2}\n/)
    expect(readFileSync(record(cwd), 'utf8')).not.toMatch(/\nsent:|zoals verstuurd/)
    expect(readFileSync(consultationFile(cwd), 'utf8')).toMatch(/\nstatus: concept\n/)
    expect((await runBin(['lint'], cwd)).code).toBe(0)
    const again = await runBin(['consultation', 'submit', 'toets', '--yes', '--voorbeeld'], cwd)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(
      /^De reactie op `toets` is al vastgelegd \(responses\/toets\.md, als voorbeeld, gemaakt op \d{1,2} \S+ \d{4}\)\. /
    )
  })

  test('bad dates and --voorbeeld on real signals are usage errors', async () => {
    const cwd = workspace()
    expect(
      (await runBin(['consultation', 'submit', 'toets', '--yes', '--date', '2021-02-30'], cwd))
        .stderr
    ).toContain(
      '`--date 2021-02-30` is geen bestaande datum; schrijf de dag van verzenden als JJJJ-MM-DD.'
    )
    const future = await runBin(
      ['consultation', 'submit', 'toets', '--yes', '--date', '2999-01-01'],
      cwd
    )
    expect(future.code).toBe(2)
    expect(future.stderr).toContain(
      '`--date 2999-01-01` ligt in de toekomst; een reactie wordt vastgelegd nadat hij is verstuurd.'
    )
    const voorbeeld = await runBin(['consultation', 'submit', 'toets', '--yes', '--voorbeeld'], cwd)
    expect(voorbeeld.code).toBe(2)
    expect(existsSync(record(cwd))).toBe(false)
  })
})

describe('--checksum: only the text that was confirmed is frozen', () => {
  test('the checksum of the confirmed text records it; after a change it is refused with exit 1 and nothing is written', async () => {
    // The checksum of the text as it is now: what a first submission in another copy freezes.
    const reference = workspace()
    expect(
      (
        await runBin(
          ['consultation', 'submit', 'toets', '--yes', '--date', '2021-10-12'],
          reference
        )
      ).code
    ).toBe(0)
    const checksum = /\nchecksum: (sha256:[0-9a-f]{64})\n/.exec(
      readFileSync(record(reference), 'utf8')
    )![1]!

    const changed = workspace()
    const signal = path.join(changed, 'content', 'signals', '2021', 'sig-2021-001.md')
    writeFileSync(
      signal,
      readFileSync(signal, 'utf8').replace(/\n---\n/, '\n---\nEen zin die later is toegevoegd.\n\n')
    )
    const before = readFileSync(consultationFile(changed), 'utf8')
    const refused = await runBin(
      ['consultation', 'submit', 'toets', '--yes', '--date', '2021-10-12', '--checksum', checksum],
      changed
    )
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toMatch(
      new RegExp(
        `^De reactie is niet vastgelegd: de tekst die nu zou worden vastgelegd, heeft controlesom sha256:[0-9a-f]{64}, niet de opgegeven ${checksum}\\. ` +
          'Sinds de tekst werd gecontroleerd is er iets veranderd \\(een signaal, de inleiding, de tekst van de adviseur of de verzenddatum\\)\\. Bekijk de tekst opnieuw en leg dan vast\\.\n$'
      )
    )
    expect(existsSync(record(changed))).toBe(false)
    expect(existsSync(path.join(changed, 'content', 'signals', 'verzonden', 'toets.json'))).toBe(
      false
    )
    expect(readFileSync(consultationFile(changed), 'utf8')).toBe(before)
    // Another date is another record: refused too.
    expect(
      (
        await runBin(
          [
            'consultation',
            'submit',
            'toets',
            '--yes',
            '--date',
            '2021-10-13',
            '--checksum',
            checksum
          ],
          workspace()
        )
      ).code
    ).toBe(1)

    const same = workspace()
    const accepted = await runBin(
      [
        'consultation',
        'submit',
        'toets',
        '--yes',
        '--date',
        '2021-10-12',
        '--checksum',
        checksum.slice('sha256:'.length)
      ],
      same
    )
    expect(accepted.code, accepted.stderr).toBe(0)
    expect(readFileSync(record(same), 'utf8')).toBe(readFileSync(record(reference), 'utf8'))
  })

  test('a malformed checksum is a usage error (exit 2)', async () => {
    const cwd = workspace()
    const result = await runBin(
      ['consultation', 'submit', 'toets', '--yes', '--checksum', 'abc'],
      cwd
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      '`--checksum abc` is geen controlesom; geef de 64 tekens (0-9, a-f) na `sha256:`, zoals de studio of `responses/<id>.md` ze toont.'
    )
    expect(existsSync(record(cwd))).toBe(false)
    const build = await runBin(
      ['consultation', 'build', 'toets', '--checksum', 'a'.repeat(64)],
      cwd
    )
    expect(build.code).toBe(2)
    expect(build.stderr).toContain('De optie `--checksum` hoort niet bij `consultation build`.')
  })
})

describe('signals outside the content directory', () => {
  test('--signals, OPENDEUREN_SIGNALS and the configuration file all find them; build and lint agree', async () => {
    const cwd = workspace()
    const elsewhere = path.join(cwd, 'prive', 'signalen')
    renameSync(path.join(cwd, 'content', 'signals'), path.join(cwd, 'prive-tmp'))
    cpSync(path.join(cwd, 'prive-tmp'), elsewhere, {recursive: true})
    rmSync(path.join(cwd, 'prive-tmp'), {recursive: true})
    const viaFlag = await runBin(
      ['consultation', 'build', 'toets', '--signals', 'prive/signalen', '--out', 'uit-vlag'],
      cwd
    )
    expect(viaFlag.code, viaFlag.stderr).toBe(0)
    expect(viaFlag.stdout).toContain('12 signalen gebruikt')
    const viaEnv = await runBin(['consultation', 'build', 'toets', '--out', 'uit-env'], cwd, {
      OPENDEUREN_SIGNALS: elsewhere
    })
    expect(viaEnv.code).toBe(0)
    expect(readFileSync(path.join(cwd, 'uit-env', 'response.md'), 'utf8')).toBe(
      readFileSync(path.join(cwd, 'uit-vlag', 'response.md'), 'utf8')
    )
    writeFileSync(
      path.join(cwd, 'opendeuren.config.json'),
      JSON.stringify({signals: 'prive/signalen'})
    )
    const viaConfig = await runBin(['lint', '--format', 'json'], cwd)
    expect(viaConfig.code).toBe(0)
    const files = (JSON.parse(viaConfig.stdout) as Array<{filePath: string}>).map((r) => r.filePath)
    expect(files).toContain(path.join(elsewhere, '2021', 'sig-2021-002.md'))
    const created = await runBin(
      [
        'new',
        'signal',
        '--title',
        'Jobcoach stopt na verhuizing',
        '--theme',
        'financiele-regelingen',
        '--instrument',
        'jobcoach'
      ],
      cwd
    )
    expect(created.code, created.stderr).toBe(0)
    expect(created.stdout).toMatch(/^prive\/signalen\/\d{4}\/sig-\d{4}-001\.md\n$/)
    const missing = await runBin(['lint', '--signals', 'nergens'], cwd)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(
      `De map met signalen \`${path.join(cwd, 'nergens')}\` bestaat niet of is geen map.`
    )
  })
})
