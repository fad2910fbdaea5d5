import type {FactEntry} from '@opendeuren/content-model'
import {expect, test} from 'vitest'
import {compileResponse} from '../src/compile.js'
import {loadFixture} from './helpers.js'

const fact: FactEntry = {
  kind: 'fact',
  file: 'facts/geld.yml',
  group: 'geld',
  index: 0,
  positions: {},
  data: {
    id: 'lks-werkgeverslasten',
    label: 'LKS, vergoeding werkgeverslasten',
    value: 23.5,
    unit: 'procent',
    valid_from: '2026-01-01',
    valid_until: '2026-12-31',
    themes: ['financiele-regelingen'],
    source: {title: 'Regeling loonkostensubsidie', url: 'https://wetten.overheid.nl/BWBR0044998'},
    checked: '2026-12-07'
  }
}

test('a fact cited in the adviser text reads the same in response.md, response.html and the answers', async () => {
  const content = await loadFixture('response')
  content.facts = [fact]
  const consultation = content.consultations.find((c) => c.data.id === 'toets')!
  consultation.body = consultation.body.replace(
    '## lks\n',
    '## lks\n\nDe gemeente vergoedt :feit[lks-werkgeverslasten] voor werkgeverslasten.\n'
  )
  const compiled = compileResponse(content, 'toets')
  expect(compiled.markdown).toContain(
    'De gemeente vergoedt [23,5% (2026)](https://wetten.overheid.nl/BWBR0044998) voor werkgeverslasten.'
  )
  expect(compiled.html).toContain(
    'De gemeente vergoedt <a href="https://wetten.overheid.nl/BWBR0044998">23,5% (2026)</a> voor werkgeverslasten.'
  )
  expect(compiled.answers.lks).toContain('De gemeente vergoedt 23,5% (2026)')
  for (const output of [compiled.markdown, compiled.html, ...Object.values(compiled.answers)])
    expect(output).not.toContain(':feit[')
})
