import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {ConfigError, defaultConfig, loadConfig} from '../src/index.js'

/** A project with `files` (paths relative to it) and its content directory `content/`, which is returned. */
function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-lint-config-'))
  mkdirSync(path.join(dir, 'content'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), text)
  }
  return path.join(dir, 'content')
}

async function errorOf(files: Record<string, string>): Promise<string> {
  try {
    await loadConfig(dirWith(files))
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('no ConfigError')
}

describe('loadConfig', () => {
  test('defaults when there is no configuration', async () => {
    expect(await loadConfig(dirWith({}))).toEqual({
      rules: {},
      readability: {minScore: 50},
      emailAllowList: []
    })
    expect(defaultConfig.readability.minScore).toBe(50)
  })

  test.each([
    [
      'opendeuren.config.json',
      '{"rules": {"privacy/phone": "warning"}, "readability": {"minScore": 40}, "emailAllowList": ["Info@OpenDeuren.nl"]}'
    ],
    [
      'opendeuren.config.yaml',
      'rules:\n  privacy/phone: warning\nreadability:\n  minScore: 40\nemailAllowList: [Info@OpenDeuren.nl]\n'
    ],
    [
      'opendeuren.config.yml',
      'rules:\n  privacy/phone: warning\nreadability:\n  minScore: 40\nemailAllowList: [Info@OpenDeuren.nl]\n'
    ],
    [
      'package.json',
      '{"name": "x", "opendeuren": {"rules": {"privacy/phone": "warning"}, "readability": {"minScore": 40}, "emailAllowList": ["Info@OpenDeuren.nl"]}}'
    ]
  ])('reads %s', async (name, text) => {
    const content = dirWith({[name]: text})
    expect(await loadConfig(content)).toEqual({
      rules: {'privacy/phone': 'warning'},
      readability: {minScore: 40},
      emailAllowList: ['info@opendeuren.nl'],
      file: path.join(content, '..', name)
    })
  })

  test('a package.json without the key is no configuration', async () => {
    expect(await loadConfig(dirWith({'package.json': '{"name": "x"}'}))).toEqual({
      rules: {},
      readability: {minScore: 50},
      emailAllowList: []
    })
  })

  test('unknown keys and rule ids, with place and did-you-mean, all at once', async () => {
    const text =
      '{\n  "rulez": {},\n  "rules": {\n    "privacy/fone": "error",\n    "privacy/email": "warn"\n  },\n  "readability": {"minscore": 40}\n}\n'
    expect(await errorOf({'opendeuren.config.json': text})).toBe(
      [
        'opendeuren.config.json:2:3: onbekende sleutel `rulez`. Bedoelde u `rules`?',
        'opendeuren.config.json:4:5: onbekende regel `privacy/fone` in `rules`. Bedoelde u `privacy/phone`?',
        'opendeuren.config.json:5:22: ongeldige instelling `warn` voor `privacy/email`; verwacht `off`, `warning` of `error`. Bedoelde u `warning`?',
        'opendeuren.config.json:7:19: onbekende sleutel `minscore` in `readability`. Bedoelde u `minScore`?'
      ].join('\n')
    )
  })

  test('wrong values', async () => {
    expect(
      await errorOf({
        'opendeuren.config.yaml': 'readability:\n  minScore: 120\nemailAllowList: [geen-adres]\n'
      })
    ).toBe(
      [
        'opendeuren.config.yaml:2:13: `readability.minScore` is `120`; verwacht een getal van 0 tot en met 100 (standaard 50).',
        'opendeuren.config.yaml:3:18: `geen-adres` in `emailAllowList` is geen e-mailadres. Schrijf een adres als `info@opendeuren.nl`, of `*@opendeuren.nl` voor een heel domein.'
      ].join('\n')
    )
  })

  test('syntax errors name the place', async () => {
    expect(await errorOf({'opendeuren.config.json': '{\n  "rules": {},\n}\n'})).toBe(
      "opendeuren.config.json:3:1: geen geldige JSON. Controleer komma's, haakjes en aanhalingstekens (dubbele, geen enkele)."
    )
    // The same YAML reader as content, so the same Dutch explanation of the syntax error.
    expect(await errorOf({'opendeuren.config.yml': 'rules:\n  a: [b\n'})).toBe(
      'opendeuren.config.yml:3:1: Fout in de YAML van de configuratie: de inspringing klopt niet.'
    )
  })

  test('two configurations are an error', async () => {
    expect(
      await errorOf({'opendeuren.config.json': '{}', 'package.json': '{"opendeuren": {}}'})
    ).toBe(
      'Er zijn 2 configuraties gevonden: `opendeuren.config.json`, `package.json ("opendeuren")`. Houd er één over.'
    )
  })

  test('a configuration that is not an object', async () => {
    expect(await errorOf({'opendeuren.config.json': '[]'})).toBe(
      'opendeuren.config.json:1:1: de configuratie is geen object met sleutels. Gebruik `rules`, `readability`, `emailAllowList`, `publicValues`, `signals`.'
    )
  })

  test('problems carry rule id, file, line and column, as content problems do', async () => {
    try {
      await loadConfig(
        dirWith({
          'package.json': '{\n  "opendeuren": {\n    "rules": {"privacy/fone": "error"}\n  }\n}\n'
        })
      )
      throw new Error('no ConfigError')
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        {
          ruleId: 'config/unknown-rule',
          file: 'package.json',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 29,
          message: 'onbekende regel `privacy/fone` in `rules`. Bedoelde u `privacy/phone`?',
          severity: 'error'
        }
      ])
    }
  })
  test('publicValues: exact values, each with a reason', async () => {
    const content = dirWith({
      'opendeuren.config.json': '{"publicValues": [{"value": "020-1234567", "reason": "helpdesk"}]}'
    })
    expect((await loadConfig(content)).publicValues).toEqual([
      {value: '020-1234567', reason: 'helpdesk'}
    ])
    expect(
      await errorOf({
        'opendeuren.config.json':
          '{\n  "publicValues": [\n    {"value": "020-1234567"},\n    {"reason": "helpdesk"},\n    {"value": "x", "reason": "y", "why": "z"}\n  ]\n}\n'
      })
    ).toBe(
      [
        'opendeuren.config.json:3:5: `publicValues[0]` heeft geen reden: schrijf in `reason` waarom deze waarde openbaar mag (bijvoorbeeld `"helpdesk"`).',
        'opendeuren.config.json:4:5: `publicValues[1]` heeft geen waarde: schrijf in `value` het nummer of adres precies zoals het openbaar mag.',
        'opendeuren.config.json:5:35: onbekende sleutel `why` in `publicValues[2]`. Toegestaan: `value`, `reason`.'
      ].join('\n')
    )
    expect(await errorOf({'opendeuren.config.json': '{"publicValues": "020-1234567"}'})).toBe(
      'opendeuren.config.json:1:18: `publicValues` moet een lijst zijn van waarden met een reden, zoals `[{"value": "020-1234567", "reason": "helpdesk"}]`.'
    )
  })

  test('configuration as code is never imported, and said to be ignored once', async () => {
    const content = dirWith({
      'opendeuren.config.mjs': 'throw new Error("imported")\n',
      'content/opendeuren.config.js': 'throw new Error("imported")\n'
    })
    const notices: string[] = []
    const notify = (notice: string) => notices.push(notice)
    expect(await loadConfig(content, {notify})).toEqual({
      rules: {},
      readability: {minScore: 50},
      emailAllowList: []
    })
    await loadConfig(content, {notify})
    expect(notices.map((n) => n.replace(/`[^`]*(opendeuren\.config\.[a-z]+)`/, '`$1`'))).toEqual([
      'Let op: `opendeuren.config.js` wordt genegeerd. Een configuratie is gegevens (`opendeuren.config.json` of `.yaml`), nooit code die wordt uitgevoerd.\n',
      'Let op: `opendeuren.config.mjs` wordt genegeerd. Een configuratie is gegevens (`opendeuren.config.json` of `.yaml`), nooit code die wordt uitgevoerd.\n'
    ])
  })

  test('a configuration inside the content or signals directory never counts', async () => {
    const content = dirWith({
      'content/opendeuren.config.json': '{"rules": {"privacy/phone": "off"}}',
      'signalen/opendeuren.config.json': '{"rules": {"privacy/email": "off"}}'
    })
    const notices: string[] = []
    const config = await loadConfig(content, {
      signals: path.join(content, '..', 'signalen'),
      notify: (notice) => notices.push(notice)
    })
    expect(config).toEqual({rules: {}, readability: {minScore: 50}, emailAllowList: []})
    expect(notices.map((n) => n.replace(/`[^`]*`/, '`…`'))).toEqual([
      'Let op: `…` wordt genegeerd. Een configuratie in de inhoudsmap of de signalenmap telt niet; zet haar in de map erboven.\n',
      'Let op: `…` wordt genegeerd. Een configuratie in de inhoudsmap of de signalenmap telt niet; zet haar in de map erboven.\n'
    ])
  })

  test('the lookup goes upward to the repository root and no further', async () => {
    const content = dirWith({
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'opendeuren.config.json': '{"rules": {"privacy/phone": "off"}}',
      'repo/docs/README.md': ''
    })
    const inRepo = path.join(content, '..', 'repo', 'docs', 'content')
    mkdirSync(inRepo)
    expect(await loadConfig(inRepo)).toEqual({
      rules: {},
      readability: {minScore: 50},
      emailAllowList: []
    })
    writeFileSync(
      path.join(content, '..', 'repo', 'opendeuren.config.json'),
      '{"rules": {"privacy/phone": "warning"}}'
    )
    expect((await loadConfig(inRepo)).rules).toEqual({'privacy/phone': 'warning'})
  })

  test("without a repository root only the content directory's parent is searched", async () => {
    const content = dirWith({
      'opendeuren.config.json': '{"rules": {"privacy/phone": "off"}}',
      'project/README.md': ''
    })
    const nested = path.join(content, '..', 'project', 'content')
    mkdirSync(nested)
    expect(await loadConfig(nested)).toEqual({
      rules: {},
      readability: {minScore: 50},
      emailAllowList: []
    })
  })

  test('a project directory with workspaces is searched itself (as the site passes it)', async () => {
    const content = dirWith({
      'package.json': '{"workspaces": ["apps/*"]}',
      'opendeuren.config.json': '{"rules": {"privacy/phone": "warning"}}'
    })
    expect((await loadConfig(path.join(content, '..'))).rules).toEqual({'privacy/phone': 'warning'})
  })
})
