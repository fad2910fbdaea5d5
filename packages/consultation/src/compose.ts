import type {Vocabulary} from '@opendeuren/content-model'
import type {AdviserText} from './adviser-text.js'
import type {EvidenceGroup, PublicConsultation, PublicEvidence, PublicSignal} from './disclose.js'
import {
  type Block,
  type Inline,
  type ListItem,
  type ResponseDocument,
  type Section,
  text
} from './document.js'
import {dutchDate} from '@opendeuren/content-model/text'
import {asSentence, counted} from './dutch.js'

/** Options of `composeResponse`. */
export interface ComposeOptions {
  /** Add visible notes for the adviser where the response is thin (default false). */
  draft?: boolean
  /** The response rests on example content: its title and first lines say so (default false). */
  example?: boolean
}

/** The label on every page of a printed response (DOCX header) made from example content. */
export const examplePageLabel = 'Voorbeeld, niet verstuurd: gemaakt uit verzonnen voorbeeldsignalen'

/** The first lines of every output made from example content. */
export const exampleNotice =
  'Voorbeeld: deze reactie is gemaakt uit verzonnen voorbeeldsignalen, om te laten zien hoe Open Deuren werkt. Het netwerk heeft deze tekst niet verstuurd.'

/** Date used for document properties when the consultation has no dates. */
export const fallbackDate = '2000-01-01'

const noEvidence =
  'Let op: bij deze vraag zijn geen signalen gevonden die in een openbare reactie gebruikt mogen worden. Vul de tekst zelf aan of laat de vraag weg.'

function note(value: string): Block {
  return {type: 'note', children: [text(value)]}
}

function paragraph(value: string | Inline[], evidence?: string[]): Block {
  const children = typeof value === 'string' ? [text(value)] : value
  return evidence ? {type: 'paragraph', children, evidence} : {type: 'paragraph', children}
}

function totalsText(totals: PublicEvidence['totals']): string {
  const {signals, employers, firstYear, lastYear} = totals
  const period = firstYear === lastYear ? `in ${firstYear}` : `tussen ${firstYear} en ${lastYear}`
  return (
    `Deze reactie steunt op ${counted(signals, 'praktijksignaal', 'praktijksignalen')}: ervaringen die werkgevers uit ons netwerk ${period} met ons deelden. ` +
    `Samen gaat het om meldingen van ${counted(employers, 'werkgever', 'werkgevers')}.`
  )
}

function quoteParagraph(signal: PublicSignal): Block {
  const details = [counted(signal.employers, 'werkgever', 'werkgevers'), signal.sector, signal.year]
    .filter(Boolean)
    .join(', ')
  const body = signal.summary ? ` ${signal.summary}` : ''
  return paragraph(
    [{type: 'strong', children: [text(asSentence(signal.title))]}, text(`${body} (${details})`)],
    [signal.id]
  )
}

function groupBlocks(group: EvidenceGroup): Block[] {
  const blocks: Block[] = [{type: 'heading', depth: 4, children: [text(group.instrument.label)]}]
  blocks.push(...group.quotes.map(quoteParagraph))
  if (group.aggregate) {
    const {signals, employers} = group.aggregate
    const subject = `${counted(employers, 'werkgever', 'werkgevers')} in ${counted(signals, 'niet-openbaar signaal', 'niet-openbare signalen')}`
    // The group's heading names the instrument; the sentence need not (labels do not fit every sentence).
    const sentence =
      group.quotes.length > 0
        ? `Daarnaast meldden ${subject} ervaringen die hierbij horen.`
        : `${subject.charAt(0).toUpperCase()}${subject.slice(1)} meldden ervaringen die hierbij horen.`
    blocks.push(paragraph(sentence, [`group:${group.key}`]))
  }
  const recommendations = new Map<string, string[]>()
  for (const quote of group.quotes)
    recommendations.set(quote.recommendation, [
      ...(recommendations.get(quote.recommendation) ?? []),
      quote.id
    ])
  if (recommendations.size > 0) {
    blocks.push(
      paragraph(
        recommendations.size === 1
          ? 'Wat wij aanbevelen:'
          : 'Wat wij aanbevelen, belangrijkste eerst:'
      )
    )
    const items: ListItem[] = [...recommendations].map(([value, evidence]) => ({
      children: [paragraph(value)],
      evidence
    }))
    blocks.push({type: 'list', ordered: false, items})
  }
  return blocks
}

