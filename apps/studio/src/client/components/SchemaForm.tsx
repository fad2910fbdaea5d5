import {minimumInternGroup} from '@opendeuren/content-model/publication'
import {ChoiceBoxes} from './ChoiceBoxes.js'
import {useId} from 'react'
import type {JsonSchema, LintProblem, VocabularyItem} from '../api.js'
import {valueText} from '../frontmatter.js'

/** Dutch label and help per frontmatter key. */
const fieldText: Record<string, {label: string; help?: string}> = {
  title: {label: 'Titel'},
  description: {
    label: 'Beschrijving',
    help: 'Eén zin, hoogstens 160 tekens: wat vindt de lezer op deze pagina?'
  },
  themes: {label: "Thema's"},
  audiences: {label: 'Doelgroepen'},
  instruments: {label: 'Instrumenten'},
  updated: {label: 'Laatst bijgewerkt'},
  review_by: {
    label: 'Controleren vóór',
    help: 'De datum waarop de pagina opnieuw moet worden nagekeken.'
  },
  status: {label: 'Status', help: 'Alleen gepubliceerde pagina’s komen op de site.'},
  sources: {label: 'Bronnen'},
  order: {label: 'Volgorde in de gids'},
  related: {label: 'Verwante pagina’s', help: 'Paden als gids/pagina, gescheiden door komma’s.'},
  keywords: {label: 'Extra zoekwoorden', help: 'Gescheiden door komma’s.'},
  id: {label: 'Id'},
  date: {label: 'Datum van het signaal'},
  employers: {label: 'Aantal werkgevers dat dit meldde'},
  source: {
    label: 'Bron',
    help: 'Alleen het soort bron, nooit een naam van een persoon of organisatie.'
  },
  kind: {label: 'Soort bron'},
  sector: {label: 'Sector', help: 'Een algemeen woord in kleine letters, zoals zorg of horeca.'},
  size: {label: 'Omvang'},
  visibility: {label: 'Zichtbaarheid'},
  impact: {label: 'Impact'},
  recommendation: {label: 'Aanbeveling', help: 'Wat moet er veranderen? Eén of twee zinnen.'},
  url: {label: 'Webadres'},
  example: {label: 'Voorbeeld (verzonnen inhoud)'},
  label: {
    label: 'Omschrijving',
    help: 'Wat is dit bedrag of deze termijn? Zo staat het in het overzicht van bedragen.'
  },
  value: {
    label: 'Waarde',
    help: 'Een getal (2,03 of 2000), een datum (JJJJ-MM-DD) bij eenheid datum, of tekst bij eenheid tekst.'
  },
  unit: {label: 'Eenheid'},
  valid_from: {label: 'Geldt vanaf'},
  valid_until: {label: 'Geldt tot en met', help: 'Leeg laten als er (nog) geen einddatum is.'},
  checked: {
    label: 'Gecontroleerd op',
    help: 'De dag waarop u de waarde bij de bron hebt nagelezen.'
  },
  note: {
    label: 'Toelichting',
    help: 'Voorbehoud of uitleg bij de waarde; schrijf "niet geverifieerd: ..." als u de bron niet zelf kon nalezen.'
  }
}

const optionText: Record<string, string> = {
  concept: 'Concept',
  gepubliceerd: 'Gepubliceerd',
  werkgever: 'Werkgever',
  gemeente: 'Gemeente',
  wsp: 'Werkgeversservicepunt',
  netwerk: 'Netwerk',
  onderzoek: 'Onderzoek',
  mkb: 'Mkb',
  groot: 'Groot',
  hoog: 'Hoog',
  midden: 'Midden',
  laag: 'Laag',
  openbaar: 'Openbaar',
  intern: 'Intern',
  vertrouwelijk: 'Vertrouwelijk'
}

/** Plain-Dutch explanation of each visibility level (the promise to the employer). */
export const visibilityHelp: Record<string, string> = {
  openbaar:
    'Mag letterlijk worden geciteerd en samengevat in openbare stukken, zoals een reactie op een internetconsultatie.',
  intern: `Telt alleen mee in aantallen, en alleen als er minstens ${minimumInternGroup} van zulke signalen zijn ("12 werkgevers meldden ..."). De tekst zelf komt nooit naar buiten.`,
  vertrouwelijk:
    'Komt nergens naar buiten, ook niet als aantal. Alleen het netwerk zelf ziet het, in het interne spoor.'
}

