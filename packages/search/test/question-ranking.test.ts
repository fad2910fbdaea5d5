// The ranking of full-sentence questions, and how their matched words are reported, over small indexes.
import {describe, expect, test} from 'vitest'
import {
  SearchIndex,
  buildSearchIndex,
  highlight,
  indexTerms,
  passages,
  queryWords,
  splitSections,
  stem
} from '../src/index.js'
import {headingMeasure} from '../src/question-features.js'
import {indexOf, page, vocabulary} from './fixtures.js'

describe('questions', () => {
  test('question words and filler weigh nothing; a number with its unit is one word, either way round and in words', () => {
    expect(
      queryWords('wie betaalt de jobcoach als ik iemand aanneem').map((word) => word.norm)
    ).toEqual(['betaalt', 'jobcoach', 'aanneem'])
    expect(queryWords('mijn werknemer zit al 6 weken thuis').map((word) => word.norm)).toEqual([
      'werknemer',
      '6week',
      'thuis'
    ])
    expect(queryWords('wat moet ik doen in week 42').map((word) => word.norm)).toEqual(['42week'])
    // Pronouns name no subject either ("wat doet de arbodienst voor mij").
    expect(
      queryWords('wat doet de arbodienst voor mij en voor hem').map((word) => word.norm)
    ).toEqual(['arbodienst'])
    expect(queryWords('loon doorbetalen, twee jaar?').map((word) => word.norm)).toEqual([
      'loon',
      'doorbetalen',
      '2jaar'
    ])
    expect(queryWords('hoe lang duurt het').map((word) => word.norm)).toEqual(['duurt'])
    expect(indexTerms('uiterlijk week 6 en tot 104 weken')).toEqual(
      expect.arrayContaining(['6week', '104week'])
    )
  })

  test('a verb form, an -ing noun and a diminutive share a root with their relatives', () => {
    expect(indexTerms('Wie begeleidt de medewerker?')).toContain(indexTerms('begeleiding').at(-1))
    expect(indexTerms('een lijstje')).toContain('lijst')
    expect(indexTerms('het moment')).toEqual(['moment'])
    expect(indexTerms('Hoe combineert u instrumenten?')).toContain(stem('combineren'))
    expect(indexTerms('een expert')).toEqual(['expert'])
  })

  test('a hyphenated question word also meets its parts, two-letter ones too', () => {
    expect(queryWords('wat regelt de hr-adviseur')).toEqual([
      {norm: 'regelt', stem: 'regelt', stopword: false, root: 'regel'},
      {norm: 'hradviseur', stem: 'hradviseur', stopword: false, parts: ['hr', 'adviseur']}
    ])
    const index = indexOf([
      page(
        'lijst',
        'Lijsten',
        'Lijsten per rol.\n\n## Checklist voor HR\n\nIk weet welke taken passen.\n\n## Checklist voor de inkoper\n\nIk schrijf de aanbesteding.\n'
      )
    ])
    expect(index.search('wat moet ik als hr-adviseur regelen', {limit: 1})[0]?.url).toBe(
      '/gidsen/gids/lijst#checklist-voor-hr'
    )
  })

  const pages = [
    page(
      'index',
      'Ziek en beter',
      'Over ziekte.\n\n## Wat doet u eerst?\n\nBel de medewerker op de eerste dag.\n\n## Welke termijnen gelden?\n\n| wanneer | wat |\n| --- | --- |\n| week 6 | **probleemanalyse** door de bedrijfsarts |\n| week 42 | ziekmelding bij UWV |\n'
    ),
    page(
      'jobcoach',
      'Begeleiding',
      '## Wat is een jobcoach?\n\nEen jobcoach begeleidt de medewerker op de werkplek.\n\n## Wie betaalt de jobcoach?\n\nDe jobcoach kost geld. Vaak betaalt UWV of de gemeente de jobcoach, onder voorwaarden.\n\n- Een interne jobcoach betaalt u zelf.\n- Een externe jobcoach vraagt u aan.\n'
    )
  ]
  const index = indexOf(pages)

  test('the section that answers comes first, before the page and its other sections', () => {
    expect(index.search('wie betaalt eigenlijk de jobcoach van mijn medewerker?')[0]!.url).toBe(
      '/gidsen/gids/jobcoach#wie-betaalt-de-jobcoach'
    )
    expect(index.search('wat is een jobcoach precies')[0]!.url).toBe(
      '/gidsen/gids/jobcoach#wat-is-een-jobcoach'
    )
    expect(index.search('mijn medewerker is 6 weken ziek, wat nu?')[0]!.url).toBe(
      '/gidsen/gids/#welke-termijnen-gelden'
    )
  })

  test('a table is rendered row by row as "kolom: waarde", without pipes or Markdown', () => {
    const text = splitSections(pages[0]!.body).sections[1]!.text
    expect(text).toBe(
      'wanneer: week 6; wat: probleemanalyse door de bedrijfsarts\n\nwanneer: week 42; wat: ziekmelding bij UWV'
    )
    expect(passages('Eerste zin. Tweede zin? "Derde" zin.\n\nEen lijstpunt')).toEqual([
      'Eerste zin.',
      'Tweede zin?',
      '"Derde" zin.',
      'Een lijstpunt'
    ])
  })

  test('a list item that opens with a one-word label keeps it in the passage after it', () => {
    expect(
      passages(
        'Cateringmedewerker. Helpt in het bedrijfsrestaurant. Of bij vergaderingen.\n\nGastheer of gastvrouw. Ontvangt bezoekers.\n\nDit is een gewone zin. Nog een.'
      )
    ).toEqual([
      'Cateringmedewerker. Helpt in het bedrijfsrestaurant.',
      'Of bij vergaderingen.',
      'Gastheer of gastvrouw.',
      'Ontvangt bezoekers.',
      'Dit is een gewone zin.',
      'Nog een.'
    ])
  })

  test('the snippet is the passage that answers, with the matched words marked', () => {
    const result = index.search('wie betaalt de jobcoach')[0]!
    const snippet = index.snippet(result)
    expect(snippet).toBe('Vaak betaalt UWV of de gemeente de jobcoach, onder voorwaarden.')
    expect(
      highlight(snippet!, result.matched)
        .filter((segment) => segment.mark)
        .map((segment) => segment.text)
    ).toEqual(['betaalt', 'jobcoach'])
    const row = index.search('wat gebeurt er in week 42')[0]!
    expect(index.snippet(row)).toBe('wanneer: week 42; wat: ziekmelding bij UWV')
    expect(
      highlight(index.snippet(row)!, row.matched)
        .filter((segment) => segment.mark)
        .map((segment) => segment.text)
    ).toEqual(['week', '42'])
  })
})

