import type {Outline} from './outline.js'

/** Reads a body into an outline; `lineOffset` = lines of the file before the body. */
export type QuickParser = (body: string, lineOffset: number) => Outline | undefined
/** Reads a body into an outline with exact positions. */
export type ExactParser = (body: string, lineOffset: number) => Outline

let quick: Promise<QuickParser> | undefined
let exact: Promise<ExactParser> | undefined

/**
 * The quick reader (markdown-it), loaded on first use: a run that takes
 * every file from the cache loads no Markdown parser at all.
 */
export function loadQuickParser(): Promise<QuickParser> {
  quick ??= import('./fast-outline.js').then((module) => module.fastOutline)
  return quick
}

/** The exact reader (remark), loaded on first use: only files with something to report need it. */
export function loadExactParser(): Promise<ExactParser> {
  exact ??= Promise.all([import('./outline.js'), import('./processor.js')]).then(
    ([{outline}, {parseBody}]) =>
      (body, lineOffset) =>
        outline(parseBody(body), lineOffset, body)
  )
  return exact
}
