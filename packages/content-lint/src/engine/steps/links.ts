import type {Collections, Problem} from '@opendeuren/content-model'
import {packRecord} from '../../cache/pack.js'
import {cachedFile} from '../../cache/store.js'
import type {LinkFact} from '../../rules/link-targets.js'
import {checkLinkFacts, type LinkContext} from '../../rules/links.js'
import type {LintConfig} from '../../types.js'
import type {Collected} from '../collect-records.js'
import {lintExactly} from '../exact-helpers.js'
import type {ToLint} from '../lint-claimed.js'
import {readContentFile} from '../read-files.js'
import type {RunCache} from './cache.js'

/**
 * The cross-file link checks. They run on the facts of the quick reading;
 * a file with a failing link whose facts are not exact is linted again with
 * the exact parser, and its links are checked again, so that its problems
 * carry the exact positions.
 */
async function recheckInexact(
  root: string,
  context: LinkContext,
  collected: Collected,
  config: LintConfig
): Promise<Problem[]> {
  const {records, bytesOf, fresh} = collected
  const found = checkLinkFacts(context)
  const again = new Set(
    found.filter((p) => records.get(p.file)?.exact === false).map((p) => p.file)
  )
  if (again.size === 0) return found
  const items: ToLint[] = []
  for (const file of again) {
    let bytes = bytesOf.get(file)
    if (!bytes) {
      const read = readContentFile(root, file)
      if (!('bytes' in read)) continue
      bytes = read.bytes
      bytesOf.set(file, bytes)
    }
    items.push({file, bytes})
  }
  // The worker threads of the run, when there are any, take a share.
  const exact =
    collected.helpers && items.length > 1
      ? await collected.helpers.lint(items, config)
      : await Promise.all(items.map((item) => lintExactly(item, config)))
  const links = new Map<string, readonly LinkFact[]>()
  for (const [index, {file}] of items.entries()) {
    const record = exact[index]!
    // Keep the entry the collections already hold; only problems and facts change.
    records.set(file, {...record, parsed: records.get(file)!.parsed})
    links.set(file, record.facts.links)
    const cached = fresh[file]
    if (cached) {
      fresh[file] = cachedFile(cached, packRecord(file, record))
      collected.changed = true
    }
  }
  return found.filter((p) => !links.has(p.file)).concat(checkLinkFacts({...context, links}))
}

/** The anchors of each file, as a set, made once per file when a link asks. */
function anchorLookup(collected: Collected): (file: string) => ReadonlySet<string> | undefined {
  const anchors = new Map<string, ReadonlySet<string> | undefined>()
  return (file) => {
    if (!anchors.has(file)) {
      const record = collected.records.get(file)
      anchors.set(file, record ? new Set(record.facts.anchors) : undefined)
    }
    return anchors.get(file)
  }
}

/** What the link checks read: the files, their anchors and links, and how the site publishes. */
function linkContext(
  root: string,
  listed: readonly string[],
  collections: Collections,
  collected: Collected,
  config: LintConfig,
  links: ReadonlyMap<string, readonly LinkFact[]>
): LinkContext {
  return {
    root,
    collections,
    files: new Set(listed),
    anchorsOf: anchorLookup(collected),
    links,
    site: config.site
  }
}

/**
 * The link problems of some files only, the others' facts as they are
 * (a live lint session: the one file being edited).
 *
 * @param root absolute content root
 * @param listed every file in the content
 * @param collections the assembled collections
 * @param collected the records, with the bytes of `files`
 * @param config the resolved configuration
 * @param files the files whose links to check
 */
export async function checkLinksOf(
  root: string,
  listed: readonly string[],
  collections: Collections,
  collected: Collected,
  config: LintConfig,
  files: readonly string[]
): Promise<Problem[]> {
  const links = new Map<string, readonly LinkFact[]>()
  for (const file of files) {
    const facts = collected.records.get(file)?.facts.links ?? []
    if (facts.length > 0) links.set(file, facts)
  }
  if (links.size === 0) return []
  return recheckInexact(
    root,
    linkContext(root, listed, collections, collected, config, links),
    collected,
    config
  )
}

/**
 * Step 3, links between files. With a cache whose content state is the same
 * as now, the last run's link problems still hold, except for links that
 * leave the content root (their targets are looked up again); otherwise
 * every link is checked, and inexact failures are read again exactly.
 *
 * @param root absolute content root
 * @param listed every file in the content
 * @param collections the assembled collections
 * @param collected what this run read
 * @param config the resolved configuration
 * @param run the open cache and the content state, if any
 */
export async function checkLinks(
  root: string,
  listed: readonly string[],
  collections: Collections,
  collected: Collected,
  config: LintConfig,
  run: {cache: RunCache; state: string} | undefined
): Promise<Problem[]> {
  const {records} = collected
  const links = new Map<string, readonly LinkFact[]>()
  const context = linkContext(root, listed, collections, collected, config, links)
  const cachedLinks = run?.cache.cache.links
  if (cachedLinks && cachedLinks.state === run.state) {
    const outside = new Set(
      Object.keys(collected.fresh).filter((file) => collected.fresh[file]!.record.outside)
    )
    for (const file of outside) links.set(file, records.get(file)!.facts.links)
    return cachedLinks.problems.filter((p) => !outside.has(p.file)).concat(checkLinkFacts(context))
  }
  for (const [file, record] of records)
    if (record.facts.links.length > 0) links.set(file, record.facts.links)
  collected.changed = true
  return recheckInexact(root, context, collected, config)
}
