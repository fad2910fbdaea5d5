import {describe, expect, test} from 'vitest'
import {parseContentFile, type Problem} from '../src/index.js'

const file = 'signals/2020/sig-2020-001.md'
const bytes = (text: string) => new TextEncoder().encode(text)
const run = (input: Uint8Array | string): Problem[] => parseContentFile(file, input).problems
const short = (problems: Problem[]) =>
  problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)

describe('bad input gives a clear problem, never a crash', () => {
  test.each<[string, Uint8Array | string, string]>([
    ['empty file', bytes(''), '1:1 file/empty Het bestand is leeg.'],
    ['only whitespace', bytes('\n  \n'), '1:1 file/empty Het bestand is leeg.'],
    [
      'binary file',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      '1:1 file/binary Het bestand is geen tekst maar een binair bestand.'
    ],
    [
      'UTF-16 with a byte order mark',
      new Uint8Array(Buffer.from('\ufeff---\ntitle: café\n---\n', 'utf16le')),
      '1:1 file/encoding Het bestand is opgeslagen als UTF-16 (in sommige editors heet dat "Unicode"), niet als UTF-8.'
    ],
    [
      'UTF-16 big-endian without one',
      new Uint8Array(Buffer.from('---\ntitle: café\n---\n', 'utf16le').swap16()),
      '1:1 file/encoding Het bestand is opgeslagen als UTF-16 (in sommige editors heet dat "Unicode"), niet als UTF-8.'
    ],
    [
      'invalid UTF-8',
      bytes('---\ntitle: caf\u00e9\n---\n').map((b, i, all) => (i === all.length - 6 ? 0xff : b)),
      '2:11 file/encoding Het bestand bevat tekens die geen geldige UTF-8 zijn.'
    ],
    [
      'latin-1 text',
      new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]),
      '2:4 file/encoding Het bestand bevat tekens die geen geldige UTF-8 zijn.'
    ],
    [
      'no frontmatter',
      'Alleen tekst.\n',
      '1:1 frontmatter/missing Het bestand begint niet met frontmatter (een blok tussen twee regels `---`).'
    ],
    [
      'frontmatter not closed',
      '---\ntitle: x\n',
      '1:1 frontmatter/unclosed De frontmatter wordt niet afgesloten: de tweede regel `---` ontbreekt.'
    ],
    [
      'frontmatter is a list',
      '---\n- a\n- b\n---\n',
      '2:1 frontmatter/not-a-mapping De frontmatter is een lijst, geen reeks velden.'
    ],
    [
      'frontmatter is a string',
      '---\ngewoon een zin\n---\n',
      '2:1 frontmatter/not-a-mapping De frontmatter is losse tekst, geen reeks velden.'
    ],
    [
      'YAML syntax error',
      '---\ntitle: "open\n---\n',
      '2:13 frontmatter/yaml Fout in de YAML van de frontmatter: er ontbreekt een teken (bijvoorbeeld een sluitend aanhalingsteken of haakje).'
    ],
    [
      'tab indent',
      '---\nsource:\n\tkind: x\n---\n',
      '3:1 frontmatter/yaml Fout in de YAML van de frontmatter: een tab wordt gebruikt om in te springen; gebruik spaties.'
    ],
    [
      'duplicate key',
      '---\ntitle: a\ntitle: b\n---\n',
      '3:1 frontmatter/duplicate-key Deze sleutel staat twee keer in de frontmatter.'
    ]
  ])('%s', (_name, input, expected) => {
    expect(short(run(input))[0]).toBe(expected)
  })

  test('a 5 MB file', () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x61)
    expect(short(run(big))).toEqual(['1:1 file/too-large Het bestand is 5,0 MB; de grens is 1 MB.'])
  })

  test('a date that does not exist', () => {
    const text = '---\nid: sig-2020-001\ndate: 2024-02-30\n---\n'
    expect(short(run(text))).toContain(
      '3:7 schema/invalid Ongeldige datum `2024-02-30` voor `date`: die dag bestaat niet.'
    )
  })

  test('an empty frontmatter block reports every missing key', () => {
    const problems = run('---\n---\nTekst\n')
    expect(problems.every((p) => p.ruleId === 'schema/missing-key' && p.line === 1)).toBe(true)
    expect(problems).toHaveLength(10)
  })

  test('a byte order mark is accepted', () => {
    expect(short(run('\ufeff---\n- a\n---\n'))).toEqual([
      '2:1 frontmatter/not-a-mapping De frontmatter is een lijst, geen reeks velden.'
    ])
  })

  test('Windows line ends keep the right lines', () => {
    const problems = run('---\r\nid: sig-2020-001\r\ndate: 2024-02-30\r\n---\r\n')
    expect(short(problems)).toContain(
      '3:7 schema/invalid Ongeldige datum `2024-02-30` voor `date`: die dag bestaat niet.'
    )
  })
})

describe('file locations', () => {
  test.each([
    [
      'guides/los.md',
      'Een gidspagina hoort in `guides/<gids>/<pagina>.md`: één map per gids, zonder submappen, met de extensie `.md`.'
    ],
    [
      'guides/gids/sub/pagina.md',
      'Een gidspagina hoort in `guides/<gids>/<pagina>.md`: één map per gids, zonder submappen, met de extensie `.md`.'
    ],
    [
      'guides/gids/pagina.mdx',
      'Een gidspagina hoort in `guides/<gids>/<pagina>.md`: één map per gids, zonder submappen, met de extensie `.md`.'
    ],
    [
      'guides/gids/Het Gesprek.md',
      'Map- en bestandsnamen van gidsen worden adressen op de site: gebruik kleine letters, cijfers en streepjes, zoals `het-gesprek-aangaan.md`.'
    ],
    [
      'signals/sig-2020-001.md',
      'Een signaal hoort in `signals/<jaar>/<id>.md`, bijvoorbeeld `signals/2021/sig-2021-004.md`.'
    ],
    [
      'consultations/2020/x.md',
      'Een consultatie hoort in `consultations/<id>.md`, zonder submappen.'
    ],
    [
      'vocabulary/sectors.yml',
      'De woordenlijst kent alleen `themes.yml`, `audiences.yml`, `instruments.yml`, `synonyms.yml`.'
    ],
    [
      'notities.md',
      'Inhoud hoort in `guides/`, `signals/`, `consultations/`, `responses/`, `facts/` of `vocabulary/`.'
    ]
  ])('%s', (path, hint) => {
    const [found] = parseContentFile(path, '---\ntitle: x\n---\n').problems
    expect(found).toMatchObject({
      ruleId: 'file/location',
      line: 1,
      column: 1,
      message: `Het bestand \`${path}\` staat niet op de goede plek.`,
      hint
    })
  })

  test('images and other assets beside guides are ignored', () => {
    expect(parseContentFile('guides/gids/schema.png', new Uint8Array([0])).kind).toBe('ignored')
  })
})
