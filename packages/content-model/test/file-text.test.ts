import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import fc from 'fast-check'
import type matter from 'gray-matter'
import {describe, expect, test} from 'vitest'
import {
  cutFrontmatter,
  frontmatterKeyAtLine,
  joinFile,
  normaliseFileText,
  readFrontmatterData,
  setFrontmatterValue,
  splitFile,
  todayInAmsterdam
} from '../src/file-text/index.js'
import {splitFrontmatter} from '../src/index.js'

const grayMatter = createRequire(import.meta.url)('gray-matter') as typeof matter

describe('splitFile', () => {
  test('a page whose opening `---` has a trailing space has frontmatter', () => {
    const page = '--- \ntitle: Een pagina\nstatus: concept\n---\n\nTekst.\n'
    expect(splitFile(page)).toEqual({
      frontmatter: 'title: Een pagina\nstatus: concept\n',
      body: '\nTekst.\n',
      bodyLine: 5,
      hasFrontmatter: true
    })
    expect(splitFrontmatter('a.md', page).split).toEqual({
      yaml: ' \ntitle: Een pagina\nstatus: concept',
      body: '\nTekst.\n',
      bodyLine: 5
    })
  })

  test('join gives back the text split took apart', () => {
    for (const page of [
      '---\ntitle: A\n---\nTekst.\n',
      '---\n---\n',
      '---\n\n---\nx',
      '---\na: 1\n---\n'
    ]) {
      expect(joinFile(splitFile(page))).toBe(page)
    }
  })

  test('a file without a closed block is all body', () => {
    expect(splitFile('Tekst.\n')).toEqual({
      frontmatter: '',
      body: 'Tekst.\n',
      bodyLine: 1,
      hasFrontmatter: false
    })
    expect(splitFile('---\ntitle: A\n')).toEqual({
      frontmatter: '',
      body: '---\ntitle: A\n',
      bodyLine: 1,
      hasFrontmatter: false
    })
    expect(cutFrontmatter('---\ntitle: A\n')).toEqual({kind: 'unclosed'})
    expect(cutFrontmatter('----\n---\n')).toEqual({kind: 'missing'})
  })

  test('a byte order mark and Windows line ends are normalised', () => {
    expect(normaliseFileText('\uFEFF---\r\na: 1\r\n---\r\nx\r\n')).toBe('---\na: 1\n---\nx\n')
    expect(splitFile('\uFEFF---\r\na: 1\r\n---\r\nx\r\n')).toEqual({
      frontmatter: 'a: 1\n',
      body: 'x\n',
      bodyLine: 4,
      hasFrontmatter: true
    })
  })

  // Docusaurus reads frontmatter with gray-matter: the one splitter must cut where it cuts, for every text the content model accepts.
  test('cuts where gray-matter cuts', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '---',
        '--- ',
        '---\t',
        '----',
        '---x',
        '',
        ' ',
        '# note',
        'title: A',
        'a: "---"',
        '  - b'
      ),
      fc.string({unit: fc.constantFrom('-', ' ', '\t', 'a', ':', '#', '\r')})
    )
    fc.assert(
      fc.property(
        fc.array(line, {maxLength: 8}),
        fc.constantFrom('---', '--- ', '---  \t'),
        (lines, opening) => {
          const source = normaliseFileText([opening, ...lines].join('\n'))
          const cut = cutFrontmatter(source)
          // A lone `\r` before `\r\n` leaves a `\r\n` after one pass; the readers see the text as normalised once.
          if (cut.kind !== 'block' || normaliseFileText(source) !== source) return
          let seen: string | undefined
          const engine = {parse: (text: string) => ((seen = text), {}), stringify: () => ''}
          const parsed = grayMatter(source, {engines: {yaml: engine}, language: 'yaml'})
          expect(source.slice(cut.bodyStart)).toBe(parsed.content)
          const split = splitFrontmatter('a.md', source).split!
          expect(split.yaml).toBe(seen)
          expect(split.body).toBe(parsed.content)
        }
      ),
      {numRuns: 2000}
    )
  })
})

describe('frontmatter edits through the YAML Document', () => {
  const frontmatter = '# opmerking\ntitle: "Een pagina"\nstatus: concept\nthemes: [werving]\n'

  test('a value changes and comments and quoting stay', () => {
    expect(setFrontmatterValue(frontmatter, ['status'], 'gepubliceerd')).toBe(
      '# opmerking\ntitle: "Een pagina"\nstatus: gepubliceerd\nthemes: [werving]\n'
    )
    expect(setFrontmatterValue(frontmatter, ['themes'], ['werving', 'begeleiding'])).toBe(
      '# opmerking\ntitle: "Een pagina"\nstatus: concept\nthemes: [werving, begeleiding]\n'
    )
    expect(setFrontmatterValue(frontmatter, ['themes'], [])).toBe(
      '# opmerking\ntitle: "Een pagina"\nstatus: concept\n'
    )
    expect(readFrontmatterData(setFrontmatterValue('', ['source', 'kind'], 'werkgever'))).toEqual({
      source: {kind: 'werkgever'}
    })
    expect(setFrontmatterValue(frontmatter, ['title'], 'Nieuw: titel')).toBe(
      '# opmerking\ntitle: "Nieuw: titel"\nstatus: concept\nthemes: [werving]\n'
    )
    expect(setFrontmatterValue('status: concept # nog niet af\n', ['status'], 'ingediend')).toBe(
      'status: ingediend # nog niet af\n'
    )
  })

  test('property: any body and any title survive split, set and join', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, body) => {
        const file = joinFile({frontmatter: 'title: x\n', body: normaliseFileText(body)})
        const split = splitFile(file)
        expect(split.body).toBe(normaliseFileText(body))
        const next = splitFile(
          joinFile({
            frontmatter: setFrontmatterValue(split.frontmatter, ['title'], title),
            body: split.body
          })
        )
        expect(next.body).toBe(split.body)
        expect(readFrontmatterData(next.frontmatter).title).toBe(title === '' ? undefined : title)
      })
    )
  })

  test('data and the key of a line', () => {
    expect(readFrontmatterData(frontmatter)).toEqual({
      title: 'Een pagina',
      status: 'concept',
      themes: ['werving']
    })
    expect(readFrontmatterData('- a\n')).toEqual({})
    expect(frontmatterKeyAtLine(frontmatter, 3)).toBe('title')
    expect(frontmatterKeyAtLine(frontmatter, 5)).toBe('themes')
    expect(frontmatterKeyAtLine(frontmatter, 1)).toBeUndefined()
  })
})

describe('todayInAmsterdam', () => {
  test('is the date in the Netherlands, whatever the machine runs in', () => {
    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(todayInAmsterdam(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31')
    expect(todayInAmsterdam(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01')
    expect(todayInAmsterdam(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02')
  })
})

test('the file-text entry imports nothing from Node', () => {
  const folder = new URL('../src/file-text/', import.meta.url)
  for (const name of readdirSync(folder)) {
    const source = readFileSync(new URL(name, folder), 'utf8')
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1])
    expect(
      imports.filter((specifier) => specifier !== 'yaml' && !specifier!.startsWith('./')),
      name
    ).toEqual([])
  }
})
