import {expect, test} from 'vitest'
import {gatePublicTexts, type GateSettings} from '../src/index.js'

const none: GateSettings = {allowedValues: [], protectedSignals: []}
const gate = (text: string, settings: GateSettings = none) =>
  gatePublicTexts([{name: 'pagina.md', text}], settings).map((f) => [
    f.ruleId,
    f.line,
    f.column,
    f.message
  ])

// Every spelling a reader still reads as the number or address: each one passed the gate before it normalised.
test.each([
  ['non-breaking hyphen', 'Bel 06\u201112345678.', 'privacy/phone', '06-****5678'],
  ['hyphen U+2010', 'Bel 06\u201012345678.', 'privacy/phone', '06-****5678'],
  ['figure dash', 'Bel 06\u201212345678.', 'privacy/phone', '06-****5678'],
  ['em dash', 'Bel 06\u201412345678.', 'privacy/phone', '06-****5678'],
  ['horizontal bar', 'Bel 06\u201512345678.', 'privacy/phone', '06-****5678'],
  ['minus sign', 'Bel 06\u221212345678.', 'privacy/phone', '06-****5678'],
  ['small em dash', 'Bel 06\ufe5812345678.', 'privacy/phone', '06-****5678'],
  ['full-width hyphen', 'Bel 06\uff0d12345678.', 'privacy/phone', '06-****5678'],
  ['zero-width space', 'Bel 06\u200b12345678.', 'privacy/phone', '06****5678'],
  ['zero-width non-joiner', 'Bel 0612\u200c345678.', 'privacy/phone', '06****5678'],
  ['zero-width joiner', 'Bel 061234\u200d5678.', 'privacy/phone', '06****5678'],
  ['word joiner', 'Bel 06\u206012345678.', 'privacy/phone', '06****5678'],
  ['byte order mark', 'Bel 06\ufeff12345678.', 'privacy/phone', '06****5678'],
  ['soft hyphen', 'Bel 06\u00ad12345678.', 'privacy/phone', '06****5678'],
  [
    'full-width digits',
    'Bel \uff10\uff16\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18.',
    'privacy/phone',
    '06****5678'
  ],
  [
    'no-break space with an en dash',
    'Bel 06\u00a0\u2013\u00a012345678.',
    'privacy/phone',
    '06 - ****5678'
  ],
  [
    'narrow no-break spaces',
    'Bel 06\u202f12\u202f34\u202f56\u202f78.',
    'privacy/phone',
    '06 ** ** 56 78'
  ],
  ['thin and figure spaces', 'Bel 020\u20091234\u2007567.', 'privacy/phone', '020 ***4 567'],
  ['two spaces', 'Bel 020  1234567.', 'privacy/phone', '020 ***4567'],
  ['tab', 'Bel 020\t1234567.', 'privacy/phone', '020 ***4567'],
  ['decimal entity', 'Bel 0&#54;12345678.', 'privacy/phone', '06****5678'],
  [
    'hex entity of a non-breaking hyphen',
    'Bel 06&#x2011;12345678.',
    'privacy/phone',
    '06-****5678'
  ],
  ['&nbsp;', 'Bel 06&nbsp;12345678.', 'privacy/phone', '06 ****5678'],
  ['&shy;', 'Bel 06&shy;12345678.', 'privacy/phone', '06****5678'],
  ['Markdown strong inside the number', 'Bel 06-**1234**5678.', 'privacy/phone', '06-****5678'],
  ['Markdown emphasis inside the number', 'Bel 06-_12_345678.', 'privacy/phone', '06-****5678'],
  ['Markdown code inside the number', 'Bel `06`12345678.', 'privacy/phone', '06****5678'],
  ['Markdown escape', 'Bel 06\\-12345678.', 'privacy/phone', '06-****5678'],
  ['inline HTML tag', 'Bel 06<b>12</b>345678.', 'privacy/phone', '06****5678'],
  [
    'HTML span with attributes',
    'Bel 06<span class="x">1234</span>5678.',
    'privacy/phone',
    '06****5678'
  ],
  ['HTML comment', 'Bel 06<!-- -->12345678.', 'privacy/phone', '06****5678'],
  [
    'e-mail address in a query string',
    'Zie https://example.org/contact?to=jan.jansen@example.nl voor meer.',
    'privacy/email',
    'j***@example.nl'
  ],
  [
    'e-mail address percent-encoded in a URL',
    'Zie https://example.org/?to=jan.jansen%40example.nl.',
    'privacy/email',
    'j***@example.nl'
  ],
  [
    'e-mail address with an entity',
    'Mail jan.jansen&#64;example.nl.',
    'privacy/email',
    'j***@example.nl'
  ],
  ['BSN with hyphens', 'BSN 313-131-004.', 'privacy/bsn', '*****1004'],
  ['BSN with hyphens 4-2-3', 'BSN 3131-31-004.', 'privacy/bsn', '*****1004'],
  ['bare elfproef BSN', 'Dossier 313131004 is gesloten.', 'privacy/bsn', '*****1004'],
  ['bare BSN with hyphens', 'Nummer 313-131-004 is gesloten.', 'privacy/bsn', '*****1004'],
  ['BSN with a zero-width space', 'BSN 313131\u200b004.', 'privacy/bsn', '*****1004'],
  [
    'IBAN with no-break spaces',
    'Rekening NL91\u00a0ABNA\u00a00417\u00a01643\u00a000.',
    'privacy/iban',
    'NL** **** **** **** 00'
  ]
])('the gate sees through %s', (_name, text, ruleId, masked) => {
  const findings = gatePublicTexts([{name: 'pagina.md', text}], none)
  expect(
    findings.map((f) => [f.ruleId, f.message.slice(0, f.message.indexOf('`', 1) + 1)])
  ).toEqual([[ruleId, `\`${masked}\``]])
})

