import {existsSync} from 'node:fs'
import path from 'node:path'
import {
  closest,
  locate,
  problem,
  publicFiles,
  publishedGuidePages,
  siteRoutes,
  whyNotPublishedFor,
  type Collections,
  type Problem,
  type PublicationOptions,
  type Route
} from '@opendeuren/content-model'
import {resolveLink, type LinkFact} from './link-targets.js'

/** What the cross-file link check knows of the content. */
export interface LinkContext {
  root: string
  collections: Collections
  /** Every file below the root, relative. */
  files: ReadonlySet<string>
  /** Anchors of a Markdown file (asked only for files that links point to with an anchor). */
  anchorsOf: (file: string) => ReadonlySet<string> | undefined
  /** Outgoing links per file. */
  links: ReadonlyMap<string, readonly LinkFact[]>
  /** How the site publishes (`LintConfig.site`): where its guide pages are. */
  site?: PublicationOptions
}

const conceptHint =
  'Niet-gepubliceerde pagina’s staan niet op de site, dus de link werkt daar niet. Publiceer die pagina (en de startpagina van haar gids) ook, of haal de link weg.'

function anchorProblem(
  file: string,
  fact: LinkFact,
  target: string,
  anchors: ReadonlySet<string> | undefined
): Problem | undefined {
  if (fact.anchor === undefined || !anchors || anchors.has(fact.anchor)) return undefined
  const suggestion = closest(fact.anchor, anchors)
  return problem(
    'links/anchor-missing',
    file,
    fact.span,
    `De kop \`#${fact.anchor}\` bestaat niet in \`${target}\`.`,
    suggestion
      ? `Bedoelde u \`#${suggestion}\`?`
      : 'Het anker is de tekst van de kop in kleine letters, met streepjes in plaats van spaties.'
  )
}

/** Resolve a relative link to a file the site knows: the file itself, `x.md`, or `x/index.md`. */
function resolveRelative(
  files: ReadonlySet<string>,
  resolved: string
): {target?: string; exists: boolean} {
  const bare = resolved.replace(/\/+$/, '')
  for (const candidate of [bare, `${bare}.md`, `${bare}/index.md`])
    if (files.has(candidate)) return {target: candidate, exists: true}
  for (const file of files) if (file.startsWith(`${bare}/`)) return {exists: true}
  return {exists: false}
}

