/** A vocabulary entry as a choice: its id, label and description. */
export interface Choice {
  id: string
  label: string
  description?: string
}

/**
 * Checkboxes for vocabulary ids (themes, audiences, instruments), picked by
 * label; once `max` are chosen the others are disabled.
 */
export function ChoiceBoxes({
  items,
  chosen,
  onChange,
  max,
  readOnly = false
}: {
  items: readonly Choice[]
  chosen: readonly string[]
  onChange: (next: string[]) => void
  max?: number | undefined
  readOnly?: boolean
}) {
  return (
    <div className="choices">
      {items.map((item) => (
        <label key={item.id} className="choice" title={item.description}>
          <input
            type="checkbox"
            checked={chosen.includes(item.id)}
            disabled={readOnly || (!!max && chosen.length >= max && !chosen.includes(item.id))}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...chosen, item.id] : chosen.filter((c) => c !== item.id)
              )
            }
          />
          {item.label}
        </label>
      ))}
    </div>
  )
}
