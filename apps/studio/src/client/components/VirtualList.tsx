import {useState, type ReactNode} from 'react'

/** Props of {@link VirtualList}. */
export interface VirtualListProps<T> {
  items: readonly T[]
  /** Fixed height of one row in pixels. */
  rowHeight: number
  /** Height of the scrolling area in pixels. */
  height: number
  label: string
  renderRow: (item: T, index: number) => ReactNode
  rowKey: (item: T) => string
}

const overscan = 8

/**
 * A list that renders only the rows in view (plus a few), so thousands of
 * files scroll smoothly. Rows keep `aria-setsize`/`aria-posinset`, so a
 * screen reader still hears the position in the whole list.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  label,
  renderRow,
  rowKey
}: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0)
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan)
  const rows = []
  for (let index = first; index < last; index++) {
    const item = items[index]!
    rows.push(
      <li
        key={rowKey(item)}
        aria-setsize={items.length}
        aria-posinset={index + 1}
        style={{top: index * rowHeight, height: rowHeight}}
      >
        {renderRow(item, index)}
      </li>
    )
  }
  return (
    <div
      className="virtual-list"
      style={{height}}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      tabIndex={-1}
    >
      <ul aria-label={label} style={{height: items.length * rowHeight}}>
        {rows}
      </ul>
    </div>
  )
}