/** Props of {@link SchemaForm}. */
export interface SchemaFormProps {
  schema: JsonSchema
  data: Record<string, unknown>
  onChange(path: Array<string | number>, value: unknown): void
  vocabulary: Record<string, VocabularyItem[]>
  /** Problems per top-level key. */
  problems: Record<string, LintProblem[]>
  /** Keys not to show (shown elsewhere, or read-only like `id`). */
  hidden?: string[]
  /** Keys to show read-only. */
  readOnly?: string[]
}

function FieldProblems({problems, id}: {problems: LintProblem[] | undefined; id: string}) {
  if (!problems || problems.length === 0) return null
  return (
    <ul className="field-problems" id={id}>
      {problems.map((p, i) => (
        <li key={i} className={p.severity}>
          <strong>{p.severity === 'error' ? 'Fout' : 'Waarschuwing'}</strong> (regel {p.line}):{' '}
          {p.message}
          {p.hint ? <span className="hint"> {p.hint}</span> : null}
        </li>
      ))}
    </ul>
  )
}

function label(key: string): string {
  return fieldText[key]?.label ?? key
}

/**
 * A form built from a content type's JSON Schema (generated from the zod
 * schema): selects for enums, date controls for dates, check boxes by label
 * for vocabulary lists, nested fieldsets for objects, rows for lists of objects.
 */
export function SchemaForm(props: SchemaFormProps) {
  const {schema, data} = props
  const hidden = new Set(props.hidden ?? [])
  return (
    <div className="schema-form">
      {Object.entries(schema.properties ?? {})
        .filter(([key]) => !hidden.has(key))
        .map(([key, field]) => (
          <Field
            key={key}
            name={key}
            path={[key]}
            schema={field}
            value={data[key]}
            required={(schema.required ?? []).includes(key)}
            readOnly={(props.readOnly ?? []).includes(key)}
            form={props}
            problems={props.problems[key]}
          />
        ))}
    </div>
  )
}

interface FieldProps {
  name: string
  path: Array<string | number>
  schema: JsonSchema
  value: unknown
  required: boolean
  readOnly: boolean
  form: SchemaFormProps
  problems: LintProblem[] | undefined
}

