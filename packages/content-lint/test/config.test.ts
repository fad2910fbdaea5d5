import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {ConfigError, defaultConfig, loadConfig} from '../src/index.js'

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-lint-config-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
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
    expect(await loadConfig(dirWith({}))).toEqual({rules: {}, readability: {minScore: 50}, emailAllowList: []})
    expect(defaultConfig.readability.minScore).toBe(50)
  })

  test.each([
    ['opendeuren.config.json', '{"rules": {"privacy/phone": "warning"}, "readability": {"minScore": 40}, "emailAllowList": ["Info@OpenDeuren.nl"]}'],
    ['opendeuren.config.yaml', 'rules:\n  privacy/phone: warning\nreadability:\n  minScore: 40\nemailAllowList: [Info@OpenDeuren.nl]\n'],
    ['opendeuren.config.yml', 'rules:\n  privacy/phone: warning\nreadability:\n  minScore: 40\nemailAllowList: [Info@OpenDeuren.nl]\n'],
    ['opendeuren.config.mjs', 'export default {rules: {"privacy/phone": "warning"}, readability: {minScore: 40}, emailAllowList: ["Info@OpenDeuren.nl"]}\n'],
    ['package.json', '{"name": "x", "opendeuren": {"rules": {"privacy/phone": "warning"}, "readability": {"minScore": 40}, "emailAllowList": ["Info@OpenDeuren.nl"]}}']
  ])('reads %s', async (name, text) => {
    const dir = dirWith({[name]: text})
    expect(await loadConfig(dir)).toEqual({
      rules: {'privacy/phone': 'warning'},
      readability: {minScore: 40},
      emailAllowList: ['info@opendeuren.nl'],
      file: path.join(dir, name)
    })
  })

  test('a package.json without the key is no configuration', async () => {
    expect(await loadConfig(dirWith({'package.json': '{"name": "x"}'}))).toEqual({rules: {}, readability: {minScore: 50}, emailAllowList: []})
  })

  test('unknown keys and rule ids, with place and did-you-mean, all at once', async () => {
    const text = '{\n  "rulez": {},\n  "rules": {\n    "privacy/fone": "error",\n    "privacy/email": "warn"\n  },\n  "readability": {"minscore": 40}\n}\n'
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
    expect(await errorOf({'opendeuren.config.yaml': 'readability:\n  minScore: 120\nemailAllowList: [geen-adres]\n'})).toBe(
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
    expect(await errorOf({'opendeuren.config.yml': 'rules:\n  a: [b\n'})).toBe('opendeuren.config.yml:3:1: Fout in de YAML van de configuratie: de inspringing klopt niet.')
  })

  test('two configurations are an error', async () => {
    expect(await errorOf({'opendeuren.config.json': '{}', 'package.json': '{"opendeuren": {}}'})).toBe(
      'Er zijn 2 configuraties gevonden: `opendeuren.config.json`, `package.json ("opendeuren")`. Houd er één over.'
    )
  })

  test('a configuration that is not an object', async () => {
    expect(await errorOf({'opendeuren.config.json': '[]'})).toBe(
      'opendeuren.config.json:1:1: de configuratie is geen object met sleutels. Gebruik `rules`, `readability`, `emailAllowList`, `signals`.'
    )
  })

  test('problems carry rule id, file, line and column, as content problems do', async () => {
    try {
      await loadConfig(dirWith({'package.json': '{\n  "opendeuren": {\n    "rules": {"privacy/fone": "error"}\n  }\n}\n'}))
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
})
