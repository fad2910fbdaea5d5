/** A ranked candidate: a record id and its score (higher is better). */
export interface Candidate {
  id: number
  score: number
}

// The usual constant of reciprocal rank fusion (Cormack et al. 2009): the
// first places differ little, so neither ranking decides alone.
const fusionConstant = 60

/**
 * Reciprocal rank fusion: every record scores the sum over the rankings of
 * 1 / (60 + its place), places counted from 1; a record a ranking does not
 * hold gets nothing from it. Best first, ties by record id.
 *
 * @param rankings candidate lists, each best first
 * @returns the fused list, best first
 */
export function reciprocalRankFusion(rankings: Candidate[][]): Candidate[] {
  const fused = new Map<number, number>()
  for (const ranking of rankings)
    ranking.forEach((candidate, place) =>
      fused.set(candidate.id, (fused.get(candidate.id) ?? 0) + 1 / (fusionConstant + place + 1))
    )
  return [...fused]
    .map(([id, score]) => ({id, score}))
    .sort((a, b) => b.score - a.score || a.id - b.id)
}
