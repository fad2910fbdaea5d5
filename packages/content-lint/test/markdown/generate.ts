import fc from 'fast-check'

const words = [
  'werkgever',
  'De',
  'baan',
  'klik hier',
  'hier',
  'lees meer',
  'Bel 06-12345678',
  'bsn 111222333',
  'NL91ABNA0417164300',
  'jan@example.nl',
  '&amp;',
  '&#35;',
  '&nbsp;',
  '\\*',
  '\\[',
  '`code`',
  '` a `',
  '*nadruk*',
  '**sterk**',
  '_x_',
  'ë',
  'über',
  '{#eigen-id}',
  '<!-- c -->',
  '<b>',
  '</b>',
  '<span id="s1">',
  '&',
  '|',
  '#',
  '!',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '*',
  '_',
  '`',
  '\\',
  'a.',
  'enz.',
  'zin.',
  '?'
]
const urls = [
  './pagina.md',
  './pagina.md#kop',
  './pagina.md#tweede-kop',
  './index.md#kop-1',
  './pagina.md#geen-kop',
  './ontbreekt.md',
  '../gids/pagina.md#kop',
  '/gidsen/gids/pagina#kop',
  '/gidsen/gids/weg',
  '#kop',
  '#start',
  '#',
  '',
  '../andere/index.md#een-kop',
  '/gidsen/gids/',
  '/zoeken',
  'https://www.example.nl/a?b=1#c',
  'javascript:alert(1)',
  'data:text/html,x',
  'mailto:a@b.nl',
  '<./met spatie.md>',
  './%C3%BCber.md',
  './über.md',
  './a%zz.md',
  'x.png',
  '<>',
  './a.md "titel"',
  './a(b).md'
]

const word = fc.constantFrom(...words)
const text = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          'een',
          'korte',
          'zin',
          'met',
          'woorden',
          'Het',
          'gesprek',
          'voeren'
        )
      },
      {weight: 2, arbitrary: word}
    ),
    {minLength: 1, maxLength: 8}
  )
  .map((parts) => parts.join(' '))
const url = fc.constantFrom(...urls)
const link = fc
  .tuple(
    fc.oneof(
      text,
      fc.constantFrom('', 'klik hier', 'Lees meer.', '![logo](x.png)', '![](y.png)', '`code`')
    ),
    url
  )
  .map(([t, u]) => `[${t}](${u})`)
const image = fc.tuple(fc.oneof(text, fc.constant('')), url).map(([t, u]) => `![${t}](${u})`)
const inline = fc
  .array(
    fc.oneof(
      {weight: 4, arbitrary: text},
      link,
      image,
      fc.constantFrom(
        '<https://www.example.nl>',
        '<a@b.nl>',
        '<img src="https://x.nl/a.png">',
        '<script>x</script>',
        '<a href="javascript:x">a</a>',
        '<a name="anker">',
        '  ',
        '\\'
      )
    ),
    {minLength: 1, maxLength: 6}
  )
  .map((parts) => parts.join(' '))
const long = fc.constant(
  'Dit is een bijzonder langgerekte formulering waarin verschillende ingewikkelde bestuursrechtelijke overwegingen samenkomen zonder dat de lezer halverwege nog begrijpt waarover de oorspronkelijke mededeling eigenlijk ging, hetgeen onwenselijk wordt geacht.'
)
const block = fc.oneof(
  {weight: 3, arbitrary: inline},
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({min: 2, max: 3}), fc.constantFrom('Kop', 'Tweede kop', 'Kop'))
      .map(([d, t]) => `${'#'.repeat(d)} ${t}`)
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({min: 1, max: 6}), inline, fc.constantFrom('', ' ##', ' {#eigen}'))
      .map(([d, t, tail]) => `${'#'.repeat(d)} ${t}${tail}`)
  },
  fc.tuple(inline, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`),
  fc
    .tuple(fc.constantFrom('- ', '1. ', '> ', '  ', '    ', '* ', '> - '), inline)
    .map(([p, t]) => `${p}${t}`),
  fc.constantFrom(
    '```\n[x](#niet)\n```',
    '| a | b |\n| - | - |\n| [c](#d) | 2 |',
    '<div id="blok">\n\ntekst\n\n</div>',
    '<!-- opmerking id="c1" -->',
    '<details>\n<summary>Meer</summary>\n</details>',
    '[def]: ./def.md\n\n[def][] en [tekst][def]',
    '***',
    '<!-- opendeuren-disable-next-line privacy/phone -- algemeen nummer -->\nBel 020-1234567.',
    '1. een\n2. twee\n\n   [c](./c.md)',
    '> citaat\nlui vervolg [x](#y)',
    'regel met hard  \nbreak [a](#b)',
    'a\\\nb',
    '- lijst\n  ## kop in lijst [x](#kop-in-lijst)\n- [tweede](./b.md "titel")',
    '> ## citaatkop\n> [naar kop](#citaatkop)',
    'Setext\nin twee regels\n---',
    '[a [b] c](./geneste.md) [a](x)(y) [](#) [ ](./leeg.md)',
    '[link](./a.md?x=1&amp;y=2#kop%20met) [b](./a\\_b.md)',
    '<pre>\n[geen link](#x)\n</pre>',
    '<?php echo 1 ?>',
    '<![CDATA[ x ]]>',
    '~~~\ncode\n~~~',
    '  <div name="n2">\n  x\n  </div>',
    '## Kop met `code` en ![logo](l.png) en <b>vet</b>',
    '## Dubbel\n\n## Dubbel\n\n[naar](#dubbel-1)',
    '1) een\n2) twee',
    '- a\n\n  b\n- c',
    '\t- tab',
    '# Kop #\n#5 geen kop\n#\tKop met tab',
    'tekst <span\n   id="over-regels">x</span>',
    '![alt *met* `code`](./i.png "t") ![![binnen](a.png)](b.png)',
    '[![plaatje](p.png)](./p.md) [![](p.png)](./q.md)',
    'www.example.nl en https://example.nl/pad',
    '&copy; &#x27; &unknown; &#0;'
  ),
  {weight: 2, arbitrary: fc.array(long, {minLength: 1, maxLength: 4}).map((l) => l.join(' '))}
)

