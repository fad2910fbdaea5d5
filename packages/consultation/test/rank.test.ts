import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {compareSignals} from '../src/rank.js'
import {signalEntry} from './helpers.js'

const s = (id: string, impact: 'hoog' | 'midden' | 'laag', employers: number, date: string) =>
  signalEntry({id, impact, employers, date}).data

describe('compareSignals', () => {
  test.each([
    {
      name: 'higher impact first',
      a: s('sig-2020-002', 'hoog', 1, '2020-01-01'),
      b: s('sig-2020-001', 'midden', 50, '2020-12-01')
    },
    {
      name: 'same impact: more employers first',
      a: s('sig-2020-002', 'laag', 5, '2020-01-01'),
      b: s('sig-2020-001', 'laag', 4, '2020-12-01')
    },
    {
      name: 'same impact and employers: newest first',
      a: s('sig-2020-002', 'laag', 5, '2020-02-01'),
      b: s('sig-2020-001', 'laag', 5, '2020-01-31')
    },
    {
      name: 'all equal: lowest id first',
      a: s('sig-2020-001', 'laag', 5, '2020-02-01'),
      b: s('sig-2020-002', 'laag', 5, '2020-02-01')
    }
  ])('$name', ({a, b}) => {
    expect(compareSignals(a, b)).toBeLessThan(0)
    expect(compareSignals(b, a)).toBeGreaterThan(0)
  })

  test('sorting gives the same order from any starting order (a total order)', () => {
    const arbitrarySignal = fc.record({
      n: fc.integer({min: 1, max: 999}),
      impact: fc.constantFrom('hoog' as const, 'midden' as const, 'laag' as const),
      employers: fc.integer({min: 1, max: 5}),
      day: fc.integer({min: 1, max: 3})
    })
    const lists = fc
      .uniqueArray(arbitrarySignal, {selector: (x) => x.n, maxLength: 30})
      .chain((raw) =>
        fc.tuple(
          fc.constant(raw),
          fc.shuffledSubarray(raw, {minLength: raw.length, maxLength: raw.length})
        )
      )
    const toSignals = (
      raw: Array<{n: number; impact: 'hoog' | 'midden' | 'laag'; employers: number; day: number}>
    ) =>
      raw.map((x) =>
        s(`sig-2020-${String(x.n).padStart(3, '0')}`, x.impact, x.employers, `2020-01-0${x.day}`)
      )
    fc.assert(
      fc.property(lists, ([raw, shuffled]) => {
        const sorted = toSignals(raw)
          .sort(compareSignals)
          .map((x) => x.id)
        expect(
          toSignals(shuffled)
            .sort(compareSignals)
            .map((x) => x.id)
        ).toEqual(sorted)
      })
    )
  })
})
