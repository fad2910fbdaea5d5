import fc from 'fast-check'
import {expect, test} from 'vitest'
import {gatePublicTexts, type GateSettings} from '../src/index.js'

const dashes = [
  '-',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212',
  '\ufe58',
  '\uff0d',
  '&#x2011;',
  '&ndash;'
]
const spaces = [' ', '\u00a0', '\u202f', '\u2009', '\u2007', '&nbsp;', '&#160;']
const invisible = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '&shy;',
  '<!-- -->',
  '<b></b>',
  '**',
  '\\'
]
const fullWidth = (digit: string) => String.fromCodePoint(0xff10 + Number(digit))

/** A phone number 0 + 9 digits, written with random separators, invisible characters, entities and full-width digits. */
const disguised = (digits: string) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...dashes, ...spaces, ...invisible, ''), {
        minLength: digits.length,
        maxLength: digits.length
      }),
      fc.array(fc.boolean(), {minLength: digits.length, maxLength: digits.length}),
      fc.array(fc.boolean(), {minLength: digits.length, maxLength: digits.length})
    )
    .map(([between, wide, entity]) => {
      let out = ''
      for (let i = 0; i < digits.length; i++) {
        const digit = digits[i]!
        out += entity[i] ? `&#${digit.charCodeAt(0)};` : wide[i] ? fullWidth(digit) : digit
        // At most one visible separator between two digits, as a reader would still read one number.
        if (i === 1 || i === 5) out += between[i]!.replace('\\', '')
        else if (i < digits.length - 1)
          out += invisible.includes(between[i]!) && between[i] !== '\\' ? between[i]! : ''
      }
      return out
    })

const helpdesk = '0201234567'
const settings: GateSettings = {
  allowedValues: [{value: '020-123 45 67', reason: 'helpdesk'}],
  protectedSignals: []
}
const mobile = fc.stringMatching(/^6[1-9]\d{7}$/).map((rest) => `0${rest}`)

test('the listed exact value passes in any spelling; any other number, however disguised, never does', () => {
  fc.assert(
    fc.property(
      disguised(helpdesk),
      mobile.chain((number) => disguised(number).map((written) => [number, written] as const)),
      (allowed, [, forbidden]) => {
        expect(
          gatePublicTexts([{name: 'p.md', text: `Bel de helpdesk op ${allowed}.`}], settings)
        ).toEqual([])
        const findings = gatePublicTexts(
          [{name: 'p.md', text: `Of bel ${forbidden} voor meer.`}],
          settings
        )
        expect(findings.map((f) => f.ruleId)).toEqual(['privacy/phone'])
      }
    ),
    {numRuns: 300}
  )
})
