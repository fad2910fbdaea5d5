import type {JsonSchema} from '../api.js'
import {valueText} from '../frontmatter.js'
import {optionText} from './field-text.js'

/** Props of {@link FieldControl}. */
export interface FieldControlProps {
  /** The frontmatter key. */
  name: string
  /** Its schema. */
  schema: JsonSchema
  /** Its value now. */
  value: unknown
  /** Whether the key is required (a select then has no empty option). */
  required: boolean
  /** Set a new value (`undefined` removes the key). */
  set: (next: unknown) => void
  /** The id, description, validity and read-only state the control carries. */
  common: {
    id: string
    'aria-describedby': string | undefined
    'aria-invalid': true | undefined
    readOnly: boolean
  }
}

/**
 * The one control of a plain field: a select for an enum, a date control for
 * a date, a number input, a check box, a comma-separated list, a text area for
 * long text, otherwise a text input.
 */
export function FieldControl({name, schema, value, required, set, common}: FieldControlProps) {
  const {readOnly} = common
  if (schema.enum) {
    return (
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
  }
  if (schema.type === 'string' && schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') {
    return (
      <input
        type="date"
        {...common}
        value={valueText(value)}
        onChange={(e) => set(e.target.value || undefined)}
      />
    )
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    return (
      <input
        type="number"
        inputMode="numeric"
        {...common}
        value={valueText(value)}
        min={schema.minimum !== undefined && schema.minimum > -1e9 ? schema.minimum : undefined}
        onChange={(e) => set(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    )
  }
  if (schema.type === 'boolean') {
    return (
      <input
        type="checkbox"
        {...common}
        checked={value === true}
        onChange={(e) => set(e.target.checked ? true : undefined)}
      />
    )
  }
  if (schema.type === 'array') {
    const list = Array.isArray(value) ? (value as string[]) : []
    return (
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
  }
  if (name === 'recommendation' || (schema.maxLength ?? 0) > 100) {
    return (
      <textarea
        rows={3}
        {...common}
        value={valueText(value)}
        onChange={(e) => set(e.target.value)}
      />
    )
  }
  return (
    <input type="text" {...common} value={valueText(value)} onChange={(e) => set(e.target.value)} />
  )
}
