import {proseLines, problem, type Problem} from '@opendeuren/content-model'

/** What a typed value is, for the message. */
type Kind = 'bedrag' | 'percentage' | 'termijn'

const amount = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?`
const euro = new RegExp(String.raw`€\s?(?:${amount})(?:,-)?|\b(?:${amount})\s?(?:euro|EUR)\b`, 'gi')
const percent = /\b\d+(?:,\d+)?\s?(?:%|procent\b)/gi
const weeks = /\bweek\s\d+\b|\b\d+\s(?:weken|week)\b/gi
/** Words that make a percentage one of wage or of a subsidy on it. */
const wage =
  /\b(?:loon|lonen|minimumloon|wml|loonwaarde|loonkosten|loonkostensubsidie|werkgeverslasten|salaris|cao-loon|uurloon|loondispensatie|subsidie)\b/i

/** Markdown that is not prose on a line: link destinations, autolinks, citations, HTML comments. */
const notProse = /\]\([^)]*\)|<[^>\s]+>|:feit\[[^\]\n]*\]|<!--.*?-->/g

function blank(text: string): string {
  return text.replace(notProse, (span) => ' '.repeat(span.length))
}

/** The sentence around `index` in `line` (for the wage check of a percentage). */
function sentenceAround(line: string, index: number): string {
  const start = Math.max(line.lastIndexOf('. ', index), line.lastIndexOf('? ', index), 0)
  const next = line.slice(index).search(/[.?!](?:\s|$)/)
  return line.slice(start, next === -1 ? undefined : index + next)
}

const labels: Record<Kind, string> = {
  bedrag: 'Het bedrag',
  percentage: 'Het percentage',
  termijn: 'De termijn'
}

/**
 * Amounts in euro, percentages of wage and numbers of weeks typed directly
 * in the text of a published page (`facts/typed-value`, advisory). They
 * change by year; a fact in `content/facts/` knows its year, source and end.
 * Code, link addresses and `:feit[...]` citations are not text.
 *
 * @param file path relative to the content root
 * @param body the page's Markdown
 * @param bodyLine 1-based line where the body starts
 */
export function checkTypedValues(file: string, body: string, bodyLine: number): Problem[] {
  const problems: Problem[] = []
  proseLines(body, (raw, index) => {
    const text = blank(raw)
    if (!/\d/.test(text)) return
    const found: Array<{kind: Kind; at: number; value: string}> = []
    for (const match of text.matchAll(euro))
      found.push({kind: 'bedrag', at: match.index, value: match[0]})
    for (const match of text.matchAll(percent)) {
      if (wage.test(sentenceAround(text, match.index)))
        found.push({kind: 'percentage', at: match.index, value: match[0]})
    }
    for (const match of text.matchAll(weeks))
      found.push({kind: 'termijn', at: match.index, value: match[0]})
    found.sort((a, b) => a.at - b.at)
    for (const {kind, at, value} of found) {
      const line = bodyLine + index
      problems.push(
        problem(
          'facts/typed-value',
          file,
          {line, column: at + 1, endLine: line, endColumn: at + 1 + value.length},
          `${labels[kind]} \`${value}\` staat als getal in de tekst.`,
          'Leg de waarde vast in `content/facts/` en schrijf `:feit[<id>]`: dan toont de site het jaar en de bron, en waarschuwt lint als de waarde verloopt.',
          'warning'
        )
      )
    }
  })
  return problems
}
