import {describe, expect, test} from 'vitest'
import {guidePage, lintFiles} from '../helpers.js'

/** The problems of a draft page (`concept`): disable comments work there as they always did. */
async function problemsOf(body: string, config?: object, status = 'concept') {
  const problems = await lintFiles(
    {'guides/test/index.md': guidePage(body, {status})},
    config ? {config: config as never} : {}
  )
  return problems.map((p) => [p.ruleId, p.line, p.column, p.severity, p.message])
}

describe('disable comments', () => {
  test('a comment with a reason suppresses that rule on the next line only', async () => {
    const body =
      '<!-- opendeuren-disable-next-line privacy/phone -- algemeen nummer van de helpdesk -->\nBel 020-1234567.\n\nBel 020-7654321.\n'
    expect(await problemsOf(body)).toEqual([
      ['privacy/phone', 15, 5, 'error', 'Telefoonnummer `020-***4321` in de tekst.']
    ])
  })

  test('without a reason it is an error and suppresses nothing', async () => {
    const body = '<!-- opendeuren-disable-next-line privacy/phone -->\nBel 020-1234567.\n'
    expect(await problemsOf(body)).toEqual([
      [
        'disable/missing-reason',
        12,
        1,
        'error',
        'De uitzondering voor `privacy/phone` heeft geen reden en telt daarom niet.'
      ],
      ['privacy/phone', 13, 5, 'error', 'Telefoonnummer `020-***4567` in de tekst.']
    ])
  })

  test('an unknown rule is reported with a suggestion', async () => {
    const root = await lintFiles({
      'guides/test/index.md': guidePage(
        '<!-- opendeuren-disable-next-line privacy/fone -- reden -->\nTekst.\n',
        {status: 'concept'}
      )
    })
    expect(root.map((p) => [p.ruleId, p.line, p.column, p.message])).toEqual([
      ['disable/unknown-rule', 12, 1, 'Onbekende regel `privacy/fone` in de uitzondering.']
    ])
  })

  test('a comment that suppresses nothing is a warning', async () => {
    const body =
      'Tekst.\n\n<!-- opendeuren-disable-next-line privacy/phone -- helpdesk -->\nGeen nummer hier.\n'
    expect(await problemsOf(body)).toEqual([
      [
        'disable/unused',
        14,
        1,
        'warning',
        'De uitzondering voor `privacy/phone` onderdrukt niets: regel 15 heeft geen melding van die regel.'
      ]
    ])
  })

  test('another rule on the same line is not suppressed', async () => {
    const body =
      '<!-- opendeuren-disable-next-line privacy/phone -- helpdesk -->\nBel 020-1234567 of mail jan@example.nl.\n'
    expect((await problemsOf(body)).map((p) => p[0])).toEqual(['privacy/email'])
  })

  test('cross-file problems can be suppressed too, and unused is not reported for rules that are off', async () => {
    const body =
      '<!-- opendeuren-disable-next-line links/file-missing -- pagina volgt in de volgende versie -->\n[Volgt](./later.md)\n\n<!-- opendeuren-disable-next-line safety/raw-html -- uitgezet -->\nTekst.\n'
    expect(
      await problemsOf(body, {
        rules: {'safety/raw-html': 'off'},
        readability: {minScore: 50},
        emailAllowList: []
      })
    ).toEqual([])
  })

  test('severities follow the configuration; off drops the rule', async () => {
    const body = 'Bel 020-1234567 en [hier](./index.md).\n'
    const config = {
      rules: {'privacy/phone': 'warning', 'a11y/vague-link-text': 'off'},
      readability: {minScore: 50},
      emailAllowList: []
    }
    expect((await problemsOf(body, config)).map((p) => [p[0], p[3]])).toEqual([
      ['privacy/phone', 'warning']
    ])
  })
})

describe('disable comments in a published page', () => {
  const notAllowed = (rule: string) =>
    `De uitzondering voor \`${rule}\` geldt niet: een privacy- of veiligheidsregel kan in een gepubliceerde pagina niet worden uitgezet.`

  test.each([
    [
      'privacy/phone',
      'Bel 020-1234567.',
      ['privacy/phone', 13, 5, 'error', 'Telefoonnummer `020-***4567` in de tekst.']
    ],
    [
      'privacy/email',
      'Mail jan@example.nl.',
      ['privacy/email', 13, 6, 'error', 'E-mailadres `j***@example.nl` in de tekst.']
    ],
    [
      'safety/executable-html',
      '<script>alert(1)</script>',
      [
        'safety/executable-html',
        13,
        1,
        'error',
        'Het HTML-element `<script>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
      ]
    ]
  ])('a comment for %s silences nothing and is itself an error', async (rule, line, kept) => {
    const body = `<!-- opendeuren-disable-next-line ${rule} -- embed -->\n${line}\n`
    expect(await problemsOf(body, undefined, 'gepubliceerd')).toEqual([
      ['disable/not-allowed', 12, 1, 'error', notAllowed(rule)],
      kept
    ])
  })

  test('the same comment in a draft silences the rule as before', async () => {
    expect(
      await problemsOf(
        '<!-- opendeuren-disable-next-line privacy/phone -- helpdesk -->\nBel 020-1234567.\n'
      )
    ).toEqual([])
  })

  test('a comment for another kind of rule still works in a published page', async () => {
    const body =
      '<!-- opendeuren-disable-next-line links/file-missing -- pagina volgt -->\n[Volgt](./later.md)\n'
    expect(await problemsOf(body, undefined, 'gepubliceerd')).toEqual([])
  })
})
