import {citingFiles, factStatus, locate, problem, type Collections, type FactEntry, type Problem} from '@opendeuren/content-model'

/**
 * Facts against today: a fact past its `valid_until` (`facts/expired`) or
 * checked more than a year ago (`facts/unchecked`) is a warning on the fact
 * and on every citation of it. Computed in every run from `today`, after the
 * cache (like `review_by`): a verdict is never replayed from another day.
 *
 * @param collections the loaded content
 * @param today `YYYY-MM-DD`
 */
export function checkFactCurrency(collections: Pick<Collections, 'facts' | 'guides' | 'consultations'>, today: string): Problem[] {
  const problems: Problem[] = []
  const stale = new Map<string, {fact: FactEntry; expired: boolean; unchecked: boolean}>()
  for (const fact of collections.facts) {
    const {id, valid_until: until, checked} = fact.data
    const status = factStatus(fact.data, today)
    if (status.expired) {
      problems.push(
        problem(
          'facts/expired',
          fact.file,
          locate(fact.positions, ['valid_until'], {line: 1, column: 1}),
          `Het feit \`${id}\` gold tot en met ${until}; vandaag is het ${today}.`,
          'Zoek de waarde van nu op bij de bron en leg die vast (nieuw feit of dit feit bijgewerkt, met `checked` op vandaag).',
          'warning'
        )
      )
    }
    if (status.unchecked) {
      problems.push(
        problem(
          'facts/unchecked',
          fact.file,
          locate(fact.positions, ['checked'], {line: 1, column: 1}),
          `Het feit \`${id}\` is voor het laatst gecontroleerd op ${checked}, meer dan een jaar geleden.`,
          'Lees de bron opnieuw na en zet `checked` op de datum van vandaag.',
          'warning'
        )
      )
    }
    if (status.expired || status.unchecked) stale.set(id, {fact, expired: status.expired, unchecked: status.unchecked})
  }
  if (stale.size === 0) return problems
  for (const citing of citingFiles(collections)) {
    for (const citation of citing.citations) {
      const found = stale.get(citation.id)
      if (!found) continue
      const where = `\`${found.fact.file}\``
      if (found.expired) {
        problems.push(
          problem(
            'facts/expired',
            citing.file,
            citation,
            `Deze pagina noemt het verlopen feit \`${citation.id}\` (geldig tot en met ${found.fact.data.valid_until}).`,
            `Werk het feit bij in ${where}, of verwijs naar het feit van dit jaar.`,
            'warning'
          )
        )
      }
      if (found.unchecked) {
        problems.push(
          problem(
            'facts/unchecked',
            citing.file,
            citation,
            `Deze pagina noemt het feit \`${citation.id}\`, dat meer dan een jaar niet is gecontroleerd (laatst op ${found.fact.data.checked}).`,
            `Controleer het feit in ${where} en zet \`checked\` op vandaag.`,
            'warning'
          )
        )
      }
    }
  }
  return problems
}
