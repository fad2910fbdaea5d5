import {locate, problem, type Collections, type Problem} from '@opendeuren/content-model'

/**
 * Dates of guide pages against today: an overdue review is a warning (the
 * engine makes it an error with `strict`), a last change in the future an error.
 *
 * @param collections the loaded content
 * @param today `YYYY-MM-DD`
 */
export function checkCurrency(collections: Collections, today: string): Problem[] {
  const problems: Problem[] = []
  for (const page of collections.guides) {
    const {review_by: reviewBy, updated} = page.data
    if (reviewBy < today) {
      problems.push(
        problem(
          'currency/review-overdue',
          page.file,
          locate(page.positions, ['review_by'], {line: 1, column: 1}),
          `De controledatum \`review_by\` (${reviewBy}) is verstreken.`,
          'Controleer of de pagina nog klopt, werk `updated` bij en zet `review_by` verder in de toekomst (meestal een jaar).',
          'warning'
        )
      )
    }
    if (updated > today) {
      problems.push(
        problem(
          'currency/updated-in-future',
          page.file,
          locate(page.positions, ['updated'], {line: 1, column: 1}),
          `De datum \`updated\` (${updated}) ligt in de toekomst; vandaag is het ${today}.`,
          'Vul de datum in waarop u de pagina echt hebt gewijzigd.'
        )
      )
    }
  }
  return problems
}