function missingFile(
  context: LinkContext,
  file: string,
  fact: LinkFact,
  resolved: string
): Problem {
  const folder = path.posix.dirname(resolved)
  const siblings = [...context.files]
    .filter((f) => path.posix.dirname(f) === folder)
    .map((f) => path.posix.basename(f))
  const name = path.posix.basename(resolved)
  const suggestion = closest(name, siblings)
  const written = fact.url.split(/[?#]/)[0]!
  const suggested = suggestion
    ? written.slice(0, written.length - encodeURI(name).length).concat(suggestion)
    : undefined
  return problem(
    'links/file-missing',
    file,
    fact.span,
    `De link naar \`${written}\` wijst naar een bestand dat niet bestaat (\`${resolved}\`).`,
    suggested && suggested !== written
      ? `Bedoelde u \`${suggested}\`?`
      : 'Controleer de bestandsnaam en het pad; een andere pagina van dezelfde gids linkt u als `./pagina.md`.'
  )
}

/** Where a relative link's path leads from one folder. */
type Known = {resolved: string; target?: string; exists: boolean}

/**
 * Check the links that leave their file: relative links to files and
 * headings, absolute links to pages of the site, and links from published
 * pages to concept pages. Runs on stored facts, so it is cheap to repeat on
 * every run, also when all files come from the cache.
 *
 * @param context the content and the facts of the files to check
 */
export function checkLinkFacts(context: LinkContext): Problem[] {
  const problems: Problem[] = []
  const guides = new Map(context.collections.guides.map((g) => [g.file, g]))
  // What is public is the content model's decision: a link from a public file to a page that is not is an error.
  const published = publicFiles(context.collections)
  const routes = siteRoutes(context.collections, context.site)
  const whyNot = whyNotPublishedFor(context.collections)
  // Pages of a guide link to the same few pages: resolve each destination once per folder.
  const byFolder = new Map<string, Map<string, Known>>()
  // Why a target page is not on the site, asked once per page (thousands of links point to a few hundred pages).
  const reasons = new Map<string, string | undefined>()
  const whyNotOnSite = (target: string): string | undefined => {
    if (reasons.has(target)) return reasons.get(target)
    const page = guides.get(target)
    const why = page ? whyNot(page) : undefined
    reasons.set(target, why)
    return why
  }
  for (const [file, facts] of context.links) {
    const folder = path.posix.dirname(file)
    const isPublic = published.has(file)
    let targets = byFolder.get(folder)
    if (!targets) byFolder.set(folder, (targets = new Map<string, Known>()))
    for (const fact of facts) {
      if (fact.kind === 'site') {
        problems.push(...checkSiteLink(file, fact, routes, context.anchorsOf))
        continue
      }
      if (fact.path === '') {
        const anchor = anchorProblem(
          file,
          fact,
          file,
          fact.anchor === undefined ? undefined : context.anchorsOf(file)
        )
        if (anchor) problems.push(anchor)
        continue
      }
      let known = targets.get(fact.path)
      if (!known) {
        const resolved = resolveLink(file, fact)
        known = resolved.startsWith('../')
          ? {resolved, exists: existsSync(path.join(context.root, resolved))}
          : {resolved, ...resolveRelative(context.files, resolved)}
        targets.set(fact.path, known)
      }
      const {resolved, target, exists} = known
      if (resolved.startsWith('../')) {
        if (!exists) problems.push(missingFile(context, file, fact, resolved))
        continue
      }
      if (!exists) {
        problems.push(missingFile(context, file, fact, resolved))
        continue
      }
      if (!target) continue
      const anchor = anchorProblem(
        file,
        fact,
        target,
        fact.anchor === undefined ? undefined : context.anchorsOf(target)
      )
      if (anchor) problems.push(anchor)
      const why = isPublic ? whyNotOnSite(target) : undefined
      if (why) {
        problems.push(
          problem(
            'links/to-concept',
            file,
            fact.span,
            `Deze pagina is gepubliceerd, maar linkt naar \`${target}\`, die niet op de site staat: ${why}.`,
            conceptHint
          )
        )
      }
    }
  }
  return problems
}

/**
 * Published guide pages whose `related` names a page that is not published.
 *
 * @param collections the loaded content
 */
export function checkRelated(collections: Collections): Problem[] {
  const problems: Problem[] = []
  const byPath = new Map(collections.guides.map((g) => [g.path, g]))
  const whyNot = whyNotPublishedFor(collections)
  for (const page of publishedGuidePages(collections)) {
    page.data.related?.forEach((target, index) => {
      const other = byPath.get(target)
      const why = other ? whyNot(other) : undefined
      if (!why) return
      problems.push(
        problem(
          'links/to-concept',
          page.file,
          locate(page.positions, ['related', index], {line: 1, column: 1}),
          `Deze pagina is gepubliceerd, maar \`related\` noemt \`${target}\`, die niet op de site staat: ${why}.`,
          conceptHint
        )
      )
    })
  }
  return problems
}

/**
 * Every cross-file link check: {@link checkLinkFacts} and {@link checkRelated}.
 *
 * @param context the content and the facts of every file
 */
export function checkLinks(context: LinkContext): Problem[] {
  return [...checkLinkFacts(context), ...checkRelated(context.collections)]
}

function checkSiteLink(
  file: string,
  fact: LinkFact,
  routes: ReadonlyMap<string, Route>,
  anchorsOf: LinkContext['anchorsOf']
): Problem[] {
  const last = fact.path.split('/').pop() ?? ''
  // A path with an extension is a static file of the site (an image, a PDF), not a page.
  if (/\.[a-z0-9]+$/i.test(last)) return []
  const normal = fact.path.length > 1 ? fact.path.replace(/\/+$/, '') : fact.path
  const route = routes.get(normal)
  if (route?.file) {
    const anchor = anchorProblem(
      file,
      fact,
      route.file,
      fact.anchor === undefined ? undefined : anchorsOf(route.file)
    )
    return anchor ? [anchor] : []
  }
  if (route && !route.unpublished) return []
  const written = fact.url.split(/[?#]/)[0]!
  if (route?.unpublished) {
    return [
      problem(
        'links/site-route-missing',
        file,
        fact.span,
        `De link \`${written}\` wijst naar een pagina die niet op de site staat: ${route.unpublished}.`,
        conceptHint
      )
    ]
  }
  const suggestion = closest(
    normal,
    [...routes.keys()].filter((r) => !routes.get(r)!.unpublished)
  )
  return [
    problem(
      'links/site-route-missing',
      file,
      fact.span,
      `De link \`${written}\` wijst naar een pagina die niet op de site bestaat.`,
      suggestion
        ? `Bedoelde u \`${suggestion}\`?`
        : 'Link liever relatief naar het bestand (`./pagina.md` of `../andere-gids/index.md`); dan controleert de site de link ook.'
    )
  ]
}
