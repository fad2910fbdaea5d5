import path from 'node:path'
import {compareProblems, type Collections, type Problem} from '@opendeuren/content-model'
import {applyDirectives, type Directive} from '../../disable.js'
import {checkCurrency} from '../../rules/currency.js'
import {checkFactCurrency} from '../../rules/facts.js'
import {checkRelated} from '../../rules/links.js'
import type {FileResult, LintConfig} from '../../types.js'
import type {FileRecord} from '../lint-file.js'
import {readContentFile} from '../read-files.js'
import {guardsPublicOutput} from './published.js'
import {applySettings} from './severity.js'
import type {Scope} from './scope.js'

/**
 * Step 5, every problem of the run with its default severity: the content
 * model's, the links', related pages', currency (review dates and facts,
 * both against `today` in every run), retold signals and each file's own.
 *
 * @param collections the assembled collections (their problems, related pages, review dates)
 * @param records each file's record
 * @param linkProblems the cross-file link problems
 * @param disclosureProblems retold signals (`checkDisclosure`, run where its answers can be kept)
 * @param today the date reviews are measured against
 * @param scope the files asked for: review dates are checked only for them
 */
export function gatherProblems(
  collections: Collections,
  records: ReadonlyMap<string, FileRecord>,
  linkProblems: readonly Problem[],
  disclosureProblems: readonly Problem[],
  today: string,
  scope?: Scope
): Problem[] {
  // Currency is a page's own matter: only pages in scope (finding the position of a date reads the file again).
  const currencyOf = scope
    ? {...collections, guides: collections.guides.filter((page) => scope(page.file))}
    : collections
  const all = [
    ...collections.problems,
    ...linkProblems,
    ...checkRelated(collections),
    ...checkCurrency(currencyOf, today),
    ...checkFactCurrency(collections, today),
    ...disclosureProblems
  ]
  for (const record of records.values()) all.push(...record.problems)
  return all
}

/**
 * Step 6, scope: the problems by file, only of the files asked for.
 *
 * @param problems every problem of the run
 * @param scope which files to report on (`undefined`: all)
 */
export function problemsInScope(
  problems: readonly Problem[],
  scope: Scope
): Map<string, Problem[]> {
  const byFile = new Map<string, Problem[]>()
  for (const found of problems) {
    if (scope && !scope(found.file)) continue
    const list = byFile.get(found.file) ?? []
    list.push(found)
    byFile.set(found.file, list)
  }
  return byFile
}

/**
 * Step 7, disable comments and severity: a file's problems after its
 * `<!-- opendeuren-disable ... -->` comments and the configured settings,
 * in file order.
 *
 * @param file path relative to the content root
 * @param problems the file's problems with default severities
 * @param directives the file's disable comments
 * @param config the resolved configuration
 * @param strict the `--strict` option
 * @param published whether the file is public (`publicFiles` of the content model): then `privacy/*` and `safety/*` cannot be disabled
 */
export function settleProblems(
  file: string,
  problems: readonly Problem[],
  directives: readonly Directive[],
  config: LintConfig,
  strict: boolean,
  published = false
): Problem[] {
  const isOff = (ruleId: string): boolean => config.rules[ruleId] === 'off'
  return applySettings(
    applyDirectives(file, problems, directives, isOff, published ? guardsPublicOutput : undefined),
    config,
    strict
  ).sort(compareProblems)
}

const decoder = new TextDecoder('utf-8')

/**
 * One result per file in scope (also those without problems), with the
 * file's text when it has problems, for code frames.
 *
 * @param root absolute content root
 * @param files the content files in scope, and the files problems are about
 * @param records each file's record (its disable comments)
 * @param byFile problems in scope by file ({@link problemsInScope})
 * @param bytesOf the bytes read this run
 * @param settle {@link settleProblems} with the configuration
 */
export function fileResults(
  root: string,
  files: ReadonlySet<string>,
  records: ReadonlyMap<string, FileRecord>,
  byFile: ReadonlyMap<string, Problem[]>,
  bytesOf: ReadonlyMap<string, Uint8Array>,
  settle: (
    file: string,
    problems: readonly Problem[],
    directives: readonly Directive[]
  ) => Problem[]
): FileResult[] {
  return [...files].sort().map((file) => {
    const found = settle(file, byFile.get(file) ?? [], records.get(file)?.facts.directives ?? [])
    const result: FileResult = {file, filePath: path.join(root, file), problems: found}
    if (found.length > 0) {
      // Only files the run read (a skipped FIFO must never be opened: it would block).
      const read =
        bytesOf.get(file) ?? (records.has(file) ? readContentFile(root, file) : undefined)
      const bytes =
        read === undefined
          ? undefined
          : read instanceof Uint8Array
            ? read
            : 'bytes' in read
              ? read.bytes
              : undefined
      if (bytes) result.source = decoder.decode(bytes)
    }
    return result
  })
}
