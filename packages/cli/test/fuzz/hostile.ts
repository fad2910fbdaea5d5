import fc from 'fast-check'

/**
 * Generated hostile input for the fuzz suite: what a broken editor, a bad
 * copy-paste or a deliberate attacker could put in a content file. Each
 * arbitrary is a family from issue 14 (deep nesting of every container, long
 * delimiter runs, huge lines, odd encodings, odd YAML).
 */

/** Container shapes, each as text nested `depth` deep around a core. */
const containers: Record<string, (depth: number) => string> = {
  quote: (d) => `${'> '.repeat(d)}x`,
  quoteTight: (d) => `${'>'.repeat(d)}`,
  bullet: (d) => Array.from({length: d}, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
  bulletOneLine: (d) => `${'- '.repeat(d)}x`,
  ordered: (d) => Array.from({length: d}, (_, i) => `${'   '.repeat(i)}1. x`).join('\n'),
  quoteList: (d) => `${'> - '.repeat(d)}x`,
  emphasis: (d) => `${'*'.repeat(d)}x${'*'.repeat(d)}`,
  underscore: (d) => `${'_'.repeat(d)}x${'_'.repeat(d)}`,
  mixedEmphasis: (d) => `${'*_'.repeat(d)}x${'_*'.repeat(d)}`,
  strike: (d) => `${'~'.repeat(d)}x${'~'.repeat(d)}`,
  link: (d) => `${'['.repeat(d)}x${'](u)'.repeat(d)}`,
  image: (d) => `${'!['.repeat(d)}x${'](u.png)'.repeat(d)}`,
  brackets: (d) => `${'['.repeat(d)}${']'.repeat(d)}`,
  openBrackets: (d) => '['.repeat(d),
  parens: (d) => `[x](${'('.repeat(d)}${')'.repeat(d)})`,
  html: (d) => `${'<div>'.repeat(d)}x${'</div>'.repeat(d)}`,
  htmlBlock: (d) => Array.from({length: d}, () => '<div>\n').join('') + 'x',
  inlineHtml: (d) => `a ${'<span>'.repeat(d)}x${'</span>'.repeat(d)}`,
  code: (d) => `${'`'.repeat(d)}x${'`'.repeat(d - 1)}`,
  headingRun: (d) => `${'#'.repeat(d)} x`,
  table: (d) => `| a |\n| - |\n${'| x '.repeat(d)}|`,
  reference: (d) => `${'[x]'.repeat(d)}\n\n[x]: ${'<'.repeat(d)}`,
  entity: (d) => '&amp;'.repeat(d) + '&#'.repeat(d),
  footnote: (d) => `${'[^x]'.repeat(d)}\n\n[^x]: y`
}

/** One container shape nested up to a depth far beyond the budget. */
export const nested = fc
  .tuple(fc.constantFrom(...Object.keys(containers)), fc.integer({min: 1, max: 6_000}))
  .map(([shape, depth]) => containers[shape]!(depth))

/** A run of one delimiter or of a short pattern, up to 40,000 characters. */
export const delimiterRun = fc
  .tuple(
    fc.constantFrom(
      '*',
      '_',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '!',
      '`',
      '~',
      '#',
      '-',
      '=',
      '|',
      '\\',
      '&',
      '*_',
      '[]',
      '](',
      '<a',
      '> -',
      '- >',
      '\n'
    ),
    fc.integer({min: 1, max: 20_000})
  )
  .map(([unit, n]) => unit.repeat(Math.min(n, Math.floor(40_000 / unit.length))))

/** One very long line (the file limit is 1 MB: stay below it). */
export const hugeLine = fc
  .tuple(
    fc.constantFrom('a', 'a ', 'Woord ', '*a* ', '[a](b) ', '<b>x</b>', 'é', '😀', 'x\u0000'),
    fc.integer({min: 10_000, max: 120_000})
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)))

/** Ordinary Markdown pieces, so that hostile parts sit between real text. */
const plain = fc.constantFrom(
  'Tekst.',
  '## Kop',
  '- punt',
  '> citaat',
  '[link](./index.md)',
  '![plaatje](x.png)',
  '<b>vet</b>',
  '`code`',
  '```\ncode\n```',
  '',
  'Bel 06-12345678.'
)

/** A Markdown body: hostile pieces between ordinary ones. */
export const hostileBody = fc
  .array(
    fc.oneof(
      {weight: 3, arbitrary: nested},
      {weight: 2, arbitrary: delimiterRun},
      {weight: 1, arbitrary: hugeLine},
      {weight: 2, arbitrary: plain},
      {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 40})}
    ),
    {
      minLength: 1,
      maxLength: 4
    }
  )
  .chain((parts) => fc.constantFrom('\n', '\n\n', '', ' ').map((glue) => parts.join(glue)))

