import {useId} from 'react'
import type {JsonSchema, LintProblem} from '../api.js'
import {valueText} from '../frontmatter.js'
import {ChoiceBoxes} from './ChoiceBoxes.js'
import {FieldControl} from './FieldControl.js'
import {FieldProblems} from './FieldProblems.js'
import {fieldText, label, optionText, visibilityHelp} from './field-text.js'
import type {SchemaFormProps} from './SchemaForm.js'

/** Props of {@link Field}. */
export interface FieldProps {
  name: string
  path: Array<string | number>
  schema: JsonSchema
  value: unknown
  required: boolean
  readOnly: boolean
  form: SchemaFormProps
  problems: LintProblem[] | undefined
}

/**
 * One field of a {@link SchemaForm}, by its schema: check boxes for a vocabulary
 * list, rows for a list of objects, a fieldset for an object, radios with
 * their promise for the visibility, otherwise one labelled control.
 */
export function Field({name, path, schema, value, required, readOnly, form, problems}: FieldProps) {
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
  const control = (
    <FieldControl
      name={name}
      schema={schema}
      value={value}
      required={required}
      set={set}
      common={{id, 'aria-describedby': describedBy, 'aria-invalid': invalid, readOnly}}
    />
  )
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
