import type {JsonSchema, LintProblem, VocabularyItem} from '../api.js'
import {Field} from './Field.js'

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
