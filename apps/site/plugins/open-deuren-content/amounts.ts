import type {Collections} from '@opendeuren/content-model'
import {citingFiles, factValueText, factYear, isCurrentFact} from '@opendeuren/content-model/facts'
import {amountsPageUrl} from '@opendeuren/content-model/publication'
import type {PageLink, PublishedGuides} from './model.js'

/** A fact as the amounts page shows it. */
export interface ListedFact {
  /** The fact id: the anchor of its entry. */
  id: string
  label: string
  /** The value with its unit, in Dutch notation: `€ 2,03 per uur`. */
  value: string
  /** `2026`, `2024–2026`, `vanaf 2023`, or absent. */
  year?: string
  validFrom: string
  validUntil?: string
  checked: string
  note?: string
  source: {title: string; url: string}
  /** Published guide pages that cite it. */
  citedBy: PageLink[]
}

/** Props of `/bedragen`. */
export interface AmountsPage extends PageLink {
  /** The day the page was built: what "current" is measured against. */
  builtOn: string
  /**
   * Current facts by theme, in vocabulary order. A fact is listed in full
   * under its first theme (one anchor per fact); under its other themes
   * `alsoHere` links to that entry.
   */
  themes: {
    id: string
    label: string
    facts: ListedFact[]
    alsoHere: {id: string; label: string}[]
  }[]
  /** Facts that are expired or not yet in force: listed apart, so links to them still land. */
  other: ListedFact[]
}

/**
 * The amounts page: every current fact by theme with value, year, note,
 * source and the published pages that cite it. Expired facts (and facts not
 * yet in force) are not current: they are listed apart at the end, marked,
 * because a guide page may still cite one (lint warns) and its link must land.
 *
 * @param collections the loaded content
 * @param published the published guides (only their citations are listed)
 * @param today `YYYY-MM-DD`
 */
export function buildAmountsPage(
  collections: Collections,
  published: PublishedGuides,
  today: string
): AmountsPage {
  const citedBy = new Map<string, PageLink[]>()
  const publishedEntries = collections.guides.filter((entry) => published.pages.has(entry.path))
  for (const citing of citingFiles({guides: publishedEntries, consultations: []})) {
    if (citing.kind !== 'guide-page') continue
    const page = published.pages.get((citing.entry as {path: string}).path)!
    for (const id of new Set(citing.citations.map((c) => c.id))) {
      const list = citedBy.get(id) ?? []
      list.push({title: page.title, url: page.url})
      citedBy.set(id, list)
    }
  }
  const listed = collections.facts.map((entry) => {
    const {data} = entry
    const fact: ListedFact = {
      id: data.id,
      label: data.label,
      value: factValueText(data),
      validFrom: data.valid_from,
      checked: data.checked,
      source: data.source,
      citedBy: citedBy.get(data.id) ?? []
    }
    const year = factYear(data)
    if (year !== undefined) fact.year = year
    if (data.valid_until !== undefined) fact.validUntil = data.valid_until
    if (data.note !== undefined) fact.note = data.note
    return {fact, themes: data.themes, current: isCurrentFact(data, today)}
  })
  const themes = collections.vocabulary.themes
    .map((theme) => {
      const current = listed.filter((item) => item.current && item.themes.includes(theme.id))
      return {
        id: theme.id,
        label: theme.label,
        facts: current.filter((item) => item.themes[0] === theme.id).map((item) => item.fact),
        alsoHere: current
          .filter((item) => item.themes[0] !== theme.id)
          .map((item) => ({id: item.fact.id, label: item.fact.label}))
      }
    })
    .filter((theme) => theme.facts.length + theme.alsoHere.length > 0)
  const other = listed.filter((item) => !item.current).map((item) => item.fact)
  return {title: 'Bedragen en termijnen', url: amountsPageUrl, builtOn: today, themes, other}
}
