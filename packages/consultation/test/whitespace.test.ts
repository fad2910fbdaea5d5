import fc from 'fast-check'
import {expect, test} from 'vitest'
import {oneSpace} from '../src/whitespace.js'

test('oneSpace is replace(/\\s+/g, " ") for any text (property)', () => {
  const text = fc.string({
    unit: fc.constantFrom(
      ...[
        'a',
        'é',
        '.',
        ' ',
        '  ',
        '\t',
        '\n',
        '\r',
        '\v',
        '\f',
        '\u00a0',
        '\u2028',
        '\u3000',
        '\ufeff',
        '\u200b'
      ]
    ),
    maxLength: 12
  })
  fc.assert(
    fc.property(text, (value) => {
      expect(oneSpace(value)).toBe(value.replace(/\s+/g, ' '))
    }),
    {numRuns: 5000}
  )
})

test('a text with nothing to collapse is the same string', () => {
  const value = 'Een zin met enkele spaties.'
  expect(oneSpace(value)).toBe(value)
  expect(oneSpace('a \u00a0b\n')).toBe('a b ')
})
