import {expect, test} from 'vitest'
import {escapeData, escapeProperty, formatGithub} from '../../src/format/github.js'
import {cleanRun, cwd, sampleRun} from './runs.js'

test('one workflow command per problem, paths relative to the working directory', () => {
  expect(formatGithub(sampleRun(), {cwd})).toBe(
    [
      '::error file=content/guides/werk/gesprek.md,line=3,col=10,endLine=3,endColumn=31,title=ref/theme::Onbekend thema `psychische-gezondhied`. Bedoelt u `psychische-gezondheid`?',
      '::error file=content/guides/werk/gesprek.md,line=6,col=10,endLine=6,endColumn=40,title=links/file-missing::De link verwijst naar `./checklist.md`, maar dat bestand bestaat niet.',
      '::warning file=content/guides/werk/gesprek.md,line=8,col=5,endLine=8,endColumn=16,title=privacy/phone::Een telefoonnummer in de tekst. Haal het nummer weg.',
      ''
    ].join('\n')
  )
})

test('escaping per GitHub’s rules: data %, CR, LF; properties also : and ,', () => {
  expect(escapeData('100% zeker\r\nregel: a, b')).toBe('100%25 zeker%0D%0Aregel: a, b')
  expect(escapeProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae')
  const run = {
    results: [
      {
        file: 'guides/a,b:c.md',
        filePath: `${cwd}/content/guides/a,b:c.md`,
        problems: [
          {
            ruleId: 'x/y',
            file: 'guides/a,b:c.md',
            line: 2,
            column: 1,
            message: '50% korting,\nzie: hier',
            severity: 'warning' as const
          }
        ]
      }
    ],
    errorCount: 0,
    warningCount: 1
  }
  expect(formatGithub(run, {cwd})).toBe(
    '::warning file=content/guides/a%2Cb%3Ac.md,line=2,col=1,title=x/y::50%25 korting,%0Azie: hier\n'
  )
})

test('nothing when there are no problems', () => {
  expect(formatGithub(cleanRun(), {cwd})).toBe('')
})