describe('synonyms of more than one word', () => {
  const built = buildSearchIndex(
    [
      page(
        'markt',
        'De arbeidsmarkt',
        '## Krap\n\nDe arbeidsmarkt is krap.\n\n## Afstand\n\nMensen met een afstand tot de arbeidsmarkt krijgen hulp.\n'
      )
    ],
    {
      ...vocabulary,
      synonyms: [
        {term: 'arbeidsbeperking', label: 'arbeidsbeperking', also: ['afstand tot de arbeidsmarkt']}
      ]
    }
  )
  const index = new SearchIndex(built.core, built.shards)
  index.addTextTerms(built.terms)

  test('mark their words only where the whole synonym is, not one of its words alone', () => {
    const results = index.search('arbeidsbeperking')
    const matched = (anchor: string) =>
      results.find((result) => result.url === `/gidsen/gids/markt#${anchor}`)?.matched
    expect(matched('afstand')).toEqual(['afstand', 'arbeidsmarkt'])
    expect(matched('krap')).toEqual([])
    const krap = results.find((result) => result.url === '/gidsen/gids/markt#krap')!
    expect(highlight(index.snippet(krap)!, krap.matched).filter((segment) => segment.mark)).toEqual(
      []
    )
  })
})

describe('long questions', () => {
  // "medewerker", "nieuwe" and "werk" are everywhere; "leidinggevende" is in one section.
  const common = (n: number) =>
    `## Onderwerp ${n}\n\nEen nieuwe medewerker leert het werk. De medewerker krijgt nieuwe taken op het werk.\n`
  const pages = [
    page('index', 'Algemeen', [1, 2, 3, 4, 5, 6].map(common).join('\n')),
    page(
      'team',
      'Het team',
      '## Tijd en training\n\nHelp de leidinggevende: geef tijd en training.\n\n## Collega\n\nDe nieuwe medewerker leert het nieuwe werk van een collega.\n'
    ),
    page(
      'afspraken',
      'Afspraken',
      '## Wat telt mee?\n\nDe leverancier telt elke afspraak over banen.\n\n## Wat als de afspraak niet wordt gehaald?\n\nBegin met een gesprek met de leverancier.\n'
    )
  ]
  const index = indexOf(pages)

  test('a section holding the rare word of a question beats one holding more of its common words', () => {
    expect(
      index.search('hoe help ik de leidinggevende van een nieuwe medewerker op het werk')[0]!.url
    ).toBe('/gidsen/gids/team#tijd-en-training')
  })

  test('a past participle meets the other forms of its verb', () => {
    expect(indexTerms('De afspraak is gehaald.')).toEqual(
      expect.arrayContaining([...queryWords('haalt').map((word) => word.root)])
    )
    expect(index.search('de leverancier haalt de afspraak niet, wat nu')[0]!.url).toBe(
      '/gidsen/gids/afspraken#wat-als-de-afspraak-niet-wordt-gehaald'
    )
  })

  test('a written-out word meets the compounds it is the head of: a "loonkostensubsidie" is a "subsidie"', () => {
    const other = (slug: string) =>
      page(
        slug,
        `Over ${slug}`,
        `## Het ${slug}\n\nHet ${slug} van een kandidaat met een arbeidsbeperking.\n`
      )
    const compounds = indexOf([
      page(
        'plaatsing',
        'Eerste plaatsing',
        '## Wat vraagt u eerst op?\n\nVraag bij UWV op of de kandidaat een arbeidsbeperking heeft. Dan weet u of er subsidie mogelijk is.\n\n## Loonkostensubsidie\n\nDe gemeente betaalt een deel van het loon van een kandidaat met een arbeidsbeperking.\n'
      ),
      other('contract'),
      other('rooster'),
      other('werkplek')
    ])
    expect(
      compounds.search('welke subsidie is er als ik iemand met een arbeidsbeperking aanneem')[0]!
        .url
    ).toBe('/gidsen/gids/plaatsing#loonkostensubsidie')
    // Only the head: a word at the start or inside a compound ("kosten" in "loonkostensubsidie") is no kind of it.
    const heads = (word: string) =>
      compounds.dictionary
        .match([word])
        .filter((match) => match.head === true)
        .map((match) => compounds.dictionary.terms[match.term])
    expect(heads('subsidie')).toEqual(['loonkostensubsidie'])
    expect(heads('kosten')).toEqual([])
    expect(heads('loon')).toEqual([])
  })

  test('two neighbouring question words that the index knows as one compound also name it', () => {
    // "doelgroep" and "register" are common here; the compound is not, and a split compound means the compound.
    const other = (n: number) =>
      page(
        `p${n}`,
        `Pagina ${n}`,
        `## Onderwerp ${n}\n\nOver de doelgroep en een register, deel ${n}.\n`
      )
    const index = indexOf([
      page(
        'register',
        'Het register',
        '## Het doelgroepregister\n\nUWV houdt het doelgroepregister bij.\n'
      ),
      page(
        'doelgroep',
        'De doelgroep',
        '## Wie is de doelgroep?\n\nDe doelgroep staat in een register van de gemeente.\n'
      ),
      other(1),
      other(2),
      other(3),
      other(4)
    ])
    const results = index.search('hoe kom ik in het doelgroep register als kandidaat')
    expect(results.slice(0, 2).map((result) => result.url)).toEqual([
      '/gidsen/gids/register#het-doelgroepregister',
      '/gidsen/gids/doelgroep#wie-is-de-doelgroep'
    ])
    expect(results[0]!.matched).toEqual(['doelgroepregister', 'register'])
  })

  test('a heading that promises a period or an amount answers "wanneer" and "hoeveel"', () => {
    expect(headingMeasure('Welke stappen en termijnen gelden?')).toBe(1)
    expect(headingMeasure('Hoe lang duurt een proefplaatsing?')).toBe(1)
    expect(headingMeasure('Wat kost uitval de organisatie?')).toBe(2)
    expect(headingMeasure('Hoeveel banen zijn er?')).toBe(3)
    expect(headingMeasure('Wat doet de bedrijfsarts?')).toBe(0)
    const index = indexOf([
      page(
        'rollen',
        'Rollen bij verzuim',
        '## Wat doet de arbodienst?\n\nDe arbodienst levert de bedrijfsarts. De bedrijfsarts maakt bij ziekte de probleemanalyse, uiterlijk na 6 weken, en zegt wat de medewerker nog kan.\n'
      ),
      page(
        'poortwachter',
        'Bij een ziekmelding',
        '## Welke stappen en termijnen gelden?\n\n| wanneer | wat |\n| --- | --- |\n| uiterlijk na 6 weken | probleemanalyse door de bedrijfsarts |\n| uiterlijk na 8 weken | plan van aanpak |\n'
      )
    ])
    expect(
      index
        .search('wanneer moet de bedrijfsarts de probleemanalyse klaar hebben')
        .map((result) => result.url)
    ).toEqual([
      '/gidsen/gids/poortwachter#welke-stappen-en-termijnen-gelden',
      '/gidsen/gids/rollen#wat-doet-de-arbodienst'
    ])
    // Without the asking word the heading promises nothing: the section that says more about the bedrijfsarts leads.
    expect(index.search('bedrijfsarts probleemanalyse klaar')[0]!.url).toBe(
      '/gidsen/gids/rollen#wat-doet-de-arbodienst'
    )
  })

  test('a derivational suffix is no head: "lijkt" meets neither "moeilijk" nor "duidelijke"', () => {
    const index = indexOf([
      page(
        'twijfel',
        'Twijfel',
        '## Wat doet u als u twijfelt?\n\nVeel leidinggevenden twijfelen. Ze willen zich niet bemoeien. Een medewerker lijkt het zwaar te hebben: vraag hoe het gaat.\n'
      ),
      page(
        'werk',
        'Werk aanpassen',
        '## Wat is mogelijk?\n\nHet is moeilijk, maar mogelijk: maak duidelijke en redelijke afspraken. Maatschappelijk en wettelijk is het gewenst, natuurlijk ook tijdelijk.\n'
      )
    ])
    const matched = (word: string) =>
      index.dictionary
        .match([word])
        .map((match) => index.dictionary.terms[match.term])
        .sort()
    expect(matched('lijk')).toEqual(['lijk', 'lijkt'])
    expect(matched('heid')).toEqual([])
    // Still a word that starts with it: "lijken" for "lijk".
    expect(indexTerms('het lijken')).toEqual(['lijk'])
    expect(
      index.search('ik twijfel of een medewerker het zwaar lijkt te hebben', {limit: 1})[0]!.url
    ).toBe('/gidsen/gids/twijfel#wat-doet-u-als-u-twijfelt')
    // Each section is matched by its own words only: "moeilijk" is no kind of "lijk".
    expect(
      Object.fromEntries(
        index.search('het lijkt moeilijk').map((result) => [result.url, result.matched])
      )
    ).toEqual({
      '/gidsen/gids/werk#wat-is-mogelijk': ['moeilijk'],
      '/gidsen/gids/twijfel#wat-doet-u-als-u-twijfelt': ['lijk', 'lijkt']
    })
  })

  test('a compound the index does not hold meets its head: an "arbeidscontract" is a "contract"', () => {
    const compounds = indexOf([
      page(
        'contract',
        'Het eerste contract',
        '## Welk contract biedt u aan?\n\nEen contract van een jaar is gewoon. De arbeid begint op maandag.\n'
      ),
      page('rooster', 'Het rooster', '## Werktijden\n\nHet rooster van de kandidaat.\n'),
      page('werk', 'Het werk', '## Afloop\n\nEen werkcontract loopt af. Het werk blijft.\n')
    ])
    // Split into two terms of the index, a linking "s" left out: "arbeid" + "contract".
    expect(compounds.dictionary.compoundHead('arbeidscontract')).toBe(
      compounds.dictionary.id('contract')
    )
    expect(compounds.dictionary.compoundHead('roostercontract')).toBe(
      compounds.dictionary.id('contract')
    )
    // The modifier must be a term too: no "contract" out of a made-up word.
    expect(compounds.dictionary.compoundHead('pqrcontract')).toBeUndefined()
    const results = compounds.search('wat voor arbeidscontract moet ik aanbieden')
    expect(results[0]!.url).toBe('/gidsen/gids/contract#welk-contract-biedt-u-aan')
    expect(results[0]!.matched).toContain('contract')
    // A slip of a word the index holds is no compound: "werkscontract" is "werkcontract" mistyped, not a kind of "contract".
    expect(compounds.search('werkscontract')[0]!.matched).toEqual(['werkcontract'])
  })
})
