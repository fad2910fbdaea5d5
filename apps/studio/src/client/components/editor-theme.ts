import {HighlightStyle, syntaxHighlighting} from '@codemirror/language'
import {EditorView} from '@codemirror/view'
import {tags} from '@lezer/highlight'

/**
 * How Markdown looks in the editor. Only the palette's variables (palette.css),
 * so the editor follows the light and the dark scheme with the contrast the
 * palette's table promises; CodeMirror's default style has its own colours.
 */
const markdownStyle = HighlightStyle.define([
  {tag: tags.heading, fontWeight: 'bold', textDecoration: 'underline'},
  {tag: tags.emphasis, fontStyle: 'italic'},
  {tag: tags.strong, fontWeight: 'bold'},
  {tag: tags.strikethrough, textDecoration: 'line-through'},
  {tag: tags.link, textDecoration: 'underline'},
  {tag: [tags.url, tags.contentSeparator, tags.labelName], color: 'var(--brand)'},
  {tag: [tags.meta, tags.processingInstruction, tags.comment], color: 'var(--code-mark)'},
  {tag: tags.monospace, color: 'var(--text)'},
  {tag: tags.invalid, color: 'var(--error)'}
])

/** The editor's colours: text, caret, selection, the lint tooltip and its marks. */
const colours = EditorView.theme({
  '&': {color: 'var(--text)', backgroundColor: 'var(--field-bg)'},
  '.cm-content': {caretColor: 'var(--text)'},
  '.cm-cursor, .cm-dropCursor': {borderLeftColor: 'var(--text)'},
  '.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-content ::selection':
    {
      backgroundColor: 'var(--selection)'
    },
  '.cm-tooltip': {
    color: 'var(--text)',
    backgroundColor: 'var(--panel)',
    border: '1px solid var(--border)'
  },
  '.cm-diagnostic-error': {borderLeftColor: 'var(--error)'},
  '.cm-diagnostic-warning': {borderLeftColor: 'var(--warning)'},
  // CodeMirror dims the rule id to 70 % opacity at 70 % size: too faint for 7:1. In the text colour, smaller:
  // axe measured the muted grey below 7:1 where the tooltip lies over the editor.
  '.cm-diagnosticSource': {color: 'var(--text)', opacity: '1', fontSize: '85%'},
  '.cm-lintRange-active': {backgroundColor: 'var(--lint-active)'}
})

/** The editor's look as CodeMirror extensions: colours and Markdown highlighting. */
export const editorTheme = [colours, syntaxHighlighting(markdownStyle)]
