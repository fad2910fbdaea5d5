import {stringify} from 'yaml'
import type {Problem} from '../src/index.js'

/** A valid guide page frontmatter, as data. */
export const validGuide = {
  title: 'Vroege signalen herkennen',
  description: 'Hoe u ziet dat een medewerker vastloopt.',
  themes: ['psychische-gezondheid'],
  audiences: ['leidinggevenden'],
  updated: '2026-11-01',
  review_by: '2027-11-01',
  status: 'gepubliceerd',
  sources: [{title: 'Arbeidsomstandighedenwet', url: 'https://wetten.overheid.nl/BWBR0010346'}]
}

/** A valid signal frontmatter, as data. */
export const validSignal = {
  id: 'sig-2020-001',
  title: 'Loonkostensubsidie telt mee als omzet',
  date: '2020-06-15',
  themes: ['financiele-regelingen'],
  instruments: ['now'],
  employers: 12,
  source: {kind: 'netwerk', sector: 'zorg', size: 'groot'},
  visibility: 'openbaar',
  impact: 'hoog',
  recommendation: 'Tel loonkostensubsidie niet mee als omzet.'
}

/** A valid consultation frontmatter, as data. */
export const validConsultation = {
  id: 'vereenvoudiging-quotumwet',
  title: 'Vereenvoudiging van de Quotumwet',
  ministry: 'Ministerie van Sociale Zaken en Werkgelegenheid',
  status: 'concept',
  respondent: {organisation: 'Open Deuren', contact_role: 'Beleidsadviseur'},
  questions: [{id: 'reactie', text: 'Wat is uw reactie?', themes: ['banenafspraak']}]
}

/**
 * Markdown with the data as block-style frontmatter (one key per line, so
 * line numbers in tests are predictable: key N of the object is on line N + 1).
 */
export function markdown(data: Record<string, unknown>, body = '## Kop\n\nTekst.\n'): string {
  const lines = Object.entries(data).map(
    ([key, value]) =>
      `${key}: ${stringify(value, {flowCollectionPadding: false, lineWidth: 0, collectionStyle: 'flow'}).trimEnd()}`
  )
  return `---\n${lines.join('\n')}\n---\n${body}`
}

/** Problems as compact strings: `line:column ruleId message`. */
export function compact(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)
}
