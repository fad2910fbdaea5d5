// One table of personal data in every format the public gate promises to
// catch (issue 17), planted by the exit tests of the CLI, the studio and the
// site into every public source they read. Each row is a sentence a hurried
// writer could type, the masked value the gate reports, and the raw value as
// digits and letters only, to look for in whatever an exit wrote.

/** A planted piece of personal data. */
export interface PlantedValue {
  /** Short English name, for test titles. */
  format: string
  /** The sentence that carries it, as written in the source. */
  sentence: string
  /** What the gate's message shows of it (masked). */
  masked: string
  /** The value reduced to lower-case letters and digits ({@link reduceForSearch}); no exit may carry it. */
  raw: string
}

/** Every format of the issue: dash and space variants, full-width digits, entities, emphasis and invisible characters inside numbers, e-mail in a URL, BSN with separators, an elfproef number without its word, IBAN, names with a title or a first name. */
export const plantedValues: readonly PlantedValue[] = [
  {
    format: 'phone with a non-breaking hyphen',
    sentence: 'Bel 06\u201112345678 voor vragen.',
    masked: '`06-****5678`',
    raw: '0612345678'
  },
  {
    format: 'phone in full-width digits',
    sentence: 'Of bel \uff10\uff12\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17.',
    masked: '`02****4567`',
    raw: '0201234567'
  },
  {
    format: 'phone with entities and emphasis',
    sentence: 'Of 0&#54;-**1234**&nbsp;9876.',
    masked: '`06-**** 9876`',
    raw: '0612349876'
  },
  {
    format: 'phone with zero-width spaces',
    sentence: 'Of 06\u200b98\u200b76\u200b54\u200b32.',
    masked: '`06****5432`',
    raw: '0698765432'
  },
  {
    format: 'e-mail address inside a URL',
    sentence: 'Mail via https://example.org/?to=piet.pietersen%40example.nl.',
    masked: '`p***@example.nl`',
    raw: 'pietpietersen'
  },
  {
    format: 'e-mail address',
    sentence: 'Of mail naar anna.smit@example.nl.',
    masked: '`a***@example.nl`',
    raw: 'annasmit'
  },
  {
    format: 'BSN with separators',
    sentence: 'Dossier BSN 313-131-004 is bekend.',
    masked: '`*****1004`',
    raw: '313131004'
  },
  {
    format: 'elfproef number without its word',
    sentence: 'Zaak 111222333 staat open.',
    masked: '`*****2333`',
    raw: '111222333'
  },
  {
    format: 'IBAN',
    sentence: 'Rekening NL91 ABNA 0417 1643 00.',
    masked: '`NL** **** **** **** 00`',
    raw: 'nl91abna0417164300'
  },
  {
    format: 'name after a salutation',
    sentence: 'Het gesprek met mevrouw Jansen ging goed.',
    masked: '`mevrouw J***`',
    raw: 'mevrouwjansen'
  },
  {
    format: 'first name with tussenvoegsels',
    sentence: 'Daarna belde Pieter van der Berg terug.',
    masked: '`Pieter van der B***`',
    raw: 'pietervanderberg'
  }
]

/** Every planted sentence as one paragraph (for a source that is one paragraph, such as a quoted signal). */
export const plantedParagraph = plantedValues.map((value) => value.sentence).join(' ')

const entities: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  shy: ''
}

/**
 * Text as a reader would read it, reduced to lower-case letters and digits:
 * entities decoded, Unicode NFKC (full-width digits become digits), percent
 * escapes decoded, everything else dropped. A planted value is carried when its
 * `raw` form occurs in this.
 *
 * @param text any output (HTML, Markdown, JSON, JavaScript, plain text)
 */
export function reduceForSearch(text: string): string {
  const decoded = text
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16))
    )
    .replace(/&#(\d+);/g, (_match, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/gi, (match, name: string) => entities[name.toLowerCase()] ?? match)
    .replace(/\\u([0-9a-f]{4})/gi, (_match, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16))
    )
    .replace(/%([0-9a-f]{2})/gi, (_match, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16))
    )
  return decoded
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/**
 * The planted values an output carries (by their `format`), so a test can say `toEqual([])`.
 *
 * @param text the output
 */
export function carriedValues(text: string): string[] {
  const reduced = reduceForSearch(text)
  return plantedValues.filter((value) => reduced.includes(value.raw)).map((value) => value.format)
}
