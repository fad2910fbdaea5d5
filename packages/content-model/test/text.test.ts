import GithubSlugger from 'github-slugger'
import {describe, expect, test} from 'vitest'
import {
  closest,
  dutchDate,
  editDistance,
  foldDutch,
  headingAnchor,
  isSafeUrl
} from '../src/text/index.js'

describe('editDistance', () => {
  test('counts a swap of neighbours as one edit and gives up past the bound', () => {
    expect(editDistance('jobcoch', 'jobcoach', 2)).toBe(1)
    expect(editDistance('aanbsteding', 'aanbesteding', 2)).toBe(1)
    expect(editDistance('verdringign', 'verdringing', 2)).toBe(1)
    expect(editDistance('abc', 'xyz', 1)).toBe(2)
    expect(editDistance('kort', 'veel langer woord', 3)).toBe(4)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  test('closest suggests only near misses, ties to the first in sort order', () => {
    expect(closest('psychisch-gezondheid', ['psychische-gezondheid', 'werkaanpassing'])).toBe(
      'psychische-gezondheid'
    )
    expect(closest('xyz', ['werkaanpassing'])).toBeUndefined()
    expect(closest('ab', ['ac', 'aa'])).toBe('aa')
  })
})

test('foldDutch lower-cases and strips diacritics, ĳ and ß', () => {
  expect(foldDutch('Reïntegratie en Coördinator')).toBe('reintegratie en coordinator')
  expect(foldDutch('ĲSSELMEER Straße')).toBe('ijsselmeer strasse')
  expect(foldDutch('LKS')).toBe('lks')
})

test('headingAnchor: a custom id wins, otherwise the page slugger counts repeats', () => {
  const slugger = new GithubSlugger()
  expect(headingAnchor('Aan de slag {#start}', slugger)).toEqual({
    text: 'Aan de slag',
    slug: 'start'
  })
  expect(headingAnchor('Voor wie', slugger)).toEqual({text: 'Voor wie', slug: 'voor-wie'})
  expect(headingAnchor('Voor wie', slugger)).toEqual({text: 'Voor wie', slug: 'voor-wie-1'})
})

test('dutchDate writes the month out and leaves anything else alone', () => {
  expect(dutchDate('2026-11-30')).toBe('30 november 2026')
  expect(dutchDate('2020-06-01')).toBe('1 juni 2020')
  expect(dutchDate('onbekend')).toBe('onbekend')
  expect(dutchDate('2026-13-01')).toBe('2026-13-01')
})

describe('isSafeUrl (links in every public output and in the studio preview)', () => {
  test.each([
    ['https://example.org', true],
    ['http://example.org', true],
    ['mailto:info@example.org', true],
    ['/consultaties/x', true],
    ['#vraag-a', true],
    ['./andere-pagina.md', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false]
  ])('isSafeUrl(%j) is %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe)
  })
})
