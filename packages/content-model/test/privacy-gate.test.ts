import {expect, test} from 'vitest'
import {detectPersonalData, findPublicLeaks} from '../src/index.js'

const phones = (text: string) =>
  detectPersonalData(text, [])
    .filter((f) => f.ruleId === 'privacy/phone')
    .map((f) => f.masked)

test.each([
  ['Bel (06) 12345678 voor vragen.', '(06) ****5678'],
  ['Bel 010 - 123 45 67 voor vragen.', '010 - ***4 5 67'.replace('***4 5 67', '*** 45 67')],
  ['Bel 06 - 12 34 56 78.', '06 - ** ** 56 78'],
  ['Bel 06.12.34.56.78.', '06.**.**.56.78'],
  ['Bel (010) 123 45 67.', '(010) *** 45 67'],
  ['Bel 020 – 123 4567.', '020 - *** 4567'],
  ['Bel +31 (0)6 1234 5678.', '+31 (0)6 **** 5678'],
  ['Bel 06-12345678.', '06-****5678']
])('a Dutch phone number: %s', (text, masked) => {
  expect(phones(text)).toEqual([masked])
})

test.each([
  'Op 01-02-2026 10 werkgevers gesproken.',
  'Op 01.02.2026 10 werkgevers gesproken.',
  'Zie sig-2021-010 en sig-2020-001.',
  'Een bedrag van € 0,50 of 1.234.567,89 euro.',
  'Artikel 10.123 en artikel 2:3 BW, in 2020 - 2026.',
  'Kamerstuk 36 123, nr. 4, van 2025.',
  'Tussen 0 - 10 en 0 - 100 werknemers.'
])('no phone number: %s', (text) => {
  expect(phones(text)).toEqual([])
})

test('the gate finds personal data in public texts, whatever the lint configuration', () => {
  const leaks = findPublicLeaks(
    [
      {name: 'response.md', text: 'Bel (06) 12345678 of mail jan@example.nl of info@netwerk.nl.'},
      {name: 'answers/q1.txt', text: 'Geen gegevens; 123456782 als bedrag.'}
    ],
    ['info@netwerk.nl']
  )
  expect(leaks.map((l) => [l.name, l.finding.ruleId, l.finding.masked])).toEqual([
    ['response.md', 'privacy/phone', '(06) ****5678'],
    ['response.md', 'privacy/email', 'j***@example.nl']
  ])
})
