import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
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
const consultation = 'vereenvoudiging-quotumwet'

/** A copy of the repository's content in a fresh folder (the cwd of the command), with `config` as opendeuren.config.json beside it. */
function workspace(config?: unknown): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-public-gate-'))
  cpSync(repoContent, path.join(cwd, 'content'), {recursive: true})
  if (config !== undefined)
    writeFileSync(path.join(cwd, 'opendeuren.config.json'), JSON.stringify(config))
  return cwd
}

/** Every privacy rule off: the gate must not care. */
const rulesOff = {
  rules: {
    'privacy/phone': 'off',
    'privacy/email': 'off',
    'privacy/bsn': 'off',
    'privacy/iban': 'off'
  }
}

/** Disguised personal data, each behind a disable comment with a reason, and the masked value the gate reports. */
const planted: Array<[string, string]> = [
  ['Bel 06\u201112345678 voor vragen.', 'Telefoonnummer `06-****5678`'],
  [
    'Of bel \uff10\uff12\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17.',
    'Telefoonnummer `02****4567`'
  ],
  [
    'Mail via https://example.org/?to=piet.pietersen%40example.nl.',
    'E-mailadres `p***@example.nl`'
  ],
  ['Dossier BSN 313-131-004 is bekend.', 'Burgerservicenummer `*****1004`'],
  ['Zaak 111222333 staat open.', 'Het getal `*****2333` voldoet aan de elfproef'],
  ['Of 0&#54;-**1234**&nbsp;9876.', 'Telefoonnummer `06-**** 9876`']
]

function plantInIntroduction(cwd: string): void {
  const file = path.join(cwd, 'content', 'consultations', `${consultation}.md`)
  const comments = planted
    .map(
      ([line]) => `<!-- opendeuren-disable-next-line privacy/phone -- algemeen nummer -->\n${line}`
    )
    .join('\n\n')
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/, `\n---\n\n${comments}\n\n`))
}

describe('the public gate at the exits, through the binary', () => {
  test(
    'build refuses disguised personal data in the adviser text, with every privacy rule off and disable comments',
    {timeout: 90_000},
    async () => {
      const cwd = workspace(rulesOff)
      plantInIntroduction(cwd)
      const {code, stderr} = await runBin(
        ['consultation', 'build', consultation, '--out', 'uit'],
        cwd
      )
      expect(code).toBe(1)
      for (const [, expected] of planted) expect(stderr).toContain(expected)
      expect(stderr).toContain(`content/consultations/${consultation}.md:`)
      expect(stderr).toContain('De controle van openbare uitvoer staat altijd aan')
      expect(existsSync(path.join(cwd, 'uit'))).toBe(false)
    }
  )

  test('submit refuses the same, and freezes nothing', {timeout: 90_000}, async () => {
    const cwd = workspace(rulesOff)
    plantInIntroduction(cwd)
    rmSync(path.join(cwd, 'content', 'responses', `${consultation}.md`))
    const {code, stderr} = await runBin(
      ['consultation', 'submit', consultation, '--voorbeeld', '--yes', '--date', '2020-12-01'],
      cwd
    )
    expect(code).toBe(1)
    for (const [, expected] of planted) expect(stderr).toContain(expected)
    expect(stderr).toContain('De reactie is niet vastgelegd')
    expect(existsSync(path.join(cwd, 'content', 'responses', `${consultation}.md`))).toBe(false)
  })

  test(
    'a listed public value passes the gate, in another spelling',
    {timeout: 90_000},
    async () => {
      const cwd = workspace({
        publicValues: [{value: '020-1234567', reason: 'helpdesk van het netwerk'}]
      })
      const file = path.join(cwd, 'content', 'consultations', `${consultation}.md`)
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          /\n---\n/,
          '\n---\n\nDe helpdesk is bereikbaar op 020\u00a0123\u00a045\u00a067.\n\n'
        )
      )
      const {code, stderr} = await runBin(
        ['consultation', 'build', consultation, '--out', 'uit'],
        cwd
      )
      expect(stderr).not.toContain('zou in de openbare reactie komen')
      expect(code).toBe(0)
      expect(readFileSync(path.join(cwd, 'uit', 'response.md'), 'utf8')).toMatch(
        /020\s123\s45\s67/u
      )
    }
  )

  test(
    'scaffold text in the introduction stops the build (gate/placeholder)',
    {timeout: 90_000},
    async () => {
      const cwd = workspace()
      const file = path.join(cwd, 'content', 'consultations', `${consultation}.md`)
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          /\n---\n/,
          '\n---\n\nSchrijf hier de inleiding: wie het netwerk is.\n\n'
        )
      )
      const {code, stderr} = await runBin(
        ['consultation', 'build', consultation, '--out', 'uit'],
        cwd
      )
      expect(code).toBe(1)
      expect(stderr).toContain(
        'Hier staat nog voorbeeldtekst van een nieuw bestand: „Schrijf hier de inleiding”. Het zou in de openbare reactie komen (response.'
      )
    }
  )
})