function Field({name, path, schema, value, required, readOnly, form, problems}: FieldProps) {
  const id = useId()
  const helpId = `${id}-help`
  const problemsId = `${id}-problems`
  const text = fieldText[name]
  const describedBy =
    [text?.help ? helpId : '', problems?.length ? problemsId : ''].filter(Boolean).join(' ') ||
    undefined
  const invalid = problems?.some((p) => p.severity === 'error') || undefined
  const title = (
    <>
      {label(name)}
      {required ? null : <span className="optional"> (optioneel)</span>}
    </>
  )
  const help = text?.help ? (
    <p className="help" id={helpId}>
      {text.help}
    </p>
  ) : null
  const set = (next: unknown) => form.onChange(path, next)

  if (schema.type === 'array' && schema.items?.enum && form.vocabulary[name]) {
    const chosen = Array.isArray(value) ? (value as string[]) : []
    const items = form.vocabulary[name]
    return (
      <fieldset className="field checkboxes" aria-describedby={describedBy}>
        <legend>
          {title}
          {schema.maxItems ? (
            <span className="optional"> (hoogstens {schema.maxItems})</span>
          ) : null}
        </legend>
        {help}
        <ChoiceBoxes
          items={items}
          chosen={chosen}
          onChange={set}
          max={schema.maxItems}
          readOnly={readOnly}
        />
        <FieldProblems problems={problems} id={problemsId} />
      </fieldset>
    )
  }
  if (schema.type === 'array' && schema.items?.type === 'object') {
    const rows = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []
    const columns = Object.entries(schema.items.properties ?? {})
    return (
      <fieldset className="field rows" aria-describedby={describedBy}>
        <legend>{title}</legend>
        {help}
        {rows.map((row, index) => (
          <div className="row" key={index}>
            {columns.map(([column]) => (
              <label key={column}>
                {label(column)} {index + 1}
                <input
                  type={column === 'url' ? 'url' : 'text'}
                  value={valueText(row[column])}
                  readOnly={readOnly}
                  onChange={(e) =>
                    form.onChange([...path, index, column], e.target.value || undefined)
                  }
                />
              </label>
            ))}
            <button
              type="button"
              className="secondary"
              onClick={() => set(rows.filter((_, i) => i !== index))}
              disabled={readOnly}
            >
              Regel {index + 1} verwijderen
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => set([...rows, {title: ''}])}
          disabled={readOnly}
        >
          {label(name)}: regel toevoegen
        </button>
        <FieldProblems problems={problems} id={problemsId} />
      </fieldset>
    )
  }
  if (schema.type === 'object') {
    const object = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
    return (
      <fieldset className="field group" aria-describedby={describedBy}>
        <legend>{title}</legend>
        {help}
        {Object.entries(schema.properties ?? {}).map(([key, field]) => (
          <Field
            key={key}
            name={key}
            path={[...path, key]}
            schema={field}
            value={object[key]}
            required={(schema.required ?? []).includes(key)}
            readOnly={readOnly}
            form={form}
            problems={undefined}
          />
        ))}
        <FieldProblems problems={problems} id={problemsId} />
      </fieldset>
    )
  }
  if (name === 'visibility' && schema.enum) {
    return (
      <fieldset className="field radios" aria-describedby={describedBy}>
        <legend>{title}</legend>
        {schema.enum.map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name={`${id}-visibility`}
              value={option}
              checked={value === option}
              onChange={() => set(option)}
              disabled={readOnly}
            />
            <span>
              <strong>{optionText[option] ?? option}</strong>: {visibilityHelp[option]}
            </span>
          </label>
        ))}
        <FieldProblems problems={problems} id={problemsId} />
      </fieldset>
    )
  }
  let control
  const common = {id, 'aria-describedby': describedBy, 'aria-invalid': invalid, readOnly}
  if (schema.enum) {
    control = (
      <select
        {...common}
        disabled={readOnly}
        value={valueText(value)}
        onChange={(e) => set(e.target.value || undefined)}
      >
        {required ? null : <option value="">(geen)</option>}
        {schema.enum.map((option) => (
          <option key={option} value={option}>
            {optionText[option] ?? option}
          </option>
        ))}
      </select>
    )
  } else if (schema.type === 'string' && schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') {
    control = (
      <input
        type="date"
        {...common}
        value={valueText(value)}
        onChange={(e) => set(e.target.value || undefined)}
      />
    )
  } else if (schema.type === 'integer' || schema.type === 'number') {
    control = (
      <input
        type="number"
        inputMode="numeric"
        {...common}
        value={valueText(value)}
        min={schema.minimum !== undefined && schema.minimum > -1e9 ? schema.minimum : undefined}
        onChange={(e) => set(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    )
  } else if (schema.type === 'boolean') {
    control = (
      <input
        type="checkbox"
        {...common}
        checked={value === true}
        onChange={(e) => set(e.target.checked ? true : undefined)}
      />
    )
  } else if (schema.type === 'array') {
    const list = Array.isArray(value) ? (value as string[]) : []
    control = (
      <input
        type="text"
        {...common}
        value={list.join(', ')}
        onChange={(e) =>
          set(
            e.target.value
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          )
        }
      />
    )
  } else if (name === 'recommendation' || (schema.maxLength ?? 0) > 100) {
    control = (
      <textarea
        rows={3}
        {...common}
        value={valueText(value)}
        onChange={(e) => set(e.target.value)}
      />
    )
  } else {
    control = (
      <input
        type="text"
        {...common}
        value={valueText(value)}
        onChange={(e) => set(e.target.value)}
      />
    )
  }
  const length =
    typeof value === 'string' && schema.maxLength ? (
      <span
        className={value.length > schema.maxLength ? 'counter over' : 'counter'}
        aria-live="polite"
      >
        {value.length} van {schema.maxLength} tekens
      </span>
    ) : null
  return (
    <div className="field">
      <label htmlFor={id}>{title}</label>
      {help}
      {control}
      {length}
      <FieldProblems problems={problems} id={problemsId} />
    </div>
  )
}
