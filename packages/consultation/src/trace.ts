import type {ConsultationStatus} from '@opendeuren/content-model'
import type {Block, ResponseDocument} from './document.js'
import {inlineText} from './document.js'
import {type Ledger, type LeftOutReason, minimumInternGroup} from './disclose.js'
import type {MatchReason} from './select.js'
import {oneSpace} from './whitespace.js'

/** One paragraph (or list item) of the response and the signals it rests on. */
export interface TraceParagraph {
  /** Section id (`inleiding`, `samenvatting`, `vraag-<id>`, `tot-slot`). */
  section: string
  /** 1-based number of the block within its section. */
  block: number
  /** 1-based number of the list item, for a list. */
  item?: number
  /** The start of the paragraph's text, to find it back. */
  excerpt: string
  signals: string[]
}

/** The internal trace of a build (`trace.json`): never published. */
export interface Trace {
  notice: string
  consultation: {id: string; file: string; status: ConsultationStatus}
  /** Whether the response rests on example content (the consultation or a signal is `example: true`), and which example signals. */
  example: {example: boolean; signals: string[]}
  rules: {minimumInternGroup: number}
  /** Signals the public text rests on. */
  used: string[]
  paragraphs: TraceParagraph[]
  questions: Array<{
    id: string
    matched: Array<{signal: string; visibility: string; reason: MatchReason}>
    quoted: string[]
    counted: Record<string, string[]>
    leftOut: Array<{signal: string; visibility: string; reason: LeftOutReason; explanation: string}>
  }>
}

const excerptLength = 80

function excerpt(text: string): string {
  // Only the start is kept: a long text's start is flattened alone (a
  // paragraph of a response may quote a whole signal; there are thousands).
  const start = text.trimStart()
  if (start.length > 4 * excerptLength) {
    const prefix = oneSpace(start.slice(0, 4 * excerptLength))
    // One more than needed: the whole text's trailing space may be trimmed.
    if (prefix.length > excerptLength + 1) return `${prefix.slice(0, excerptLength - 1)}…`
  }
  const flat = oneSpace(start).trim()
  return flat.length <= excerptLength ? flat : `${flat.slice(0, excerptLength - 1)}…`
}

function explain(reason: LeftOutReason, instrument: string | undefined): string {
  switch (reason) {
    case 'excluded':
      return 'Uitgesloten met `exclude` bij deze vraag.'
    case 'after-closing':
      return 'Na sluiting: het signaal is van na de sluitingsdatum van de consultatie (`closes`); een reactie steunt alleen op wat bekend was toen zij werd verstuurd.'
    case 'confidential':
      return 'Vertrouwelijk: komt nooit in een openbare reactie, ook niet als aantal.'
    case 'intern-group-too-small':
      return `Intern, en bij \`${instrument}\` passen minder dan ${minimumInternGroup} interne signalen bij deze vraag; zo'n kleine groep wordt niet geteld.`
  }
}

function blockText(block: Block): string {
  return block.type === 'paragraph' || block.type === 'note' || block.type === 'heading'
    ? inlineText(block.children)
    : ''
}

/**
 * Build the internal trace: for each paragraph the signals it rests on, and
 * for each question which matching signals were left out and why.
 *
 * @param document the response
 * @param ledger the decisions of `disclose`
 * @param consultation id, file and status of the consultation
 * @param example whether the response is an example, and its example signals
 */
export function buildTrace(
  document: ResponseDocument,
  ledger: Ledger,
  consultation: Trace['consultation'],
  example: Trace['example'] = {example: false, signals: []}
): Trace {
  const counted = new Map<string, string[]>()
  for (const question of ledger.questions)
    for (const [key, ids] of Object.entries(question.counted)) counted.set(key, ids)
  const resolve = (keys: readonly string[]) =>
    [
      ...new Set(
        keys.flatMap((key) =>
          key === 'totals'
            ? ledger.usedSignals
            : key.startsWith('group:')
              ? (counted.get(key.slice(6)) ?? [])
              : [key]
        )
      )
    ].sort()
  const paragraphs: TraceParagraph[] = []
  for (const section of document.sections) {
    section.blocks.forEach((block, index) => {
      if (block.type === 'paragraph' && block.evidence) {
        paragraphs.push({
          section: section.id,
          block: index + 1,
          excerpt: excerpt(blockText(block)),
          signals: resolve(block.evidence)
        })
      }
      if (block.type === 'list') {
        block.items.forEach((item, itemIndex) => {
          if (!item.evidence) return
          const text = item.children.map(blockText).join(' ')
          paragraphs.push({
            section: section.id,
            block: index + 1,
            item: itemIndex + 1,
            excerpt: excerpt(text),
            signals: resolve(item.evidence)
          })
        })
      }
    })
  }
  return {
    notice:
      'Intern spoor van deze build. Niet publiceren of meesturen: het noemt ook interne en vertrouwelijke signalen.',
    consultation,
    example,
    rules: {minimumInternGroup},
    used: ledger.usedSignals,
    paragraphs,
    questions: ledger.questions.map((q) => ({
      id: q.question,
      matched: q.matched,
      quoted: q.quoted,
      counted: q.counted,
      leftOut: q.leftOut.map(({signal, visibility, reason, instrument}) => ({
        signal,
        visibility,
        reason,
        explanation: explain(reason, instrument)
      }))
    }))
  }
}
