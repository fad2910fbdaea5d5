import {posix} from 'node:path'
import {closest, problem, type Problem, type Span} from '@opendeuren/content-model'
import type {Outline} from '../markdown/outline.js'

/** A link whose target lies outside its own file: checked across files on every run. */
export interface LinkFact {
  /** `relative` = a path to a file, `site` = an absolute path on the site. */
  kind: 'relative' | 'site'
  /** The path, decoded, without query or anchor. */
  path: string
  anchor?: string
  /** The destination as written (for messages). */
  url: string
  span: Span
}

/** Decode `%xx`; leave text that is not valid percent-encoding as it is. */
export function decode(text: string): string {
  // Most destinations have no escape at all: nothing to decode (and no exception to catch).
  if (!text.includes('%')) return text
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function split(url: string): {path: string; anchor?: string} {
  const hash = url.indexOf('#')
  const withoutHash = hash === -1 ? url : url.slice(0, hash)
  const query = withoutHash.indexOf('?')
  const path = decode(query === -1 ? withoutHash : withoutHash.slice(0, query))
  return hash === -1 ? {path} : {path, anchor: decode(url.slice(hash + 1))}
}

/**
 * The fact of a link to another file or a site path.
 *
 * @param url the destination, trimmed, not starting with `#` or a scheme
 * @param span where the link is
 */
export function linkFact(url: string, span: Span): LinkFact {
  const {path, anchor} = split(url)
  const fact: LinkFact = {kind: url.startsWith('/') ? 'site' : 'relative', path, url, span}
  if (anchor !== undefined && anchor !== '') fact.anchor = anchor
  return fact
}

/**
 * Whether a relative link points outside the content root (its target is
 * then looked up on disk, not among the content files).
 *
 * @param file path relative to the content root
 * @param fact the link
 */
export function leavesRoot(file: string, fact: LinkFact): boolean {
  return fact.kind === 'relative' && resolveLink(file, fact).startsWith('../')
}

/**
 * The path a relative link resolves to, relative to the content root.
 *
 * @param file path relative to the content root
 * @param fact the link
 */
export function resolveLink(file: string, fact: LinkFact): string {
  return posix.normalize(posix.join(posix.dirname(file), fact.path === '' ? '.' : fact.path))
}

/**
 * Sort the links of a body: anchors into the same file are checked here
 * (they depend on this file only); links to other files and site paths are
 * returned as facts for the cross-file check.
 *
 * @param file path relative to the content root
 * @param body the outline of the body
 */
export function checkLinkTargets(
  file: string,
  body: Outline
): {facts: LinkFact[]; problems: Problem[]} {
  const facts: LinkFact[] = []
  const problems: Problem[] = []
  for (const link of [...body.links.filter((l) => l.kind !== 'reference'), ...body.images]) {
    const url = link.url.trim()
    // A scheme (https:, mailto:, javascript: ...) or a protocol-relative address: not ours to resolve.
    if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue
    if (url.startsWith('#')) {
      const anchor = decode(url.slice(1))
      if (anchor === '' || body.anchors.has(anchor)) continue
      const suggestion = closest(anchor, body.anchors)
      problems.push(
        problem(
          'links/anchor-missing',
          file,
          link.span,
          `De kop \`#${anchor}\` bestaat niet op deze pagina.`,
          suggestion
            ? `Bedoelde u \`#${suggestion}\`?`
            : 'Het anker is de tekst van de kop in kleine letters, met streepjes in plaats van spaties, zoals `#het-gesprek-voeren`.'
        )
      )
      continue
    }
    facts.push(linkFact(url, link.span))
  }
  return {facts, problems}
}
