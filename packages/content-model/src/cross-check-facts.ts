import type {Collections} from './entries.js'
import {citingFiles} from './facts/citing.js'
import {locate} from './positions.js'
import {problem, type Problem} from './problem.js'
import {closest} from './text/distance.js'

type CheckInput = Pick<Collections, 'facts' | 'rejected' | 'guides' | 'consultations'>

/**
 * Checks of facts across files: every fact id is unique over all facts
 * files, and every `:feit[<id>]` in a guide page or consultation names a
 * fact (`facts/unknown`, with a suggestion for a near miss). A fact that
 * exists but failed its schema is not reported again at its citations.
 * Vocabulary ids of facts are checked with the others in `crossCheck`.
 *
 * @param content the collections
 */
export function checkFacts(content: CheckInput): Problem[] {
  const problems: Problem[] = []
  const seen = new Map<string, string>()
  for (const fact of content.facts) {
    const {id} = fact.data
    const other = seen.get(id)
    if (other === undefined) {
      seen.set(id, fact.file)
      continue
    }
    problems.push(
      problem(
        'id/duplicate',
        fact.file,
        locate(fact.positions, ['id'], {line: 1, column: 1}),
        `De feit-id \`${id}\` wordt ook gebruikt in \`${other}\`.`,
        'Geef elk feit een eigen id; een id wordt het adres van het feit in de overzichtspagina van bedragen.'
      )
    )
  }
  const rejected = new Set(
    content.rejected
      .filter((r) => r.kind === 'facts' && typeof r.raw?.data.id === 'string')
      .map((r) => r.raw!.data.id as string)
  )
  const ids = [...seen.keys()]
  for (const citing of citingFiles(content)) {
    for (const citation of citing.citations) {
      if (seen.has(citation.id) || rejected.has(citation.id)) continue
      const suggestion = closest(citation.id, ids)
      problems.push(
        problem(
          'facts/unknown',
          citing.file,
          citation,
          citation.id === ''
            ? 'De verwijzing `:feit[]` noemt geen feit.'
            : `Onbekend feit \`${citation.id}\` in \`:feit[${citation.id}]\`.`,
          suggestion
            ? `Bedoelde u \`${suggestion}\`?`
            : 'Gebruik een id uit `content/facts/`, of voeg het feit daar eerst toe.'
        )
      )
    }
  }
  return problems
}