describe('configuration is data, found in one place', () => {
  test(
    'an opendeuren.config.mjs in content/ is never run, and said to be ignored once',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      writeFileSync(
        path.join(cwd, 'content', 'opendeuren.config.mjs'),
        "import('node:fs').then((f) => f.writeFileSync('pwned.txt', 'x'))\nexport default {}\n"
      )
      const {stderr} = await runBin(['lint'], cwd)
      expect(existsSync(path.join(cwd, 'pwned.txt'))).toBe(false)
      const notice =
        'Let op: `content/opendeuren.config.mjs` wordt genegeerd. Een configuratie is gegevens (`opendeuren.config.json` of `.yaml`), nooit code die wordt uitgevoerd.\n'
      expect(stderr.split(notice).length - 1).toBe(1)
    }
  )

  test(
    'a JSON configuration inside content/ does not switch rules off, and is said to be ignored',
    {timeout: 60_000},
    async () => {
      const cwd = workspace()
      writeFileSync(
        path.join(cwd, 'content', 'opendeuren.config.json'),
        JSON.stringify({rules: {'readability/hard-to-read': 'off'}})
      )
      const {stderr} = await runBin(['lint'], cwd)
      expect(stderr).toContain(
        'Let op: `content/opendeuren.config.json` wordt genegeerd. Een configuratie in de inhoudsmap of de signalenmap telt niet; zet haar in de map erboven.\n'
      )
      expect(stderr).not.toContain('Configuratie:')
    }
  )

  test(
    'lint names the configuration it used in stylish output; json stdout stays clean',
    {timeout: 60_000},
    async () => {
      const cwd = workspace({rules: {'readability/hard-to-read': 'off'}})
      const stylish = await runBin(['lint'], cwd)
      expect(stylish.stderr.split('\n').filter((line) => line.startsWith('Configuratie:'))).toEqual(
        ['Configuratie: opendeuren.config.json']
      )
      const json = await runBin(['lint', '--format', 'json'], cwd)
      expect(() => JSON.parse(json.stdout) as unknown).not.toThrow()
      expect(json.stderr).not.toContain('Configuratie:')
    }
  )
})

describe('search output is gated', () => {
  test(
    'a section with a phone number is left out of the results, and stderr says so',
    {timeout: 60_000},
    async () => {
      const cwd = workspace(rulesOff)
      const guides = path.join(cwd, 'content', 'guides')
      const guide = readdirSync(guides).sort()[0]!
      const index = path.join(guides, guide, 'index.md')
      writeFileSync(
        index,
        `${readFileSync(index, 'utf8')}\n## Zeppelinhangaar\n\nBel de zeppelinhangaar op 06\u201112345678.\n`
      )
      const {code, stdout, stderr} = await runBin(['search', 'zeppelinhangaar', '--json'], cwd)
      expect(code).toBe(1)
      expect(JSON.parse(stdout)).toEqual([])
      expect(stderr).toContain(
        `Weggelaten: /gidsen/${guide}/#zeppelinhangaar (guides/${guide}/index.md:`
      )
      expect(stderr).toContain('`06-****5678` is een persoonsgegeven en mag niet openbaar worden.')
    }
  )
})
