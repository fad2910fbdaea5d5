import {findPlaceholders} from '../scaffold/find-placeholders.js'
import type {PublicText} from './gate.js'
import type {GateFinding} from './public-gate.js'
import {positionOf} from './text-position.js'

/**
 * Scaffold text in public texts (`gate/placeholder`): the sentences
 * `opendeuren new` and the studio write for the writer to replace, also
 * when slightly edited. Unfinished text never becomes public.
 *
 * @param texts the texts about to become public
 */
export function gatePlaceholders(texts: readonly PublicText[]): GateFinding[] {
  const findings: GateFinding[] = []
  for (const {name, text} of texts) {
    for (const found of findPlaceholders(text)) {
      findings.push({
        ruleId: 'gate/placeholder',
        name,
        ...positionOf(text, found.start),
        message: `Hier staat nog voorbeeldtekst van een nieuw bestand: „${text.slice(found.start, found.end).replace(/\s+/g, ' ')}”.`,
        hint: 'Vervang de voorbeeldtekst door uw eigen tekst, of houd het bestand op `status: concept` tot het af is.'
      })
    }
  }
  return findings
}
