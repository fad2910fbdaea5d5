import {describe, expect, test} from 'vitest'
import {passesElfproef, passesMod97} from '../../src/index.js'
import {guidePage, lintFiles, only, signal} from '../helpers.js'

describe('checksums', () => {
  test.each([
    ['111222333', true],
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['12345678a', false]
  ])('elfproef %s → %s', (digits, expected) => {
    expect(passesElfproef(digits)).toBe(expected)
  })

  test.each([
    ['NL91ABNA0417164300', true],
    ['nl91abna0417164300', true],
    ['NL91ABNA0417164301', false],
    ['BE68539007547034', true],
    ['DE89370400440532013000', true],
    ['GB82WEST12345698765432', true],
    ['GB82WEST12345698765433', false],
    ['NL9', false]
  ])('mod-97 %s → %s', (iban, expected) => {
    expect(passesMod97(iban)).toBe(expected)
  })
})

async function privacyOf(body: string, options = {}) {
  const problems = await lintFiles({'guides/test/index.md': guidePage(body)}, options)
  return only(problems, 'privacy/').map((p) => [p.ruleId, p.line, p.column, p.severity, p.message])
}

describe('privacy rules', () => {
  test('phone numbers in their Dutch forms, masked', async () => {
    const body =
      'Bel 06-12345678, 06 1234 5678, 0612345678, +31 6 12345678, +31612345678, 0031 6 1234 5678, 020-1234567, (020) 123 4567 of 0111-123456.\n'
    const phone = (column: number, masked: string) => [
      'privacy/phone',
      12,
      column,
      'error',
      `Telefoonnummer \`${masked}\` in de tekst.`
    ]
    expect(await privacyOf(body)).toEqual([
      phone(5, '06-****5678'),
      phone(18, '06 **** 5678'),
      phone(32, '06****5678'),
      phone(44, '+31 6 ****5678'),
      phone(60, '+316****5678'),
      phone(74, '0031 6 **** 5678'),
      phone(92, '020-***4567'),
      phone(105, '(020) *** 4567'),
      phone(123, '0111-**3456')
    ])
  })

  test('no phone numbers in dates, years, amounts, ids, articles, urls and IBANs', async () => {
    const body = [
      'Op 01-02-2021 12 werkgevers; in 2019 2020 2021; € 1.234.567,89 of 0,06 procent.',
      'Signaal sig-2021-004, artikel 7:658 BW, kvk 12345678, postcode 1234 AB.',
      'Zie https://wetten.overheid.nl/BWBR0008314/2024-01-01/0612345678 en NL91 ABNA 0417 1643 00.'
    ].join('\n')
    expect((await privacyOf(body)).map((p) => p[0])).toEqual(['privacy/iban'])
  })

  test('e-mail addresses, masked, except the allow-list', async () => {
    const body = 'Mail jan.jansen@example.nl, info@opendeuren.nl of iemand@gemeente.nl.\n'
    expect(
      await privacyOf(body, {
        config: {
          rules: {},
          readability: {minScore: 50},
          emailAllowList: ['info@opendeuren.nl', '*@gemeente.nl']
        }
      })
    ).toEqual([['privacy/email', 12, 6, 'error', 'E-mailadres `j***@example.nl` in de tekst.']])
    expect((await privacyOf(body)).map((p) => p[4])).toEqual([
      'E-mailadres `j***@example.nl` in de tekst.',
      'E-mailadres `i***@opendeuren.nl` in de tekst.',
      'E-mailadres `i***@gemeente.nl` in de tekst.'
    ])
  })

  test('IBANs with a valid check, masked', async () => {
    expect(
      await privacyOf(
        'Rekening NL91ABNA0417164300 en nl91 abna 0417 1643 00, niet NL91ABNA0417164301. Belgisch: BE68 5390 0754 7034.\n'
      )
    ).toEqual([
      [
        'privacy/iban',
        12,
        10,
        'error',
        'Rekeningnummer (IBAN) `NL** **** **** **** 00` in de tekst.'
      ],
      [
        'privacy/iban',
        12,
        32,
        'error',
        'Rekeningnummer (IBAN) `NL** **** **** **** 00` in de tekst.'
      ],
      ['privacy/iban', 12, 91, 'error', 'Rekeningnummer (IBAN) `BE** **** **** **34` in de tekst.']
    ])
  })

  test('a BSN is an error near the word, a warning otherwise', async () => {
    const body =
      'Het BSN is 111222333. Ook burgerservicenummer: 1234.56.782. Los getal 123456782, ongeldig 123456789, bedrag 111.222.333.\n'
    expect(await privacyOf(body)).toEqual([
      [
        'privacy/bsn',
        12,
        12,
        'error',
        'Burgerservicenummer `*****2333` in de tekst: het getal voldoet aan de elfproef en staat bij het woord „BSN”.'
      ],
      [
        'privacy/bsn',
        12,
        48,
        'error',
        'Burgerservicenummer `*****6782` in de tekst: het getal voldoet aan de elfproef en staat bij het woord „burgerservicenummer”.'
      ],
      [
        'privacy/bsn',
        12,
        71,
        'warning',
        'Het getal `*****6782` voldoet aan de elfproef en kan een burgerservicenummer zijn (er staat geen woord als „BSN” bij, daarom een waarschuwing).'
      ]
    ])
  })

  test('the frontmatter is scanned too, and no message holds a full value', async () => {
    const problems = await lintFiles({
      'signals/2021/sig-2021-001.md': signal('Bel 06-12345678.\n', {
        recommendation: 'Mail naar p.de.vries@bedrijf.nl'
      })
    })
    expect(only(problems, 'privacy/').map((p) => [p.line, p.column, p.message])).toEqual([
      [13, 27, 'E-mailadres `p***@bedrijf.nl` in de tekst.'],
      [15, 5, 'Telefoonnummer `06-****5678` in de tekst.']
    ])
    expect(JSON.stringify(problems)).not.toMatch(/12345678|de\.vries/)
  })

  test('every visibility is checked with the same severity', async () => {
    for (const visibility of ['openbaar', 'intern', 'vertrouwelijk']) {
      const problems = await lintFiles({
        'signals/2021/sig-2021-001.md': signal('Bel 06-12345678.\n', {visibility})
      })
      expect(only(problems, 'privacy/').map((p) => [p.ruleId, p.severity])).toEqual([
        ['privacy/phone', 'error']
      ])
    }
  })

  test.each([
    ['zorg', []],
    ['financiele dienstverlening', []],
    ['ICT', []],
    [
      'Bakkerij Jansen B.V.',
      ['`source.sector` bevat een rechtsvorm of naam van een organisatie (`B.V.`).']
    ],
    [
      'stichting zorg',
      ['`source.sector` bevat een rechtsvorm of naam van een organisatie (`stichting`).']
    ],
    [
      'gemeente Utrecht',
      ['`source.sector` bevat een rechtsvorm of naam van een organisatie (`gemeente Utrecht`).']
    ],
    ['dhr. de Vries', ['`source.sector` bevat een persoonsnaam (`dhr.`).']],
    ['J.P. Jansen', ['`source.sector` bevat een persoonsnaam (`J.P. Ja`).']],
    ['hr@jansen.nl', ['`source.sector` bevat een e-mailadres.']],
    ['Zorg', ['`source.sector` bevat een hoofdletter.']]
  ])('privacy/source-identifies: sector %j', async (sector, expected) => {
    const problems = await lintFiles({
      'signals/2021/sig-2021-001.md': signal('Tekst.\n', {
        source: `\n  kind: werkgever\n  sector: ${sector}`
      })
    })
    const found = only(problems, 'privacy/source-identifies')
    expect(
      found.map((p) =>
        p.message.replace(
          'De bron van dit signaal lijkt een persoon of organisatie te noemen: ',
          ''
        )
      )
    ).toEqual(expected)
    for (const p of found) expect([p.line, p.column, p.severity]).toEqual([10, 11, 'error'])
  })
})
