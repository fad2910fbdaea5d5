import {describe, expect, test} from 'vitest'
import {
  buildSearchIndex,
  expandQuery,
  fold,
  highlight,
  indexTerms,
  parseSearchUrl,
  queryWords,
  searchUrl,
  splitSections,
  stem,
  summarise
} from '../src/index.js'
import * as api from '../src/index.js'
import {indexOf, page, vocabulary} from './fixtures.js'

test('the public API', () => {
  expect(Object.keys(api).sort()).toEqual(
    [
      'SearchIndex',
      'buildSearchIndex',
      'expandQuery',
      'fold',
      'headingAnchors',
      'highlight',
      'indexTerms',
      'inlineText',
      'parseSearchUrl',
      'passages',
      'phraseTerms',
      'queryWords',
      'runQuery',
      'searchUrl',
      'splitSections',
      'stem',
      'stopwords',
      'suggest',
      'summarise',
      'words'
    ].sort()
  )
})

describe('normalisation', () => {
  test.each([
    ['Reïntegratie', 'reintegratie'],
    ['coördinator', 'coordinator'],
    ['FINANCIËLE', 'financiele'],
    ['privé', 'prive']
  ])('fold(%s) = %s', (input, expected) => expect(fold(input)).toBe(expected))

  test('joiners inside words go, hyphenated words also give their parts (of three letters or more), stopwords are dropped', () => {
    expect(indexTerms('De RI&E en re-integratie')).toEqual(['rie', 'reintegratie', 'integratie'])
    expect(queryWords('wat doet een bedrijfsarts bij verzuim').map((word) => word.norm)).toEqual([
      'bedrijfsarts',
      'verzuim'
    ])
    expect(queryWords('wat doet het').map((word) => word.norm)).toEqual(['wat', 'doet', 'het'])
  })
})

describe('stemming', () => {
  test.each([
    ['banen', 'baan'],
    ['werkgevers', 'werkgever'],
    ['mogelijkheden', 'mogelijkheid'],
    ['jobcoaches', 'jobcoach'],
    ['organisaties', 'organisatie'],
    ['kandidaten', 'kandidaat'],
    ['ondernemingsraden', 'ondernemingsraad'],
    ['processen', 'proces'],
    ['regelingen', 'regeling']
  ])('%s and %s share a stem', (plural, singular) => expect(stem(plural)).toBe(stem(singular)))

  test("an apostrophe plural loses its 's", () => {
    expect(indexTerms("buddy's en regio's")).toEqual([stem('buddy'), stem('regio')])
  })

  test('short words and numbers stay as they are', () => {
    expect(stem('or')).toBe('or')
    expect(stem('125000')).toBe('125000')
  })
})

describe('synonym expansion', () => {
  const groups = vocabulary.synonyms.map((synonym) =>
    [synonym.term, synonym.label, ...(synonym.also ?? [])].map((member) => api.phraseTerms(member))
  )

  test('an abbreviation gets its full form', () => {
    expect(expandQuery(queryWords('LKS aanvragen'), groups)).toEqual([
      {spellings: ['lks', 'lks'], expansions: [['loonkostensubsidie']]},
      {spellings: [stem('aanvragen'), 'aanvragen'], expansions: []}
    ])
  })

  test('a phrase member expands each word it covers', () => {
    const clauses = expandQuery(queryWords('psychische klachten'), groups)
    expect(clauses).toHaveLength(2)
    for (const clause of clauses) expect(clause.expansions).toContainEqual(['burnout'])
  })

  test('RI&E, RIE and ri&e are one term', () => {
    expect(expandQuery(queryWords('ri&e'), groups)[0]!.spellings[0]).toBe('rie')
  })
})

describe('sections and anchors', () => {
  test('split at h2 with Docusaurus anchors: one slugger per page, duplicates numbered, code fences skipped', () => {
    const split = splitSections(
      'Intro met **nadruk**.\n\n## Wat doet u?\n\nTekst [met link](/x).\n\n### Wat doet u?\n\n```\n## geen kop\n```\n\n## Wat doet u?\n\nMeer.\n\n## Eigen {#eigen-id}\n'
    )
    expect(split.intro).toBe('Intro met nadruk.')
    expect(split.sections.map((section) => [section.heading, section.anchor])).toEqual([
      ['Wat doet u?', 'wat-doet-u'],
      ['Wat doet u?', 'wat-doet-u-2'],
      ['Eigen', 'eigen-id']
    ])
    expect(split.sections[0]!.text).toBe('Tekst met link.\n\nWat doet u?')
  })

  test('summaries are cut at a word boundary', () => {
    expect(summarise('een twee drie vier', 12)).toBe('een twee…')
    expect(summarise('kort', 12)).toBe('kort')
  })
})

