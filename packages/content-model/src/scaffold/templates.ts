import {placeholders as p} from './placeholders.js'

/**
 * A YAML scalar for a value the writer typed: plain when that is safe,
 * otherwise JSON-quoted (a colon, a leading digit, `yes`/`no`...).
 *
 * @param value the text
 */
export function yamlString(value: string): string {
  if (
    /^[\p{L}\p{N}][\p{L}\p{N} ,.()'’/-]*$/u.test(value) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(value) &&
    !/^\d/.test(value)
  ) {
    return value
  }
  return JSON.stringify(value)
}

const list = (ids: readonly string[]) => `[${ids.join(', ')}]`

/** A date one year after `date` (`YYYY-MM-DD`); 29 February becomes 28 February. */
export function oneYearLater(date: string): string {
  const [year, month, day] = date.split('-')
  const next = `${Number(year) + 1}-${month}-${day}`
  return month === '02' && day === '29' ? `${Number(year) + 1}-02-28` : next
}

/** What a new guide page is made of. */
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
    ? `${p.guideIndexIntro.text}

## Voor wie is deze handreiking?

${p.guideIndexAudience.text}

## Wat staat erin?

${p.guideIndexContents.text}

## Wat kunt u nu doen?

${p.guideFirstStep.text}
`
    : `${p.pageIntro.text}

## Eerste onderwerp

${p.pageStyle.text}

## Wat kunt u nu doen?

${p.pageNextStep.text}
`
  return `---
title: ${yamlString(fields.title)}
description: ${p.pageDescription.text}
themes: ${list(fields.themes)}
audiences: ${list(fields.audiences)}
updated: ${fields.today}
review_by: ${oneYearLater(fields.today)}
status: concept
order: ${fields.order}
sources:
  - title: ${p.pageSource.text}
---

${body}`
}

/** What a new signal is made of. */
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
recommendation: ${p.signalRecommendation.text}
---

${p.signalBody.text}
`
}

/** What a new consultation is made of. */
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
  const optional = [
    fields.url ? `url: ${fields.url}` : undefined,
    fields.opens ? `opens: ${fields.opens}` : undefined,
    fields.closes ? `closes: ${fields.closes}` : undefined
  ].filter(Boolean)
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

${p.consultationIntro.text}

## reactie

${p.consultationAnswer.text}
`
}
