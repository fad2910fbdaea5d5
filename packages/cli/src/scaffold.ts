import {yamlString} from './slug.js'

const list = (ids: readonly string[]) => `[${ids.join(', ')}]`

/** A date one year after `date` (`YYYY-MM-DD`); 29 February becomes 28 February. */
export function oneYearLater(date: string): string {
  const [year, month, day] = date.split('-')
  const next = `${Number(year) + 1}-${month}-${day}`
  return month === '02' && day === '29' ? `${Number(year) + 1}-02-28` : next
}

export interface PageFields {
  title: string
  themes: string[]
  audiences: string[]
  today: string
  order: number
}

/**
 * A new guide page (or a guide's `index.md`), status `concept`.
 *
 * @param fields what the writer chose
 * @param isIndex whether this is the start page of a new guide
 */
export function guidePageTemplate(fields: PageFields, isIndex: boolean): string {
  const body = isIndex
    ? `In deze handreiking leest u ... (schrijf in twee of drie zinnen wat de lezer hier vindt).

## Voor wie is deze handreiking?

Schrijf voor wie de handreiking is en wat de lezer ermee kan.

## Wat staat erin?

Zet hier de hoofdstukken met een link, zodra ze er zijn.

## Wat kunt u nu doen?

Schrijf de eerste stap die de lezer kan zetten.
`
    : `Schrijf hier in twee of drie zinnen waar deze pagina over gaat.

## Eerste onderwerp

Korte zinnen, actieve vorm, gewone woorden. Leg elke afkorting de eerste keer uit.

## Wat kunt u nu doen?

Schrijf de volgende stap die de lezer kan zetten.
`
  return `---
title: ${yamlString(fields.title)}
description: Beschrijf in één zin (hoogstens 160 tekens) wat de lezer op deze pagina vindt.
themes: ${list(fields.themes)}
audiences: ${list(fields.audiences)}
updated: ${fields.today}
review_by: ${oneYearLater(fields.today)}
status: concept
order: ${fields.order}
sources:
  - title: Noem hier de bron (wet, publicatie of organisatie)
---

${body}`
}

export interface SignalFields {
  id: string
  title: string
  themes: string[]
  instruments: string[]
  today: string
}

/**
 * A new signal. Visibility starts as `intern`: a signal is private until the
 * adviser decides it may be quoted.
 *
 * @param fields what the adviser chose
 */
export function signalTemplate(fields: SignalFields): string {
  return `---
id: ${fields.id}
title: ${yamlString(fields.title)}
date: ${fields.today}
themes: ${list(fields.themes)}
instruments: ${list(fields.instruments)}
employers: 1
source:
  kind: werkgever
visibility: intern
impact: midden
recommendation: Schrijf hier in één of twee zinnen wat er moet veranderen.
---

Beschrijf wat de werkgever meemaakte, zonder namen van personen of organisaties.
`
}

export interface ConsultationFields {
  id: string
  title: string
  themes: string[]
  ministry: string
  url?: string
  opens?: string
  closes?: string
  note?: string
}

/**
 * A new consultation, status `concept`, with one general question.
 *
 * @param fields what the adviser chose (or the import found)
 */
export function consultationTemplate(fields: ConsultationFields): string {
  const optional = [fields.url ? `url: ${fields.url}` : undefined, fields.opens ? `opens: ${fields.opens}` : undefined, fields.closes ? `closes: ${fields.closes}` : undefined].filter(Boolean)
  return `---
${fields.note ? `# ${fields.note}\n` : ''}id: ${fields.id}
title: ${yamlString(fields.title)}
ministry: ${yamlString(fields.ministry)}
${optional.map((line) => `${line}\n`).join('')}status: concept
respondent:
  organisation: Open Deuren, netwerk van inclusieve werkgevers
  contact_role: Beleidsadviseur werk en inkomen
questions:
  - id: reactie
    text: Wat is uw reactie op het voorstel?
    themes: ${list(fields.themes)}
---

Schrijf hier de inleiding: wie het netwerk is en waarom deze consultatie ertoe doet.

## reactie

Schrijf hier uw eigen tekst bij de vraag. Het bewijs uit de signalen komt er automatisch achter.
`
}