test.each([
  ['Mail ons: mailto:jan.jansen@example.nl?subject=vraag', 'privacy/email'],
  ['BSN 313 131 004.', 'privacy/bsn'],
  ['BSN 3131.31.004.', 'privacy/bsn']
])('spellings found before stay found: %s', (text, ruleId) => {
  expect(gate(text).map(([id]) => id)).toEqual([ruleId])
})

test('findings point into the original text, not the normalised one', () => {
  const text =
    'Eerste regel.\nZie &nbsp;&nbsp; en bel 06&#x2011;12345678 of 0&#54;-<b>1234</b>5678.'
  expect(gate(text)).toEqual([
    ['privacy/phone', 2, 25, '`06-****5678` is een persoonsgegeven en mag niet openbaar worden.'],
    ['privacy/phone', 2, 47, '`06-****5678` is een persoonsgegeven en mag niet openbaar worden.']
  ])
})

test('a bare elfproef number is an error in public output, with its own message', () => {
  expect(gatePublicTexts([{name: 'answers/q1.txt', text: 'Zaak 313131004.'}], none)).toEqual([
    {
      ruleId: 'privacy/bsn',
      name: 'answers/q1.txt',
      line: 1,
      column: 6,
      message:
        '`*****1004` voldoet aan de elfproef en kan een burgerservicenummer zijn; het mag niet openbaar worden.',
      hint: 'Haal het getal weg. Is het geen BSN maar een openbaar nummer van de organisatie, zet het dan letterlijk, met een reden, in `publicValues` van de configuratie.'
    }
  ])
})

test('an amount written with dots is no BSN without the word', () => {
  expect(gate('Het kost 313.131.004 euro.')).toEqual([])
})

test('a listed public value passes in any spelling; other values do not', () => {
  const settings: GateSettings = {
    allowedValues: [
      {value: '020-1234567', reason: 'helpdesk'},
      {value: 'Info@OpenDeuren.nl', reason: 'algemeen adres'}
    ],
    protectedSignals: []
  }
  expect(gate('Bel 020\u2011123\u00a045\u00a067 of mail info@opendeuren.nl.', settings)).toEqual([])
  expect(
    gate('Bel 020-1234568 of mail jan@opendeuren.nl.', settings).map(([ruleId]) => ruleId)
  ).toEqual(['privacy/phone', 'privacy/email'])
})

test('emailAllowList does not open the gate, and the hint says where an allowed address goes', () => {
  const [finding] = gatePublicTexts([{name: 'pagina.md', text: 'Mail info@opendeuren.nl.'}], {
    ...none,
    emailAllowList: ['*@opendeuren.nl']
  })
  expect(finding?.hint).toBe(
    'Dit adres staat in `emailAllowList`, maar die lijst geldt alleen voor het advies van de linter. Mag het openbaar, zet het dan letterlijk, met een reden, in `publicValues` van de configuratie.'
  )
})
