import {defaultGuidesBasePath} from '@opendeuren/content-model/publication'
import {indexTerms} from './analyse.js'
import {headingAnchors, passages, splitSections} from './sections.js'
import type {
  PageInput,
  PageRow,
  RecordRow,
  SerialisedSearchIndex,
  SummaryShard,
  VocabularyInput
} from './types.js'

/** Options for {@link buildSearchIndex}. */
export interface BuildOptions {
  /** Records per summary shard (default 256). */
  shardSize?: number
  /** Distinctive words of the section text kept per record, most distinctive first (default 64). */
  termsPerRecord?: number
  /** URL path of the guides on the site (default `gidsen`). */
  guidesBasePath?: string
}

interface Draft {
  page: number
  heading: string
  anchor: string
  text: string
  exclude: Set<string>
}

function comparePages(a: PageInput, b: PageInput): number {
  if (a.guide !== b.guide) return a.guide < b.guide ? -1 : 1
  if (a.slug === b.slug) return 0
  if (a.slug === 'index') return -1
  if (b.slug === 'index') return 1
  return a.slug < b.slug ? -1 : 1
}

/**
 * Build the search index: one record per guide page and one per h2 section.
 * Pure and deterministic: the same pages give the same index, byte for byte.
 * Pass only published pages; this function does not filter.
 *
 * @param pages the published guide pages
 * @param vocabulary themes, audiences and synonyms
 * @param options shard size and terms per record
 * @returns the core (searched first), the text terms (searched once loaded) and the summary shards (shown)
 */
export function buildSearchIndex(
  pages: PageInput[],
  vocabulary: VocabularyInput,
  options: BuildOptions = {}
): SerialisedSearchIndex {
  const shardSize = options.shardSize ?? 256
  const termsPerRecord = options.termsPerRecord ?? 64
  const sorted = [...pages].sort(comparePages)
  const guideIds = [...new Set(sorted.map((page) => page.guide))]
  const guideTitle = new Map(
    sorted.filter((page) => page.slug === 'index').map((page) => [page.guide, page.title])
  )
  const themeIndex = new Map(vocabulary.themes.map((theme, i) => [theme.id, i]))
  const audienceIndex = new Map(vocabulary.audiences.map((audience, i) => [audience.id, i]))
  const guideIndex = new Map(guideIds.map((id, i) => [id, i]))

  const pageRows: PageRow[] = []
  const drafts: Draft[] = []
  sorted.forEach((page, p) => {
    pageRows.push([
      guideIndex.get(page.guide)!,
      page.slug,
      page.title,
      page.themes.flatMap((id) => (themeIndex.has(id) ? [themeIndex.get(id)!] : [])),
      page.audiences.flatMap((id) => (audienceIndex.has(id) ? [audienceIndex.get(id)!] : [])),
      page.keywords.join(', ')
    ])
    const split = splitSections(page.body)
    // A section keeps its own words even when the page lists them as keywords:
    // they tell which section of the page is about them.
    const titleTerms = indexTerms(page.title)
    drafts.push({
      page: p,
      heading: '',
      anchor: '',
      text: `${page.description}\n\n${split.intro}`,
      exclude: new Set([...titleTerms, ...indexTerms(page.keywords.join(' '))])
    })
    for (const section of split.sections) {
      drafts.push({
        page: p,
        heading: section.heading,
        anchor: section.anchor,
        text: section.text,
        exclude: new Set([...titleTerms, ...indexTerms(section.heading)])
      })
    }
  })

  const counts = drafts.map((draft) => {
    const tf = new Map<string, number>()
    for (const term of indexTerms(draft.text)) {
      if (!draft.exclude.has(term) && (term.length > 2 || /\d/.test(term)))
        tf.set(term, (tf.get(term) ?? 0) + 1)
    }
    return tf
  })
  const df = new Map<string, number>()
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)

  const terms = drafts.map((_, i) => {
    const scored = [...counts[i]!].map(([term, tf]) => ({
      term,
      score: (1 + Math.log(tf)) * Math.log(1 + drafts.length / df.get(term)!)
    }))
    scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    return scored
      .slice(0, termsPerRecord)
      .map((entry) => entry.term)
      .join(' ')
  })
  const records: RecordRow[] = []
  for (let start = 0; start < drafts.length;) {
    let end = start + 1
    while (end < drafts.length && drafts[end]!.page === drafts[start]!.page) end++
    const page = drafts.slice(start, end)
    const plain = headingAnchors(page.map((draft) => draft.heading))
    page.forEach((draft, k) =>
      records.push([draft.page, draft.heading, draft.anchor === plain[k] ? '' : draft.anchor])
    )
    start = end
  }
  const shards: SummaryShard[] = []
  for (let start = 0; start < drafts.length; start += shardSize) {
    shards.push(
      drafts.slice(start, start + shardSize).map((draft) => passages(draft.text).join('\n'))
    )
  }

  return {
    core: {
      version: 1,
      shardSize,
      guidesBasePath: options.guidesBasePath ?? defaultGuidesBasePath,
      guides: guideIds.map((id) => [id, guideTitle.get(id) ?? id]),
      themes: vocabulary.themes.map((theme) => [theme.id, theme.label]),
      audiences: vocabulary.audiences.map((audience) => [audience.id, audience.label]),
      synonyms: vocabulary.synonyms.map((synonym) => [
        ...new Set([synonym.term, synonym.label, ...(synonym.also ?? [])])
      ]),
      pages: pageRows,
      records
    },
    terms,
    shards
  }
}
