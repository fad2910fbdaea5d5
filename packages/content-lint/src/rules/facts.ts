import {
  citingFiles,
  factStatus,
  locate,
  problem,
  type Collections,
  type Fact,
  type FactEntry,
  type Problem
} from '@opendeuren/content-model'

/** One way a fact can be out of date: its rule, the key it is reported at, and the words for the fact and for a page citing it. */
interface Verdict {
  ruleId: 'facts/expired' | 'facts/unchecked'
  key: 'valid_until' | 'checked'
  applies: (status: ReturnType<typeof factStatus>) => boolean
  onFact: (fact: Fact, today: string) => [message: string, hint: string]
  onCitation: (fact: Fact, where: string) => [message: string, hint: string]
}

const verdicts: readonly Verdict[] = [
  {
    ruleId: 'facts/expired',
    key: 'valid_until',
    applies: (status) => status.expired,
    onFact: (fact, today) => [
      `Het feit \`${fact.id}\` gold tot en met ${fact.valid_until}; vandaag is het ${today}.`,
      'Zoek de waarde van nu op bij de bron en leg die vast (nieuw feit of dit feit bijgewerkt, met `checked` op vandaag).'
    ],
    onCitation: (fact, where) => [
      `Deze pagina noemt het verlopen feit \`${fact.id}\` (geldig tot en met ${fact.valid_until}).`,
      `Werk het feit bij in ${where}, of verwijs naar het feit van dit jaar.`
    ]
  },
  {
    ruleId: 'facts/unchecked',
    key: 'checked',
    applies: (status) => status.unchecked,
    onFact: (fact) => [
      `Het feit \`${fact.id}\` is voor het laatst gecontroleerd op ${fact.checked}, meer dan een jaar geleden.`,
      'Lees de bron opnieuw na en zet `checked` op de datum van vandaag.'
    ],
    onCitation: (fact, where) => [
      `Deze pagina noemt het feit \`${fact.id}\`, dat meer dan een jaar niet is gecontroleerd (laatst op ${fact.checked}).`,
      `Controleer het feit in ${where} en zet \`checked\` op vandaag.`
    ]
  }
]

/**
 * Facts against today: a fact past its `valid_until` (`facts/expired`) or
 * checked more than a year ago (`facts/unchecked`) is a warning on the fact
 * and on every citation of it. Computed in every run from `today`, after the
 * cache (like `review_by`): a verdict is never replayed from another day.
 *
 * @param collections the loaded content
 * @param today `YYYY-MM-DD`
 */
export function checkFactCurrency(
  collections: Pick<Collections, 'facts' | 'guides' | 'consultations'>,
  today: string
): Problem[] {
  const problems: Problem[] = []
  const stale = new Map<string, {fact: FactEntry; found: Verdict[]}>()
  for (const fact of collections.facts) {
    const status = factStatus(fact.data, today)
    const found = verdicts.filter((verdict) => verdict.applies(status))
    for (const verdict of found) {
      const [message, hint] = verdict.onFact(fact.data, today)
      problems.push(
        problem(
          verdict.ruleId,
          fact.file,
          locate(fact.positions, [verdict.key], {line: 1, column: 1}),
          message,
          hint,
          'warning'
        )
      )
    }
    if (found.length > 0) stale.set(fact.data.id, {fact, found})
  }
  if (stale.size === 0) return problems
  for (const citing of citingFiles(collections)) {
    for (const citation of citing.citations) {
      const entry = stale.get(citation.id)
      for (const verdict of entry?.found ?? []) {
        const [message, hint] = verdict.onCitation(entry!.fact.data, `\`${entry!.fact.file}\``)
        problems.push(problem(verdict.ruleId, citing.file, citation, message, hint, 'warning'))
      }
    }
  }
  return problems
}