/** YAML lines to put into a frontmatter: aliases, anchors, flow/block mixes, tags, duplicates, prototypes. */
export const hostileYaml = fc.oneof(
  fc.constantFrom(
    'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'title: *nergens',
    'themes: &t [regeldruk]\naudiences: *t',
    '<<: {title: samengevoegd}',
    'themes: [regeldruk,\n  - jobcoach]',
    'themes:\n  - a\n  b: c',
    'title: [a, {b: [c, {d: e}]}',
    'title: !!binary aGFsbG8=',
    'title: !!js/function "function () {}"',
    'title: !eigen x',
    'themes: !!set {a, b}',
    'themes: !!omap [a: 1, b: 2]',
    'title: a\ntitle: b',
    '__proto__: {polluted: ja}',
    'constructor: {prototype: {polluted: ja}}',
    'toString: x',
    '? [a, b]\n: c',
    '%YAML 1.1',
    '--- \ntitle: tweede document',
    '...',
    'title: "open',
    "title: 'open",
    'title: |\n  blok\n tekst',
    '\ttitle: tab',
    'employers: .inf',
    'employers: 0x1F',
    'employers: 1e400',
    'date: 2024-02-30',
    'date: 2024-13-01T25:61:00Z',
    'title: ~',
    'title: @x',
    'title: `x`'
  ),
  fc.integer({min: 1, max: 3_000}).map((n) => `title: ${'['.repeat(n)}x${']'.repeat(n)}`),
  fc.integer({min: 1, max: 3_000}).map((n) => `title: ${'{a: '.repeat(n)}x${'}'.repeat(n)}`),
  fc
    .integer({min: 1, max: 400})
    .map((n) => Array.from({length: n}, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x'),
  fc
    .integer({min: 1, max: 200})
    .map((n) => Array.from({length: n}, (_, i) => `${'  '.repeat(i)}- `).join('\n') + 'x'),
  fc.integer({min: 1_025, max: 5_000}).map((n) => `${'k'.repeat(n)}: x`),
  fc
    .integer({min: 1, max: 500})
    .map((n) =>
      Array.from(
        {length: n},
        (_, i) => `x${i}: &a${i} ${i === 0 ? 'v' : `[*a${i - 1}, *a${i - 1}]`}`
      ).join('\n')
    )
)

/** Put YAML lines into a frontmatter: replace a line, or add before or after one. */
export function withYaml(
  text: string,
  yaml: string,
  at: number,
  how: 'replace' | 'before' | 'after'
): string {
  const lines = text.split('\n')
  const end = lines.indexOf('---', 1)
  const line = 1 + (at % Math.max(1, end - 1))
  if (how === 'replace') lines.splice(line, 1, yaml)
  else lines.splice(how === 'before' ? line : line + 1, 0, yaml)
  return lines.join('\n')
}

/** Odd encodings of a text: BOM, UTF-16 both ways, invalid UTF-8, NUL bytes, lone surrogates, CR line ends. */
export const encoding = fc.oneof(
  // Mostly readable text, so that the YAML and the body reach the parsers behind the decoder.
  {weight: 5, arbitrary: fc.constant('utf8')},
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'bom',
      'utf16le',
      'utf16be',
      'invalid',
      'nul',
      'surrogate',
      'cr',
      'crlf',
      'truncated'
    )
  }
)

export function encode(text: string, how: string, at: number): Uint8Array {
  const utf8 = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'))
  const insert = (bytes: Uint8Array, extra: number[]) => {
    const i = at % (bytes.length + 1)
    return new Uint8Array([...bytes.subarray(0, i), ...extra, ...bytes.subarray(i)])
  }
  switch (how) {
    case 'bom':
      return utf8(`\ufeff${text}`)
    case 'utf16le':
      return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'))
    case 'utf16be':
      return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le').swap16())
    case 'invalid':
      return insert(utf8(text), [0xff, 0xc3, 0x28])
    case 'nul':
      return insert(utf8(text), [0])
    case 'surrogate':
      return insert(utf8(text), [0xed, 0xa0, 0x80])
    case 'cr':
      return utf8(text.replace(/\n/g, '\r'))
    case 'crlf':
      return utf8(text.replace(/\n/g, '\r\n'))
    case 'truncated':
      return utf8(text).subarray(0, at % (text.length + 1))
    default:
      return utf8(text)
  }
}

/** A whole hostile file from a valid one: YAML into the frontmatter, a hostile body, an odd encoding. */
export function hostileFile(valid: string) {
  return fc
    .record({
      yaml: fc.option(
        fc.tuple(
          hostileYaml,
          fc.nat(),
          fc.constantFrom<'replace' | 'before' | 'after'>('replace', 'before', 'after')
        ),
        {nil: undefined}
      ),
      body: fc.option(hostileBody, {nil: undefined}),
      encoding,
      at: fc.nat()
    })
    .map(({yaml, body, encoding: how, at}) => {
      let text = valid
      if (yaml) text = withYaml(text, yaml[0], yaml[1], yaml[2])
      if (body !== undefined) text = `${text.slice(0, text.indexOf('\n---\n', 3) + 5)}${body}\n`
      return encode(text, how, at)
    })
}
