/** One line of a git diff: unchanged, removed, added, or a gap of unchanged lines (a hunk header). */
export type DiffLine = {kind: 'same' | 'del' | 'add'; text: string} | {kind: 'hunk'}

/** Props of {@link DiffView}. */
export interface DiffViewProps {
  lines: DiffLine[]
  /** What a screen reader hears before an added or removed line ("Toegevoegd: "). */
  labels: {add: string; del: string}
}

/** The lines of a git diff (which carry their own + and −): added and removed lines marked, gaps of unchanged lines as "…". */
export function DiffView({lines, labels}: DiffViewProps) {
  return (
    <pre className="diff" tabIndex={0}>
      {lines.map((line, i) => {
        if (line.kind === 'hunk') {
          return (
            <span key={i} className="diff-hunk">
              …{'\n'}
            </span>
          )
        }
        const label = line.kind === 'same' ? '' : labels[line.kind]
        return (
          <span key={i} className={`diff-${line.kind}`}>
            {label ? <span className="visually-hidden">{label}</span> : null}
            {line.text}
            {'\n'}
          </span>
        )
      })}
    </pre>
  )
}
