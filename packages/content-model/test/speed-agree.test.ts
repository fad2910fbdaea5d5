import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {contentSentences} from '../src/privacy/disclosure-words.js'
import {normaliseForDetection, type NormalisedText} from '../src/privacy/normalise.js'
import {findPlaceholders} from '../src/scaffold/find-placeholders.js'
import {placeholderSentences} from '../src/scaffold/placeholders.js'
import {contentSentences as contentSentencesBefore} from './reference/disclosure-words-before.js'
import {findPlaceholders as findPlaceholdersBefore} from './reference/find-placeholders-before.js'
import {normaliseForDetection as normaliseBefore} from './reference/normalise-before.js'

// Issue 22: the normaliser and the placeholder finder were rewritten for speed (linear instead of
// quadratic). These properties hold them to the plainly written versions they replace.

const pieces = [
  'Bel 06-12345678',
  ' ',
  '  ',
  '\n',
  '\t',
  'a',
  'Z',
  '7',
  '*',
  '**',
  '_',
  '~',
  '`',
  '\\*',
  '&amp;',
  '&#64;',
  '&#x40;',
  '&nbsp;',
  '&bogus;',
  '&',
  '%40',
  '%4',
  '%',
  '<b>',
  '</b>',
  '<p>',
  '<!-- x -->',
  '<',
  '>',
  'e\u0301',
  '\u0301',
  'ĳ',
  'ß',
  'ｆｕｌｌ１２',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '\u2011',
  '\u2013',
  '…',
  '😀',
  '\ud83d',
  'Ö',
  '٣',
  ...placeholderSentences.flatMap(({text}) => [
    text,
    text.toUpperCase(),
    text.replaceAll(' ', ' \n\t '),
    text.replaceAll(' ', '** _'),
    text.replaceAll('e', 'é').replaceAll(' ', '\u00a0\u200b')
  ])
]
const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))

const plainly = (normalised: NormalisedText) => ({
  text: normalised.text,
  from: Array.from(normalised.from),
  to: Array.from(normalised.to)
})

const contentFiles = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return contentFiles(full)
    return /\.(md|mdx|ya?ml)$/.test(entry.name) ? [full] : []
  })
const realTexts = contentFiles(path.resolve(import.meta.dirname, '../../../content')).map((file) =>
  readFileSync(file, 'utf8')
)

test('normaliseForDetection gives the text and offsets of the plainly written version', () => {
  fc.assert(
    fc.property(texts, (text) => {
      expect(plainly(normaliseForDetection(text))).toEqual(plainly(normaliseBefore(text)))
    }),
    {numRuns: 600}
  )
  for (const text of realTexts)
    expect(plainly(normaliseForDetection(text))).toEqual(plainly(normaliseBefore(text)))
})

test('findPlaceholders finds what the plainly written version finds, at the same offsets', () => {
  fc.assert(
    fc.property(texts, (text) => {
      expect(findPlaceholders(text)).toEqual(findPlaceholdersBefore(text))
    }),
    {numRuns: 600}
  )
  for (const text of realTexts) expect(findPlaceholders(text)).toEqual(findPlaceholdersBefore(text))
})

test('a placeholder after an emoji is reported where it stands', () => {
  const sentence = placeholderSentences[0]!.text
  const text = `😀😀 ${sentence}`
  const [found] = findPlaceholders(text)
  expect(text.slice(found!.start, found!.end)).toBe(sentence.slice(0, found!.end - found!.start))
  expect(found!.start).toBe(5)
})

const sentencePieces = [
  'De werkgever belde. ',
  'Het UWV: ',
  '14 weken',
  '3.5',
  '3. ',
  '1,5 jaar',
  "zo'n",
  'jobcoach-uren',
  'reïntegratie',
  'één',
  '\n\n',
  '\n- ',
  '\n1. ',
  '\n> ',
  '\n| a | b |',
  '!',
  '?',
  ';',
  ' ',
  'werkgevers',
  'meldden',
  '2026',
  'x',
  // The word scanner replaced a regular expression with \p{L} and \p{N} (issue 22, the lint's memory).
  "'",
  '’',
  '-',
  '.',
  ',',
  'Öß',
  'ĳs',
  '٣٤',
  '²',
  '½',
  '𝐀𝐁',
  '😀',
  '\ud83d',
  'e\u0301',
  'Ⅻ',
  '中文',
  '_',
  '12ab',
  'ab12'
]
const sentenceTexts = fc
  .array(fc.constantFrom(...sentencePieces), {maxLength: 40})
  .map((parts) => parts.join(''))

test('contentSentences gives the sentences and words of the plainly written version', () => {
  fc.assert(
    fc.property(sentenceTexts, (text) => {
      expect(contentSentences(text)).toEqual(contentSentencesBefore(text))
    }),
    {numRuns: 800}
  )
  for (const text of realTexts) expect(contentSentences(text)).toEqual(contentSentencesBefore(text))
})
