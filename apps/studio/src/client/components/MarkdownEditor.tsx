import {useEffect, useLayoutEffect, useRef} from 'react'
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands'
import {markdown} from '@codemirror/lang-markdown'
import {forceLinting, linter, lintKeymap, type Diagnostic} from '@codemirror/lint'
import {EditorState} from '@codemirror/state'
import {EditorView, keymap, lineNumbers, drawSelection} from '@codemirror/view'
import type {LintProblem} from '../api.js'
import {editorTheme} from './editor-theme.js'

/** Props of {@link MarkdownEditor}. */
export interface MarkdownEditorProps {
  value: string
  onChange(value: string): void
  /** Lint the current body; resolves with problems whose lines are body lines (1-based). */
  lint(body: string): Promise<LintProblem[]>
  label: string
  /** Changes when something outside the body (the form) changed, so lint runs again. */
  lintKey?: string
  /** Lines the editor should scroll to and select (from a problem list). */
  jumpTo?: {line: number; column: number; seq: number}
}

/**
 * Wait after the last keystroke before linting: short, so problems show
 * within 100 ms (a lint of one page takes about 25 ms of the server's time,
 * also in a tree of 5,000 files). The bench reads this value from here.
 */
export const lintDelay = 25

function toDiagnostics(view: EditorView, problems: LintProblem[]): Diagnostic[] {
  const doc = view.state.doc
  return problems.map((p) => {
    const line = doc.line(Math.min(Math.max(p.line, 1), doc.lines))
    const from = Math.min(line.from + Math.max(p.column - 1, 0), line.to)
    let to = from
    if (p.endLine !== undefined && p.endColumn !== undefined) {
      const end = doc.line(Math.min(Math.max(p.endLine, 1), doc.lines))
      to = Math.min(end.from + Math.max(p.endColumn - 1, 0), end.to)
    }
    if (to <= from) to = Math.min(from + 1, doc.length)
    return {
      from,
      to,
      severity: p.severity,
      source: p.ruleId,
      message: p.hint ? `${p.message} ${p.hint}` : p.message
    }
  })
}

/** CodeMirror 6 with Markdown and live lint (the studio's linter, through the server). */
export function MarkdownEditor(props: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  // The editor's callbacks read the latest props; the ref is updated after each
  // render is committed, before any effect (or an editor event) can call them.
  const latest = useRef(props)
  useLayoutEffect(() => {
    latest.current = props
  })

  useEffect(() => {
    const state = EditorState.create({
      doc: props.value,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        markdown(),
        editorTheme,
        EditorView.lineWrapping,
        // No Tab binding: Tab leaves the editor, so keyboard users are never trapped in it.
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.contentAttributes.of({
          'aria-label': props.label,
          'aria-multiline': 'true',
          spellcheck: 'true',
          lang: 'nl',
          tabindex: '0'
        }),
        linter(
          async (v) => {
            const problems = await latest.current.lint(v.state.doc.toString())
            return toDiagnostics(v, problems)
          },
          {delay: lintDelay}
        ),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latest.current.onChange(update.state.doc.toString())
        })
      ]
    })
    const created = new EditorView({state, parent: host.current!})
    view.current = created
    return () => created.destroy()
    // The editor is created once; outside changes arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const current = view.current
    if (current && current.state.doc.toString() !== props.value) {
      current.dispatch({changes: {from: 0, to: current.state.doc.length, insert: props.value}})
    }
  }, [props.value])

  useEffect(() => {
    if (view.current) forceLinting(view.current)
  }, [props.lintKey])

  useEffect(() => {
    const current = view.current
    if (!current || !props.jumpTo) return
    const doc = current.state.doc
    const line = doc.line(Math.min(Math.max(props.jumpTo.line, 1), doc.lines))
    const at = Math.min(line.from + props.jumpTo.column - 1, line.to)
    current.dispatch({selection: {anchor: at}, scrollIntoView: true})
    current.focus()
  }, [props.jumpTo])

  return <div className="markdown-editor" ref={host} />
}
