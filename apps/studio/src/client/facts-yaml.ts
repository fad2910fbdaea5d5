import {isSeq, LineCounter, parseDocument} from 'yaml'

/** One fact of a facts list as plain data, with the lines its item spans (1-based). */
export interface FactItem {
  data: Record<string, unknown>
  startLine: number
  endLine: number
}

/**
 * The items of a facts list (`facts/<group>.yml`) as plain data, with their
 * lines (for showing lint problems at their fact). Empty when the text is
 * not a YAML list.
 *
 * @param text the file
 */
export function readFactItems(text: string): FactItem[] {
  const counter = new LineCounter()
  const doc = parseDocument(text, {lineCounter: counter})
  if (!isSeq(doc.contents)) return []
  return doc.contents.items.map((item) => {
    const node = item as {range?: [number, number, number]; toJSON?: () => unknown}
    const data = (item as {toJSON(): unknown}).toJSON()
    const range = node.range ?? [0, 0, 0]
    return {
      data:
        data && typeof data === 'object' && !Array.isArray(data)
          ? (data as Record<string, unknown>)
          : {},
      startLine: counter.linePos(range[0]).line,
      endLine: counter.linePos(Math.max(range[0], range[1] - 1)).line
    }
  })
}

/**
 * Set (or, for empty values, remove) one value of one fact, keeping comments
 * and the other facts as written.
 *
 * @param text the file
 * @param index the fact's position in the list
 * @param path key path inside the fact, e.g. ['source', 'url']
 * @param value the new value
 */
export function setFactValue(
  text: string,
  index: number,
  path: Array<string | number>,
  value: unknown
): string {
  const doc = parseDocument(text)
  const full = [index, ...path]
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  if (empty) {
    if (doc.hasIn(full)) doc.deleteIn(full)
  } else {
    const flow = Array.isArray(value) && value.every((v) => typeof v === 'string')
    doc.setIn(full, doc.createNode(value, {flow}))
  }
  return doc.toString({lineWidth: 0, flowCollectionPadding: false})
}

/**
 * Add a fact at the end of the list: every required field, with today as the
 * start and check date, for the writer to fill in.
 *
 * @param text the file
 * @param today `YYYY-MM-DD`
 */
export function addFact(text: string, today: string): string {
  const item = [
    '- id: nieuw-feit',
    '  label: Beschrijf in een paar woorden wat dit bedrag of deze termijn is',
    '  value: 0',
    '  unit: euro',
    `  valid_from: ${today}`,
    '  themes: [financiele-regelingen]',
    '  source: {title: "Naam van de bron", url: "https://"}',
    `  checked: ${today}`
  ].join('\n')
  const trimmed = text.replace(/\s*$/, '')
  return `${trimmed === '' || trimmed === '[]' ? '' : `${trimmed}\n`}${item}\n`
}

/** Numeric units: a value typed in the form is stored as a number for these. */
const textUnits = new Set(['datum', 'tekst'])

/**
 * A value typed in the `value` field, as the schema wants it: a number
 * (decimal comma or point) unless the unit is `datum` or `tekst`.
 *
 * @param typed what the field holds
 * @param unit the fact's unit
 */
export function factValueFromForm(typed: unknown, unit: unknown): unknown {
  if (typeof typed !== 'string' || textUnits.has(String(unit))) return typed
  const number = Number(typed.trim().replace(',', '.'))
  return typed.trim() !== '' && Number.isFinite(number) ? number : typed
}
