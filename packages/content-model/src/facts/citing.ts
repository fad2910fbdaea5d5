import type {Collections, ConsultationEntry, FactEntry, GuidePageEntry} from '../entries.js'
import type {FactCitation} from './cite.js'

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
export function citingFiles(collections: Pick<Collections, 'guides' | 'consultations'>): CitingFile[] {
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
