import {classifyPath} from '@opendeuren/content-model'
import type {LintRun} from '@opendeuren/content-lint'

/** One row of the overview. */
export interface OverviewItem {
  path: string
  kind: 'gids' | 'pagina' | 'signaal' | 'consultatie' | 'overig'
  title: string
  status?: string
  reviewBy?: string
  overdue: boolean
  visibility?: string
  guide?: string
  errors: number
  warnings: number
}

/**
 * Every content file of a lint run with its status, review date and number of
 * problems; overdue first (earliest review date first), then by path.
 *
 * @param run the lint run, files named as the studio names them
 * @param today the date (YYYY-MM-DD) a review date is overdue before
 */
export function overviewItems(run: LintRun, today: string): OverviewItem[] {
  const counts = new Map<string, {errors: number; warnings: number}>()
  for (const result of run.results) {
    const errors = result.problems.filter((p) => p.severity === 'error').length
    counts.set(result.file, {errors, warnings: result.problems.length - errors})
  }
  const items: OverviewItem[] = []
  const seen = new Set<string>()
  const count = (file: string) => counts.get(file) ?? {errors: 0, warnings: 0}
  const {collections} = run
  for (const page of collections.guides) {
    seen.add(page.file)
    items.push({
      path: page.file,
      kind: page.slug === 'index' ? 'gids' : 'pagina',
      title: page.data.title,
      status: page.data.status,
      reviewBy: page.data.review_by,
      overdue: page.data.review_by < today,
      guide: page.guide,
      ...count(page.file)
    })
  }
  for (const signal of collections.signals) {
    seen.add(signal.file)
    items.push({
      path: signal.file,
      kind: 'signaal',
      title: signal.data.title,
      visibility: signal.data.visibility,
      overdue: false,
      ...count(signal.file)
    })
  }
  for (const consultation of collections.consultations) {
    seen.add(consultation.file)
    items.push({
      path: consultation.file,
      kind: 'consultatie',
      title: consultation.data.title,
      status: consultation.data.status,
      overdue: false,
      ...count(consultation.file)
    })
  }
  for (const result of run.results) {
    if (seen.has(result.file) || !result.file.endsWith('.md')) continue
    const where = classifyPath(result.file)
    const kind =
      where.kind === 'guide-page'
        ? 'pagina'
        : where.kind === 'signal'
          ? 'signaal'
          : where.kind === 'consultation'
            ? 'consultatie'
            : 'overig'
    items.push({
      path: result.file,
      kind,
      title: result.file,
      overdue: false,
      ...count(result.file)
    })
  }
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.overdue && b.overdue
        ? a.reviewBy! < b.reviewBy!
          ? -1
          : a.reviewBy! > b.reviewBy!
            ? 1
            : 0
        : 0) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  )
}