function metaLines(consultation: PublicConsultation): ResponseDocument['meta'] {
  const {respondent, ministry, title, url, opens, closes} = consultation
  const meta: ResponseDocument['meta'] = [
    {label: 'Van', value: [text(respondent.organisation)]},
    {label: 'Aan', value: [text(ministry)]},
    {
      label: 'Consultatie',
      value: url ? [{type: 'link', url, children: [text(title)]}] : [text(title)]
    }
  ]
  const period =
    opens && closes
      ? `${dutchDate(opens)} tot en met ${dutchDate(closes)}`
      : closes
        ? `tot en met ${dutchDate(closes)}`
        : opens
          ? `vanaf ${dutchDate(opens)}`
          : undefined
  if (period) meta.push({label: 'Looptijd', value: [text(period)]})
  return meta
}

/**
 * Put the response together, in Dutch: who the network is and what the
 * evidence represents, a summary, one section per question (the adviser's
 * text first, then under an h3 "Wat werkgevers ons meldden" the evidence per
 * instrument as h4, strongest first, each group ending with its
 * recommendations), and a closing with the contact role.
 * It sees only public input: the consultation's fields, the adviser's text
 * and the evidence that passed `disclose`.
 *
 * @param consultation the consultation's fields
 * @param adviser the adviser's text
 * @param evidence the public evidence
 * @param vocabulary for theme labels in the document properties
 * @param options draft notes
 */
export function composeResponse(
  consultation: PublicConsultation,
  adviser: Pick<AdviserText, 'introduction' | 'sections'>,
  evidence: PublicEvidence,
  vocabulary: Vocabulary,
  options: ComposeOptions = {}
): ResponseDocument {
  const draft = options.draft ?? false
  const {respondent} = consultation
  const intro: Block[] = options.example
    ? [note(exampleNotice), ...adviser.introduction]
    : [...adviser.introduction]
  if (intro.length === (options.example ? 1 : 0)) {
    if (draft)
      intro.push(
        note(
          'Let op: schrijf een inleiding boven de eerste vraag in het consultatiebestand: wie het netwerk is en waarom deze consultatie ertoe doet.'
        )
      )
    intro.push(
      paragraph(
        `${respondent.organisation} reageert op deze consultatie vanuit de praktijk van de werkgevers in het netwerk.`
      )
    )
  }
  if (evidence.totals.signals > 0) intro.push(paragraph(totalsText(evidence.totals), ['totals']))
  else if (draft)
    intro.push(
      note(
        'Let op: deze reactie steunt nog op geen enkel signaal dat openbaar gebruikt mag worden.'
      )
    )
  const sections: Section[] = [
    {id: 'inleiding', heading: [text('Over deze reactie')], blocks: intro}
  ]

  if (evidence.highlights.length > 0) {
    const items: ListItem[] = evidence.highlights.map((h) => ({
      children: [paragraph(h.recommendation)],
      evidence: [h.id]
    }))
    sections.push({
      id: 'samenvatting',
      heading: [text('Samenvatting')],
      blocks: [
        paragraph('Onze belangrijkste aanbevelingen:'),
        {type: 'list', ordered: false, items}
      ]
    })
  }

  evidence.questions.forEach(({question, groups}, index) => {
    const blocks: Block[] = [...(adviser.sections.get(question.id) ?? [])]
    if (groups.length > 0) {
      blocks.push({type: 'heading', depth: 3, children: [text('Wat werkgevers ons meldden')]})
      for (const group of groups) blocks.push(...groupBlocks(group))
    } else if (draft) blocks.push(note(noEvidence))
    sections.push({
      id: `vraag-${question.id}`,
      question: question.id,
      heading: [text(`Vraag ${index + 1}. ${question.text}`)],
      blocks
    })
  })

  sections.push({
    id: 'tot-slot',
    heading: [text('Tot slot')],
    blocks: [
      paragraph(
        `Wij lichten deze reactie graag toe. Neem daarvoor contact op met: ${respondent.contact_role}, ${respondent.organisation}.`
      )
    ]
  })

  const themeLabels = new Map(vocabulary.themes.map((t) => [t.id, t.label]))
  const keywords = [...new Set(consultation.questions.flatMap((q) => q.themes))].map(
    (id) => themeLabels.get(id) ?? id
  )
  const title = `${options.example ? 'Voorbeeld – ' : ''}Reactie op de internetconsultatie ‘${consultation.title}’`
  const document: ResponseDocument = {
    title,
    meta: metaLines(consultation),
    sections,
    properties: {
      title,
      subject: `Internetconsultatie: ${consultation.title}`,
      creator: respondent.organisation,
      description: `Reactie van ${respondent.organisation} aan ${consultation.ministry}.`,
      keywords,
      date: consultation.closes ?? consultation.opens ?? fallbackDate
    }
  }
  if (options.example) document.exampleLabel = examplePageLabel
  return document
}
