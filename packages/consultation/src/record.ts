import {
  customHeadingId,
  serialiseResponseRecord,
  serialiseSentEvidence,
  type ConsultationEntry,
  type ResponseRecord,
  type ResponseRecordEntry,
  type SentEvidence
} from '@opendeuren/content-model'
import type {RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {CompiledResponse} from './compile.js'
import type {Section} from './document.js'
import {collectDefinitions, toBlocks, toInlines} from './from-mdast.js'
import {parseMarkdownTree} from './markdown.js'
import {renderSectionsHtml} from './render-html.js'
import {renderSectionsMarkdown} from './render-markdown.js'

/** A record of a sent response, ready to be written to `responses/<id>.md`. */
export interface FrozenResponse {
  /** Path relative to the content root. */
  file: string
  text: string
  data: ResponseRecord
  /**
   * What the text rests on (every quoted or counted signal with its
   * fingerprint): internal, written beside the signals, never into the content.
   */
  evidence: SentEvidence
  /** `evidence` as the file's text. */
  evidenceText: string
}

/**
 * The public record of a response as sent: the sections and answers of the
 * compiled response, the consultation's public fields and the date sent,
 * under a checksum; and, apart from it, the internal list of the signals it
 * rests on with their fingerprints. An example (a response resting on
 * example content) was never sent: its record carries the day it was made
 * (`made`) and no `sent`. Pure: the same response and date give the same
 * bytes.
 *
 * @param compiled the compiled response (final, without draft notes)
 * @param consultation the consultation entry (for the respondent's role)
 * @param date the date it was sent (for an example: made), `YYYY-MM-DD`
 */
export function freezeResponse(
  compiled: CompiledResponse,
  consultation: ConsultationEntry,
  date: string
): FrozenResponse {
  const {id, title, ministry, url, closes, respondent, questions} = consultation.data
  const fields: Omit<ResponseRecord, 'checksum'> = {
    consultation: id,
    title,
    ministry,
    ...(url ? {url} : {}),
    ...(closes ? {closes} : {}),
    organisation: respondent.organisation,
    contact_role: respondent.contact_role,
    themes: [...new Set(questions.flatMap((question) => question.themes))],
    ...(compiled.example ? {made: date, example: true} : {sent: date}),
    answers: {...compiled.answers}
  }
  const {text, checksum} = serialiseResponseRecord(
    fields,
    renderSectionsMarkdown(compiled.document.sections, true)
  )
  const evidence: SentEvidence = {
    consultation: id,
    sent: date,
    checksum,
    signals: {...compiled.fingerprints}
  }
  return {
    file: `responses/${id}.md`,
    text,
    data: {...fields, checksum},
    evidence,
    evidenceText: serialiseSentEvidence(evidence)
  }
}

/**
 * Read the sections of a record back from its body: one per h2, with the id
 * from its `{#id}`. Raw HTML stays text, as in every response.
 *
 * @param body the record's Markdown body
 */
export function recordSections(body: string): Section[] {
  const tree = parseMarkdownTree(body)
  const definitions = collectDefinitions(tree)
  const sections: Array<{section: Section; nodes: RootContent[]}> = []
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      const raw = toString(node)
      const custom = customHeadingId.exec(raw)
      const heading = toInlines(node.children, definitions)
      const last = heading[heading.length - 1]
      if (custom && last?.type === 'text') last.value = last.value.replace(customHeadingId, '')
      sections.push({
        section: {id: custom ? custom[1]! : `sectie-${sections.length + 1}`, heading, blocks: []},
        nodes: []
      })
      continue
    }
    sections[sections.length - 1]?.nodes.push(node)
  }
  return sections.map(({section, nodes}) => ({...section, blocks: toBlocks(nodes, definitions)}))
}

/**
 * The sections of a record as an HTML fragment, for a page with its own `<h1>`.
 *
 * @param record the record entry
 */
export function recordHtml(record: Pick<ResponseRecordEntry, 'body'>): string {
  return renderSectionsHtml(recordSections(record.body))
}
