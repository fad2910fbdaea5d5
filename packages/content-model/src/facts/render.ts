/**
 * How a fact reads: its value in Dutch notation with its unit and, for
 * amounts, percentages and rules with an end date, its year. The one place
 * that decides this, for the site, search, consultation outputs and lint.
 * Pure and free of Node APIs; never uses the clock (outputs are reproducible).
 */
import type {Fact, FactUnit} from '../fact.js'
import {dutchDate} from '../text/dutch-date.js'

type FactLike = Pick<Fact, 'value' | 'unit' | 'valid_from' | 'valid_until'>

/** A number in Dutch notation: `2000` → `2.000`, `23.5` → `23,5`; `decimals` fixes the number of decimals. */
export function dutchNumber(value: number, decimals?: number): string {
  const fixed = decimals === undefined ? String(value) : value.toFixed(decimals)
  const [whole = '', fraction] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return fraction === undefined ? grouped : `${grouped},${fraction}`
}

const money: Partial<Record<FactUnit, string>> = {
  euro: '',
  'euro per uur': ' per uur',
  'euro per maand': ' per maand',
  'euro per jaar': ' per jaar'
}
const counted: Partial<Record<FactUnit, [one: string, more: string]>> = {
  weken: ['week', 'weken'],
  maanden: ['maand', 'maanden'],
  jaar: ['jaar', 'jaar'],
  uur: ['uur', 'uur'],
  dagen: ['dag', 'dagen']
}

/**
 * The value with its unit, without the year: `€ 2,03 per uur`, `23,5%`,
 * `42 weken`, `1 juli 2023`.
 *
 * @param fact the fact (its value and unit)
 */
export function factValueText(fact: Pick<Fact, 'value' | 'unit'>): string {
  const {value, unit} = fact
  if (typeof value === 'string') return unit === 'datum' ? dutchDate(value) : value
  const suffix = money[unit]
  if (suffix !== undefined)
    return `€ ${dutchNumber(value, Number.isInteger(value) ? undefined : 2)}${suffix}`
  if (unit === 'procent') return `${dutchNumber(value)}%`
  const words = counted[unit]
  if (words) return `${dutchNumber(value)} ${value === 1 ? words[0] : words[1]}`
  return dutchNumber(value)
}

/**
 * The year a reader sees with the value, or `undefined` when it has none:
 * amounts and percentages always show it, other facts only when they have an
 * end date. `2026` (valid within one year), `2024-2026` (over several years
 * with an end), `vanaf 2026` (no end yet).
 *
 * @param fact the fact
 */
export function factYear(fact: FactLike): string | undefined {
  const yearly = fact.unit === 'procent' || money[fact.unit] !== undefined
  if (fact.unit === 'datum' || (!yearly && fact.valid_until === undefined)) return undefined
  const from = fact.valid_from.slice(0, 4)
  const until = fact.valid_until?.slice(0, 4)
  if (until === undefined) return `vanaf ${from}`
  return until === from ? from : `${from}–${until}`
}

/**
 * A fact as plain text: `€ 2,03 per uur (2026)`, `42 weken`.
 *
 * @param fact the fact
 */
export function renderFactText(fact: FactLike): string {
  const year = factYear(fact)
  const value = factValueText(fact)
  return year === undefined ? value : `${value} (${year})`
}

/** Options of {@link renderFactMarkdown}. */
export interface FactMarkdownOptions {
  /** The address of the fact's entry on the amounts page (`/bedragen#<id>`): added as a second link. */
  overviewUrl?: string
}

function escapeLinkText(text: string): string {
  return text.replace(/([\\[\]*_`<>])/g, '\\$1')
}

/**
 * A fact as Markdown: the text of {@link renderFactText} linked to its source
 * (the source's title as the link title), and, with `overviewUrl`, a link to
 * its entry on the amounts page:
 * `[€ 2,03 per uur (2026)](https://… "Bron: UWV") ([overzicht bedragen](/bedragen#id))`.
 *
 * @param fact the fact
 * @param options where the amounts page is
 */
export function renderFactMarkdown(
  fact: FactLike & Pick<Fact, 'source'>,
  options: FactMarkdownOptions = {}
): string {
  const title = `Bron: ${fact.source.title}`.replace(/["\\]/g, '\\$&')
  const url = fact.source.url.replace(
    /[ ()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
  const cited = `[${escapeLinkText(renderFactText(fact))}](${url} "${title}")`
  return options.overviewUrl === undefined
    ? cited
    : `${cited} ([overzicht bedragen](${options.overviewUrl}))`
}