/** Markdown bodies mixing headings, links with anchors, images, raw HTML, vague link texts, personal data and long sentences. */
export const markdownBody: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\n\n\n')), {
      minLength: 1,
      maxLength: 12
    }),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(
          '[',
          ']',
          '(',
          ')',
          '<',
          '>',
          '`',
          '*',
          '\n',
          '\n\n',
          '#',
          '!',
          '\\',
          '|',
          ' ',
          '\t',
          '&',
          '-'
        )
      ),
      {maxLength: 4}
    )
  )
  .map(([blocks, noise]) => {
    let body = blocks.map(([b, sep]) => b + sep).join('')
    for (const [at, char] of noise) {
      const position = at % (body.length + 1)
      body = body.slice(0, position) + char + body.slice(position)
    }
    return body
  })

const plain = fc
  .array(
    fc.constantFrom(
      'de',
      'werkgever',
      'zoekt',
      'een',
      'passende',
      'baan',
      'voor',
      'het',
      'team',
      'met',
      'hulp',
      'van',
      'jobcoach',
      'en',
      'gemeente',
      'samen',
      'plan',
      'maken'
    ),
    {
      minLength: 3,
      maxLength: 12
    }
  )
  .map((w) => `${w.join(' ')}.`)
const goodInline = fc.oneof(
  {weight: 6, arbitrary: plain},
  fc.constantFrom(
    '[het gesprek voeren](./pagina.md#kop)',
    '[de tweede stap](./pagina.md#tweede-kop)',
    '[de startpagina](./index.md)',
    '[het Juridisch Loket](https://www.juridischloket.nl/)',
    '![logo van de gemeente](./logo.png)',
    '`opendeuren lint`',
    '*echt* belangrijk',
    '**vet**',
    'A &amp; B',
    '<https://www.example.nl>',
    'regel  \nmet harde breuk',
    'zie [de kop hierboven](#kop)',
    '[![schema van de stappen](./s.png)](./pagina.md)'
  )
)
const goodParagraph = fc
  .array(goodInline, {minLength: 1, maxLength: 5})
  .map((parts) => parts.join(' '))
const goodBlock = fc.oneof(
  {weight: 5, arbitrary: goodParagraph},
  fc.tuple(goodParagraph, goodParagraph).map(([a, b]) => `- ${a}\n- ${b}`),
  fc.tuple(goodParagraph, goodParagraph).map(([a, b]) => `1. ${a}\n\n2. ${b}`),
  goodParagraph.map((p) => `> ${p}`),
  fc.constantFrom(
    '| Wat | Wie |\n| --- | --- |\n| plan | team |',
    '```sh\nopendeuren lint\n```',
    '    ingesprongen code',
    '***',
    '<!-- een opmerking -->'
  )
)
const problemBlock = fc.constantFrom(
  '[klik hier](./pagina.md)',
  '![](./foto.png)',
  '# Tweede titel',
  '#### Te diep',
  '<div>html</div>',
  '[kapot](./pagina.md#bestaat-niet)',
  '[script](javascript:alert(1))',
  'Bel 06-12345678.',
  '[](./leeg.md)',
  '[weg](./weg.md)',
  '[site](/gidsen/gids/weg)',
  '[elders](#nergens)'
)
const section = fc
  .tuple(
    fc.constantFrom('Kop', 'Tweede kop', 'Nog een kop', 'Kop'),
    fc.array(goodBlock, {minLength: 1, maxLength: 4}),
    fc.boolean(),
    fc.array(goodBlock, {maxLength: 2})
  )
  .map(
    ([title, blocks, sub, more]) =>
      `## ${title}\n\n${blocks.join('\n\n')}\n${sub ? `\n### Onderdeel van ${title.toLowerCase()}\n\n${more.join('\n\n')}\n` : ''}`
  )

/** Realistic guide bodies: clean sections, and now and then one problem. */
export const cleanBody: fc.Arbitrary<string> = fc
  .tuple(
    goodParagraph,
    fc.array(section, {minLength: 1, maxLength: 6}),
    fc.option(fc.tuple(problemBlock, fc.nat()), {freq: 4})
  )
  .map(([intro, sections, injected]) => {
    const blocks = [intro, ...sections]
    if (injected) blocks.splice(injected[1] % (blocks.length + 1), 0, injected[0])
    return `${blocks.join('\n\n')}\n`
  })
