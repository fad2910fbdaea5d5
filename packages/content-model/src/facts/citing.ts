import type {Collections, ConsultationEntry, FactEntry, GuidePageEntry} from '../entries.js'
import {replaceFactCitations, type FactCitation} from './cite.js'
import {renderFactMarkdown, renderFactText} from './render.js'

/** A file that cites facts, with its citations. */
export interface CitingFile {
  file: string
  kind: 'guide-page' | 'consultation'
  entry: GuidePageEntry | ConsultationEntry
  citations: FactCitation[]
}

/**
 * Every guide page and consultation that cites a fact, with its citations
 * (in file order). Only these two kinds have prose that is published.
 *
 * @param collections the loaded content
 */
export function citingFiles(
  collections: Pick<Collections, 'guides' | 'consultations'>
): CitingFile[] {
  const result: CitingFile[] = []
  for (const entry of [...collections.guides, ...collections.consultations]) {
    const citations = entry.factCitations
    if (citations.length > 0) result.push({file: entry.file, kind: entry.kind, entry, citations})
  }
  return result
}

/**
 * The facts by id.
 *
 * @param facts the facts collection
 */
export function factsById(facts: readonly FactEntry[]): Map<string, FactEntry> {
  const byId = new Map<string, FactEntry>()
  for (const fact of facts) if (!byId.has(fact.data.id)) byId.set(fact.data.id, fact)
  return byId
}

/**
 * A body with every `:feit[<id>]` replaced by the fact as plain text
 * (`€ 2,03 per uur (2026)`): for search and plain-text outputs. Unknown ids
 * stay as they are (lint reports them).
 *
 * @param body Markdown
 * @param facts the facts collection
 */
export function citeFactsAsText(body: string, facts: readonly FactEntry[]): string {
  const byId = factsById(facts)
  return replaceFactCitations(body, (id) => {
    const fact = byId.get(id)
    return fact ? renderFactText(fact.data) : undefined
  })
}

/**
 * A body with every `:feit[<id>]` replaced by the fact as Markdown, linked
 * to its source and, with `overviewUrl`, to its entry on the amounts page:
 * for the site and the consultation outputs. Unknown ids stay as they are.
 *
 * @param body Markdown
 * @param facts the facts collection
 * @param overviewUrl the address of a fact's entry on the amounts page, by id
 */
export function citeFactsAsMarkdown(
  body: string,
  facts: readonly FactEntry[],
  overviewUrl?: (id: string) => string
): string {
  const byId = factsById(facts)
  return replaceFactCitations(body, (id) => {
    const fact = byId.get(id)
    if (!fact) return undefined
    return renderFactMarkdown(fact.data, overviewUrl ? {overviewUrl: overviewUrl(id)} : {})
  })
}
