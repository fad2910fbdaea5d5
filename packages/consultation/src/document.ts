/**
 * The response as a small document tree: what every public output (Markdown,
 * HTML, plain text, DOCX) is rendered from. It is built only from
 * `PublicEvidence` and the adviser's text, so it cannot hold anything the
 * visibility gate held back.
 */

/** Inline content. */
export type Inline =
  | {type: 'text'; value: string}
  | {type: 'strong'; children: Inline[]}
  | {type: 'emphasis'; children: Inline[]}
  | {type: 'delete'; children: Inline[]}
  | {type: 'code'; value: string}
  | {type: 'link'; url: string; children: Inline[]}
  | {type: 'break'}

/** One item of a list. */
export interface ListItem {
  children: Block[]
  /** Keys of the evidence this item rests on (see `Block`). */
  evidence?: string[]
}

/** Block content. */
export type Block =
  | {type: 'heading'; depth: 2 | 3 | 4 | 5 | 6; children: Inline[]}
  | {
      type: 'paragraph'
      children: Inline[]
      /**
       * Keys of the evidence this paragraph rests on: an `openbaar` signal id,
       * `group:<question>/<instrument>` for counted intern signals, or
       * `totals`. The trace resolves them; renderers ignore them.
       */
      evidence?: string[]
    }
  | {type: 'note'; children: Inline[]}
  | {type: 'list'; ordered: boolean; start?: number; items: ListItem[]}
  | {type: 'quote'; children: Block[]}
  | {type: 'code'; value: string}
  | {
      type: 'table'
      align: Array<'left' | 'right' | 'center' | null>
      head: Inline[][]
      rows: Inline[][][]
    }
  | {type: 'rule'}

/** A part of the response under an h2; `question` is set for a question's section. */
export interface Section {
  /** Stable id: `inleiding`, `samenvatting`, `vraag-<question id>`, `tot-slot`. */
  id: string
  heading: Inline[]
  blocks: Block[]
  question?: string
}

/** The whole response. */
export interface ResponseDocument {
  title: string
  /** Lines under the title: sender, addressee, consultation page, dates. */
  meta: Array<{label: string; value: Inline[]}>
  sections: Section[]
  /** Document properties (DOCX) and HTML `<meta>`. */
  properties: {
    title: string
    subject: string
    creator: string
    description: string
    keywords: string[]
    date: string
  }
  /** Set when the response rests on example content: the label every page of a printed document carries. */
  exampleLabel?: string
}

/**
 * Plain text of inline content.
 *
 * @param nodes inline nodes
 */
export function inlineText(nodes: readonly Inline[]): string {
  let result = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'code') result += node.value
    else if (node.type === 'break') result += '\n'
    else result += inlineText(node.children)
  }
  return result
}

/** Shorthand for a text node. */
export function text(value: string): Inline {
  return {type: 'text', value}
}
