import {EditorView} from '@codemirror/view'

/**
 * The merge view's colours, only from the palette (palette.css): @codemirror/merge
 * brings its own greens, reds and gradients, which are replaced here. A changed
 * line is drawn in the palette's removed (your version) or added (the version on
 * disk) pair, which meets 7:1; a changed word is underlined as well, so colour is
 * not the only sign; the gutter carries a bar in the same colour.
 */
export const mergeTheme = EditorView.theme({
  '&': {color: 'var(--text)', backgroundColor: 'var(--field-bg)'},
  '.cm-content': {caretColor: 'var(--text)'},
  '.cm-cursor, .cm-dropCursor': {borderLeftColor: 'var(--text)'},
  '.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-content ::selection':
    {
      backgroundColor: 'var(--selection)'
    },
  '&.cm-merge-a .cm-changedLine': {backgroundColor: 'var(--removed-bg)', color: 'var(--removed)'},
  '&.cm-merge-b .cm-changedLine': {backgroundColor: 'var(--added-bg)', color: 'var(--added)'},
  '&.cm-merge-a .cm-changedText, &.cm-merge-b .cm-changedText, &.cm-merge-b .cm-deletedText': {
    background: 'none',
    textDecoration: 'underline',
    textDecorationThickness: '2px'
  },
  '.cm-gutters': {
    backgroundColor: 'var(--gutter-bg)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--line)'
  },
  '&.cm-merge-a .cm-changedLineGutter': {background: 'var(--removed)'},
  '&.cm-merge-b .cm-changedLineGutter': {background: 'var(--added)'},
  '.cm-collapsedLines': {color: 'var(--muted)', background: 'var(--gutter-bg)'}
})
