import {expect, test} from 'vitest'
import {gatePublicTexts} from '../src/index.js'
import {
  consultationTemplate,
  guidePageTemplate,
  placeholderSentences,
  signalTemplate
} from '../src/scaffold/index.js'

const gate = (text: string) =>
  gatePublicTexts([{name: 'pagina.html', text}], {allowedValues: [], protectedSignals: []}).filter(
    (f) => f.ruleId === 'gate/placeholder'
  )

test('every placeholder sentence the scaffolds write is in their templates, and the gate refuses each', () => {
  const templates = [
    guidePageTemplate({title: 'T', themes: [], audiences: [], today: '2026-01-01', order: 1}, true),
    guidePageTemplate(
      {title: 'T', themes: [], audiences: [], today: '2026-01-01', order: 1},
      false
    ),
    signalTemplate({
      id: 'sig-2026-001',
      title: 'T',
      themes: [],
      instruments: [],
      today: '2026-01-01'
    }),
    consultationTemplate({id: 'c', title: 'T', themes: [], ministry: 'M'})
  ].join('\n')
  for (const sentence of placeholderSentences) {
    expect(templates).toContain(sentence.text)
    expect(gate(sentence.text)).toHaveLength(1)
  }
})

test.each([
  [
    'the guide intro, rendered with an ellipsis character',
    '<p>In deze handreiking leest u … (schrijf in twee of drie zinnen wat de lezer hier vindt).</p>'
  ],
  ['slightly edited', 'Schrijf hier de inleiding: wij zijn een netwerk van werkgevers.'],
  ['other case and a line break', 'SCHRIJF VOOR WIE\nde handreiking is, en nog wat.'],
  ['with emphasis', 'Zet **hier** de hoofdstukken, straks.']
])('scaffold text is refused: %s', (_name, text) => {
  expect(gate(text)).toHaveLength(1)
})

test('ordinary text that shares words is not scaffold text', () => {
  expect(
    gate('In deze handreiking leest u hoe u begint. Benoem hier de bron van uw cijfers.')
  ).toEqual([])
})
