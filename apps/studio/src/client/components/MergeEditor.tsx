import {useEffect, useLayoutEffect, useRef} from 'react'
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands'
import {goToNextChunk, goToPreviousChunk, MergeView} from '@codemirror/merge'
import {EditorState, type Extension} from '@codemirror/state'
import {drawSelection, EditorView, keymap, lineNumbers} from '@codemirror/view'
import {mergeTheme} from './merge-theme.js'

/** Props of {@link MergeEditor}. */
export interface MergeEditorProps {
  /** The text the left editor starts with; the user edits it into the merged version. */
  start: string
  /** The text on the right, read-only. */
  other: string
  /** Names of the two editors, for screen readers. */
  labels: {start: string; other: string}
  /** The left editor's text after each change. */
  onChange(value: string): void
  /** The number of differences when the view opens. */
  onDifferences?(count: number): void
}

/** The keys that go to the next and the previous difference, in both editors (as in other diff tools). */
const chunkKeys = keymap.of([
  {key: 'F7', run: goToNextChunk},
  {key: 'Shift-F7', run: goToPreviousChunk}
])

/** What both editors have: line numbers, the palette's colours, wrapping, the difference keys and a name. */
function editor(label: string, extra: Extension): Extension {
  return [
    lineNumbers(),
    drawSelection(),
    mergeTheme,
    EditorView.lineWrapping,
    // No Tab binding: Tab leaves the editor, so keyboard users are never trapped in it.
    chunkKeys,
    EditorView.contentAttributes.of({
      'aria-label': label,
      'aria-multiline': 'true',
      lang: 'nl',
      tabindex: '0'
    }),
    extra
  ]
}

/**
 * Two texts side by side with @codemirror/merge: differences highlighted per
 * line and per word, unchanged lines aligned. The left text is editable (it
 * becomes the merged version), the right one is read-only. F7 and Shift+F7
 * go to the next and previous difference.
 */
export function MergeEditor(props: MergeEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const latest = useRef(props)
  useLayoutEffect(() => {
    latest.current = props
  })

  useEffect(() => {
    const view = new MergeView({
      parent: host.current!,
      a: {
        doc: props.start,
        extensions: editor(props.labels.start, [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString())
          })
        ])
      },
      b: {
        doc: props.other,
        extensions: editor(props.labels.other, [
          EditorState.readOnly.of(true),
          keymap.of(defaultKeymap)
        ])
      },
      gutter: true,
      highlightChanges: true
    })
    // Show the first difference: scroll the box (not the page, whose focus is on the conflict's heading) to it.
    const first = view.chunks[0]
    const frame = requestAnimationFrame(() => {
      if (first && host.current)
        host.current.scrollTop = Math.max(0, view.a.lineBlockAt(first.fromA).top - 48)
    })
    latest.current.onDifferences?.(view.chunks.length)
    return () => {
      cancelAnimationFrame(frame)
      view.destroy()
    }
    // The texts are those of one conflict; a new conflict mounts a new view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return <div className="merge-editor" ref={host} />
}
