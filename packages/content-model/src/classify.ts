import {slugPattern} from './fields.js'
import {vocabularyFiles, type Vocabulary} from './vocabulary.js'
import type {ContentKind} from './entries.js'

export type Classified =
  | {kind: 'guide-page'; guide: string; slug: string}
  | {kind: 'signal'; year: string; name: string}
  | {kind: 'consultation'; name: string}
  | {kind: 'response-record'; name: string}
  | {kind: 'vocabulary'; list: keyof Vocabulary}
  | {kind: 'facts'; group: string}
  | {kind: 'misplaced'; expected: string; contentKind: ContentKind | undefined}
  | {kind: 'ignored'}

const vocabularyByFile = new Map<string, keyof Vocabulary>(
  Object.entries(vocabularyFiles).map(([list, name]) => [name, list as keyof Vocabulary])
)

/** Folders with one Markdown file per entry and no subfolders. */
const flatAreas: Record<string, {kind: 'consultation' | 'response-record'; expected: string}> = {
  consultations: {
    kind: 'consultation',
    expected: 'Een consultatie hoort in `consultations/<id>.md`, zonder submappen.'
  },
  responses: {
    kind: 'response-record',
    expected:
      'Een vastgelegde reactie hoort in `responses/<consultatie-id>.md`; `opendeuren consultation submit` maakt hem.'
  }
}

/**
 * Decide what a file in the content directory is, from its path.
 *
 * @param file path relative to the content root, forward slashes
 */
export function classifyPath(file: string): Classified {
  const parts = file.split('/')
  const [area] = parts
  const name = parts[parts.length - 1] ?? ''
  const isMarkdown = /\.mdx?$/i.test(name)
  // Only the signals directory can lie outside the content root (see `signalsPrefix`).
  if (area === '..') {
    if (!isMarkdown) return {kind: 'ignored'}
    const year = parts[parts.length - 2] ?? ''
    if (/^\d{4}$/.test(year) && name.endsWith('.md'))
      return {kind: 'signal', year, name: name.slice(0, -3)}
    return {
      kind: 'misplaced',
      contentKind: 'signal',
      expected:
        'Een signaal hoort in `<signalenmap>/<jaar>/<id>.md`, bijvoorbeeld `2021/sig-2021-004.md`.'
    }
  }
  if (area === 'guides') {
    if (!isMarkdown) return {kind: 'ignored'}
    if (parts.length === 3 && name.endsWith('.md')) {
      const guide = parts[1]!
      const slug = name.slice(0, -3)
      if (slugPattern.test(guide) && slugPattern.test(slug))
        return {kind: 'guide-page', guide, slug}
      return {
        kind: 'misplaced',
        contentKind: 'guide-page',
        expected:
          'Map- en bestandsnamen van gidsen worden adressen op de site: gebruik kleine letters, cijfers en streepjes, zoals `het-gesprek-aangaan.md`.'
      }
    }
    return {
      kind: 'misplaced',
      contentKind: 'guide-page',
      expected:
        'Een gidspagina hoort in `guides/<gids>/<pagina>.md`: één map per gids, zonder submappen, met de extensie `.md`.'
    }
  }
  if (area === 'signals') {
    if (!isMarkdown) return {kind: 'ignored'}
    if (parts.length === 3 && /^\d{4}$/.test(parts[1]!) && name.endsWith('.md'))
      return {kind: 'signal', year: parts[1]!, name: name.slice(0, -3)}
    return {
      kind: 'misplaced',
      contentKind: 'signal',
      expected:
        'Een signaal hoort in `signals/<jaar>/<id>.md`, bijvoorbeeld `signals/2021/sig-2021-004.md`.'
    }
  }
  const flat = area === undefined ? undefined : flatAreas[area]
  if (flat) {
    if (!isMarkdown) return {kind: 'ignored'}
    if (parts.length === 2 && name.endsWith('.md'))
      return {kind: flat.kind, name: name.slice(0, -3)}
    return {kind: 'misplaced', contentKind: flat.kind, expected: flat.expected}
  }
  if (area === 'vocabulary') {
    const list = parts.length === 2 ? vocabularyByFile.get(name) : undefined
    if (list) return {kind: 'vocabulary', list}
    if (/\.ya?ml$/i.test(name)) {
      return {
        kind: 'misplaced',
        contentKind: 'vocabulary',
        expected: `De woordenlijst kent alleen ${Object.values(vocabularyFiles)
          .map((f) => `\`${f}\``)
          .join(', ')}.`
      }
    }
    return {kind: 'ignored'}
  }
  if (area === 'facts') {
    if (!/\.ya?ml$/i.test(name) && !isMarkdown) return {kind: 'ignored'}
    const group = name.replace(/\.yml$/, '')
    if (parts.length === 2 && name.endsWith('.yml') && slugPattern.test(group))
      return {kind: 'facts', group}
    return {
      kind: 'misplaced',
      contentKind: 'facts',
      expected:
        'Feiten horen in `facts/<groep>.yml`, zonder submappen, met kleine letters, cijfers en streepjes in de naam, zoals `facts/loonkostenvoordelen.yml`.'
    }
  }
  if (isMarkdown) {
    return {
      kind: 'misplaced',
      contentKind: undefined,
      expected:
        'Inhoud hoort in `guides/`, `signals/`, `consultations/`, `responses/`, `facts/` of `vocabulary/`.'
    }
  }
  return {kind: 'ignored'}
}