describe('ranking', () => {
  const pages = [
    page(
      'index',
      'Begeleiding op het werk',
      '## Over deze gids\n\nEen jobcoach helpt soms. Een jobcoach is handig. Jobcoach jobcoach.\n'
    ),
    page(
      'jobcoach',
      'Een jobcoach inzetten',
      '## Jobcoach\n\nWat u moet weten.\n\n## Kosten\n\nDe jobcoach kost geld.\n'
    ),
    page('psyche', 'Psychische klachten', "## Signalen\n\nLet op overspannen collega's.\n", {
      themes: ['psychische-gezondheid'],
      audiences: ['leidinggevenden']
    })
  ]
  const index = indexOf(pages)

  test('an exact heading match comes first, even when other sections use the word more often', () => {
    const results = index.search('jobcoach')
    expect(results[0]!.url).toBe('/gidsen/gids/jobcoach#jobcoach')
    expect(results.map((result) => result.url)).toContain('/gidsen/gids/#over-deze-gids')
  })

  test('typos, synonyms and missing diacritics still find the section', () => {
    expect(index.search('jobcoch')[0]!.url).toBe('/gidsen/gids/jobcoach#jobcoach')
    expect(index.search('burn-out')[0]!.url).toBe('/gidsen/gids/psyche')
    expect(index.search('psychische klachten')[0]!.matched).toContain('psychische')
  })

  test('filters keep only records with the theme or audience', () => {
    expect(index.search('jobcoach', {themes: ['psychische-gezondheid']})).toEqual([])
    expect(
      index.search('signalen', {audiences: ['leidinggevenden']}).map((result) => result.url)
    ).toEqual(['/gidsen/gids/psyche#signalen'])
  })

  test('a record of the page itself has no heading; summaries come from the shards', () => {
    const result = index.search('psychische klachten')[0]!
    expect(result.heading).toBeUndefined()
    expect(index.summary(result.id)).toBe('Over psychische klachten.')
  })

  test('nothing found gives suggestions from the site and vocabulary', () => {
    expect(index.search('qwertyuiop')).toEqual([])
    expect(index.suggest('jobcoack')).toEqual({
      words: ['jobcoach'],
      themes: [
        {id: 'begeleiding', label: 'Begeleiding en jobcoaching'},
        {id: 'psychische-gezondheid', label: 'Psychische gezondheid op het werk'}
      ]
    })
  })

  test('the same pages give the same index, byte for byte', () => {
    expect(JSON.stringify(buildSearchIndex([...pages].reverse(), vocabulary))).toBe(
      JSON.stringify(buildSearchIndex(pages, vocabulary))
    )
  })
})

test('a heading typed in full wins, even when it is nothing but stopwords', () => {
  const index = indexOf([
    page('index', 'Start', '## Wat doet u?\n\nIets.\n\n## Wat kunt u nu doen?\n\nBegin vandaag.\n'),
    page('twee', 'Twee', '## Wat kunt u nu doen?\n\nBel ons.\n', {
      themes: ['psychische-gezondheid']
    })
  ])
  expect(index.search('wat kunt u nu doen').map((result) => result.url)).toEqual([
    '/gidsen/gids/#wat-kunt-u-nu-doen',
    '/gidsen/gids/twee#wat-kunt-u-nu-doen'
  ])
  expect(
    index
      .search('Wat kunt u nu doen?', {themes: ['psychische-gezondheid']})
      .map((result) => result.url)
  ).toEqual(['/gidsen/gids/twee#wat-kunt-u-nu-doen'])
})

test('highlight marks matched words, whatever their form', () => {
  expect(highlight('Twee jobcoaches en een Jobcoach', [stem('jobcoach')])).toEqual([
    {text: 'Twee ', mark: false},
    {text: 'jobcoaches', mark: true},
    {text: ' en een ', mark: false},
    {text: 'Jobcoach', mark: true}
  ])
})

test('the results page address holds the query and every filter', () => {
  const url = searchUrl({
    q: ' LKS aanvragen ',
    themes: ['begeleiding'],
    audiences: ['werkgevers', 'leidinggevenden']
  })
  expect(url).toBe(
    '/zoeken?q=LKS+aanvragen&thema=begeleiding&doelgroep=werkgevers&doelgroep=leidinggevenden'
  )
  expect(parseSearchUrl(url.slice('/zoeken'.length))).toEqual({
    q: 'LKS aanvragen',
    themes: ['begeleiding'],
    audiences: ['werkgevers', 'leidinggevenden']
  })
})
