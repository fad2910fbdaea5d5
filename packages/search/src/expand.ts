import type {QueryWord} from './analyse.js'

/** One word of the query with the words that may stand in for it. */
export interface Clause {
  /** Spellings of the typed word to look up (stem and full form). */
  spellings: string[]
  /** Synonyms and full forms from the vocabulary, each a list of index terms. */
  expansions: string[][]
}

function startsAt(words: QueryWord[], at: number, member: string[]): boolean {
  return member.every((term, k) => {
    const word = words[at + k]
    return word !== undefined && (word.stem === term || word.norm === term)
  })
}

/**
 * Expand a query with the vocabulary's synonyms and abbreviations: when the
 * query contains one member of a group (`LKS`, `burn-out`,
 * `psychische klachten`), every word it covers may also be matched by the
 * other members (`loonkostensubsidie`; `psychische klachten`, `overspannen`,
 * ...).
 *
 * @param words the query words ({@link queryWords})
 * @param groups synonym groups, each member as its index terms
 * @returns one clause per query word
 */
export function expandQuery(words: QueryWord[], groups: string[][][]): Clause[] {
  const clauses: Clause[] = words.map((word) => ({
    spellings: [
      word.stem,
      word.norm,
      ...(word.root === undefined ? [] : [word.root]),
      ...(word.parts ?? [])
    ],
    expansions: []
  }))
  for (const group of groups) {
    for (const member of group) {
      for (let at = 0; at + member.length <= words.length; at++) {
        if (!startsAt(words, at, member)) continue
        for (let k = 0; k < member.length; k++) {
          const clause = clauses[at + k]!
          for (const other of group) {
            if (
              other !== member &&
              !clause.expansions.some((known) => known.join(' ') === other.join(' '))
            )
              clause.expansions.push(other)
          }
        }
      }
    }
  }
  return clauses
}
