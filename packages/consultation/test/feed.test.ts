import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {FeedError, guessThemes, parseConsultationFeed} from '../src/feed.js'
import {fixtureContent, loadFixture} from './helpers.js'

const feed = readFileSync(path.join(fixtureContent('feed'), '..', 'open-consultaties.xml'), 'utf8')

describe('parseConsultationFeed', () => {
  test.each([
    [
      '',
      'Dit is geen geldige XML (regel 1): dit is geen XML-document (er ontbreekt een begintag zoals `<consultaties>`).'
    ],
    [
      '<consultaties>',
      'Dit is geen geldige XML (regel 1, kolom 1): een tag is niet goed geopend of gesloten.'
    ],
    [
      '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY e SYSTEM "file:///etc/passwd">]><consultaties>&e;</consultaties>',
      'De feed verwijst naar externe entiteiten (`<!ENTITY … SYSTEM …>`); die worden om veiligheidsredenen niet gelezen. Gebruik de feed zoals internetconsultatie.nl hem geeft.'
    ],
    [
      `<consultaties><consultatie><titel>${'x'.repeat(6_000_000)}</titel></consultatie></consultaties>`,
      'De feed is te groot (6 MB; hoogstens 5 MB). Is dit wel de consultatiefeed?'
    ]
  ])('hostile feed %#: a Dutch FeedError', (xml, message) => {
    expect(() => parseConsultationFeed(xml)).toThrow(new FeedError(message))
  })

  test('a title longer than the limit is skipped with a Dutch problem', () => {
    const {items, problems} = parseConsultationFeed(
      `<consultaties><consultatie><titel>${'x'.repeat(2000)}</titel></consultatie></consultaties>`
    )
    expect(items).toEqual([])
    expect(problems).toEqual([
      'Consultatie 1 in de feed: de `<titel>` is 2000 tekens lang (hoogstens 1000) en de consultatie is overgeslagen.'
    ])
  })

  test('reads the internetconsultatie.nl feed fixture', () => {
    const {items, problems} = parseConsultationFeed(feed)
    expect(items).toEqual([
      {
        title:
          'Wijziging van de Participatiewet in verband met de vereenvoudiging van loonkostensubsidie',
        url: 'https://www.internetconsultatie.nl/loonkostensubsidie-vereenvoudiging',
        opens: '2024-03-01',
        closes: '2024-04-12',
        ministries: ['Sociale Zaken en Werkgelegenheid']
      },
      {
        title: 'Besluit inburgering & participatie',
        url: 'https://www.internetconsultatie.nl/inburgering_participatie',
        opens: '2024-02-05',
        closes: '2024-03-18',
        ministries: ['Sociale Zaken en Werkgelegenheid', 'Justitie en Veiligheid']
      },
      {
        title: 'Wet banenafspraak en quotum: nieuwe telling',
        url: 'https://www.internetconsultatie.nl/quotumtelling',
        closes: '2024-04-30',
        ministries: ['Sociale Zaken en Werkgelegenheid']
      },
      {
        title: 'Regeling over verkeersborden',
        opens: '2024-04-01',
        closes: '2024-05-15',
        ministries: ['Infrastructuur en Waterstaat']
      },
      {
        title: 'Vereenvoudiging van de Quotumwet',
        url: 'https://www.internetconsultatie.nl/quotumwet',
        opens: '2020-06-01',
        closes: '2020-07-01',
        ministries: ['Sociale Zaken en Werkgelegenheid']
      }
    ])
    expect(problems).toEqual([
      'Consultatie 3 in de feed (‘Wet banenafspraak en quotum: nieuwe telling’): `<startdatum>31-02-2024</startdatum>` is een dag die niet bestaat en is weggelaten.',
      'Consultatie 4 in de feed (‘Regeling over verkeersborden’): de url `ftp://example.org/borden` is geen http(s)-adres en is weggelaten.',
      'Consultatie 5 in de feed heeft geen `<titel>` en is overgeslagen.'
    ])
  })

  test.each([
    {
      xml: '<consultaties><consultatie></consultaties>',
      message:
        'Dit is geen geldige XML (regel 1, kolom 28): een tag is niet goed geopend of gesloten.'
    },
    {
      xml: '<?xml version="1.0"?><rss><channel/></rss>',
      message: 'Dit is geen consultatiefeed: verwacht `<consultaties>`, gevonden `<rss>`.'
    }
  ])('refuses $xml', ({xml, message}) => {
    expect(() => parseConsultationFeed(xml)).toThrow(new FeedError(message))
  })

  test('an empty feed has no items', () => {
    expect(parseConsultationFeed('<consultaties></consultaties>')).toEqual({
      items: [],
      problems: []
    })
  })

  test('never throws anything but FeedError on any input', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 200}), (text) => {
        try {
          parseConsultationFeed(text)
        } catch (error) {
          expect(error).toBeInstanceOf(FeedError)
        }
      })
    )
  })

  test('titles survive any text (entities are decoded once)', () => {
    const escape = (value: string) =>
      value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 does not allow in text
    const notInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/
    fc.assert(
      fc.property(
        fc
          .string({minLength: 1, maxLength: 60})
          .filter((t) => t.trim() !== '' && !notInXml.test(t)),
        (title) => {
          const {items} = parseConsultationFeed(
            `<consultaties><consultatie><titel>${escape(title)}</titel></consultatie></consultaties>`
          )
          expect(items[0]?.title).toBe(title.replace(/\s+/g, ' ').trim())
        }
      )
    )
  })
})

describe('guessThemes', async () => {
  const {vocabulary, signals} = await loadFixture('response')
  const data = signals.map((s) => s.data)
  test.each([
    ['Wet banenafspraak en quotum: nieuwe telling', ['banenafspraak']],
    ['Besluit inburgering & participatie', ['inburgering-en-werk']],
    ['Regeling over verkeersborden', []],
    ['Vereenvoudiging van de Quotumwet', ['banenafspraak']],
    // an instrument in the title: the theme its signals have most
    ['Vereenvoudiging van loonkostensubsidie', ['financiele-regelingen']],
    ['Jobcoach en quotum', ['banenafspraak', 'regeldruk']]
  ])('%s', (title, themes) => {
    expect(guessThemes(title, vocabulary, data)).toEqual(themes)
  })

  test('without signals an instrument brings no theme', () => {
    expect(guessThemes('Vereenvoudiging van loonkostensubsidie', vocabulary)).toEqual([])
  })
})
