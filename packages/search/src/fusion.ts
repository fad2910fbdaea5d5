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
 * hold gets nothing from it. Best first; records with the same fused score
 * (one ranking puts A first and B second, the other the other way round) by
 * the sum of their scores as a share of each ranking's best, then by id.
 *
 * @param rankings candidate lists, each best first
 * @returns the fused list, best first
 */
export function reciprocalRankFusion(rankings: Candidate[][]): Candidate[] {
  const fused = new Map<number, {score: number; share: number}>()
  for (const ranking of rankings) {
    const best = ranking[0]?.score ?? 0
    ranking.forEach((candidate, place) => {
      const entry = fused.get(candidate.id) ?? {score: 0, share: 0}
      entry.score += 1 / (fusionConstant + place + 1)
      entry.share += best > 0 ? candidate.score / best : 0
      fused.set(candidate.id, entry)
    })
  }
  return [...fused]
    .map(([id, {score, share}]) => ({id, score, share}))
    .sort((a, b) => b.score - a.score || b.share - a.share || a.id - b.id)
    .map(({id, score}) => ({id, score}))
}
