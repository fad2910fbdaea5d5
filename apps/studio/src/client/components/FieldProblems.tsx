import type {LintProblem} from '../api.js'

/** The lint problems of one field, tied to its control by `aria-describedby`. */
export function FieldProblems({problems, id}: {problems: LintProblem[] | undefined; id: string}) {
  if (!problems || problems.length === 0) return null
  return (
    <ul className="field-problems" id={id}>
      {problems.map((p, i) => (
        <li key={i} className={p.severity}>
          <strong>{p.severity === 'error' ? 'Fout' : 'Waarschuwing'}</strong> (regel {p.line}):{' '}
          {p.message}
          {p.hint ? <span className="hint"> {p.hint}</span> : null}
        </li>
      ))}
    </ul>
  )
}
