import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {PublishedGuides, PublishedPage} from './model.js'

/** What the page header and footer read from a generated page (`frontMatter.opendeuren`). */
export interface PageMeta {
  guide: string
  guideTitle: string
  /** Site path of the guide's start page. */
  guideUrl: string
  themes: PublishedPage['themes']
  audiences: PublishedPage['audiences']
  updated: string
  reviewBy: string
  sources: PublishedPage['sources']
  related: PublishedPage['related']
  editUrl: string
}

/**
 * The Markdown file plugin-content-docs reads for one page. The frontmatter
 * is JSON (valid YAML), so no title or description needs escaping, and dates
 * stay strings.
 *
 * @param page the published page
 * @param guide title and site path of its guide
 */
export function renderGeneratedPage(
  page: PublishedPage,
  guide: {title: string; url: string}
): string {
  const meta: PageMeta = {
    guide: page.guide,
    guideTitle: guide.title,
    guideUrl: guide.url,
    themes: page.themes,
    audiences: page.audiences,
    updated: page.updated,
    reviewBy: page.reviewBy,
    sources: page.sources,
    related: page.related,
    editUrl: page.editUrl
  }
  const frontMatter: Record<string, unknown> = {
    title: page.title,
    description: page.description,
    slug: page.slug === 'index' ? `/${page.guide}/` : `/${page.guide}/${page.slug}`,
    sidebar_label: page.title,
    hide_title: true,
    toc_max_heading_level: 2,
    opendeuren: meta
  }
  // Docusaurus rejects an empty `keywords` list.
  if (page.keywords.length > 0) frontMatter.keywords = page.keywords
  const lines = Object.entries(frontMatter).map(
    ([key, value]) => `${key}: ${JSON.stringify(value)}`
  )
  return `---\n${lines.join('\n')}\n---\n\n${page.body.replace(/^\s+/, '')}`
}

/**
 * One sidebar per guide, named after the guide, start page first.
 *
 * @param published the published guides
 */
export function renderSidebars(published: PublishedGuides): string {
  const sidebars = Object.fromEntries(
    published.guides.map((guide) => [
      guide.id,
      guide.pages.map((page) => ({
        type: 'doc',
        id: `${page.guide}/${page.slug}`,
        label: page.title
      }))
    ])
  )
  return `module.exports = ${JSON.stringify(sidebars, null, 2)}\n`
}

/**
 * The Markdown files plugin-content-docs reads, as they will be written:
 * `<guide>/<page>.md` (relative to the generated folder) with its text.
 *
 * @param published the published guides
 */
export function generatedDocs(published: PublishedGuides): Map<string, string> {
  const docs = new Map<string, string>()
  for (const guide of published.guides) {
    for (const page of guide.pages)
      docs.set(path.join(page.guide, `${page.slug}.md`), renderGeneratedPage(page, guide))
  }
  return docs
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

async function writeIfChanged(file: string, text: string): Promise<boolean> {
  const current = await readFile(file, 'utf8').catch(() => undefined)
  if (current === text) return false
  await mkdir(path.dirname(file), {recursive: true})
  await writeFile(file, text)
  return true
}

/**
 * Write the published pages to `<docsDir>/<guide>/<page>.md` (the same folder
 * structure as `content/guides`, so relative `.md` links keep working) and
 * the sidebars to `sidebarsFile`. Files that did not change are not touched
 * and files of pages that are no longer published are removed, so a running
 * dev server only reloads what changed.
 *
 * @param published the published guides
 * @param docsDir directory plugin-content-docs reads
 * @param sidebarsFile file plugin-content-docs reads its sidebars from
 * @returns the number of files written or removed
 */
export async function writeGeneratedDocs(
  published: PublishedGuides,
  docsDir: string,
  sidebarsFile: string
): Promise<number> {
  const wanted = new Map(
    [...generatedDocs(published)].map(([file, text]) => [path.join(docsDir, file), text])
  )
  await mkdir(docsDir, {recursive: true})
  let changes = 0
  for (const file of await listFiles(docsDir)) {
    if (!wanted.has(file)) {
      await rm(file)
      changes++
    }
  }
  for (const [file, text] of wanted) if (await writeIfChanged(file, text)) changes++
  if (await writeIfChanged(sidebarsFile, renderSidebars(published))) changes++
  return changes
}
