import type {DiffLine} from '../line-diff.js'

/** Props of {@link DiffView}. */
export interface DiffViewProps {
  lines: DiffLine[]
  /** What a screen reader hears before a line of each side ("Toegevoegd: ", "Alleen op schijf: "). */
  labels: {add: string; del: string}
  /** Visible marks before the lines of each side (colour alone says nothing to some readers); none for a git diff, whose lines carry their own. */
  marks?: {add: string; del: string}
  /** `compare`: two versions side by side, no line is struck through (neither is the old one). */
  variant?: 'changes' | 'compare'
}

/** Lines of a comparison: added and removed lines marked, gaps of unchanged lines as "…". */
export function DiffView({lines, labels, marks, variant = 'changes'}: DiffViewProps) {
  return (
    <pre className={`diff ${variant === 'compare' ? 'diff-compare' : ''}`} tabIndex={0}>
      {lines.map((line, i) => {
        if (line.kind === 'hunk') {
          return (
            <span key={i} className="diff-hunk">
              …{'\n'}
            </span>
          )
        }
        const label = line.kind === 'same' ? '' : labels[line.kind]
        const mark = line.kind === 'same' || !marks ? (marks ? '  ' : '') : marks[line.kind]
        return (
          <span key={i} className={`diff-${line.kind}`}>
            {label ? <span className="visually-hidden">{label}</span> : null}
            {mark ? <span aria-hidden="true">{mark}</span> : null}
            {line.text}
            {'\n'}
          </span>
        )
      })}
    </pre>
  )
}
