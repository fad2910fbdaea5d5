import type {KeyboardEvent} from 'react'

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'

/**
 * Keep Tab and Shift+Tab inside a modal dialog: from its last control Tab goes
 * to its first, and Shift+Tab from the first to the last. A modal `<dialog>`
 * makes the page behind it inert, but Chromium lets Tab leave the page for
 * the browser's own controls; a keyboard user should stay in the question
 * until they answer it or press Escape.
 *
 * @param event the dialog's keydown event
 */
export function trapTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return
  const stops = [...event.currentTarget.querySelectorAll<HTMLElement>(focusable)].filter(
    (el) => el.getClientRects().length > 0
  )
  const first = stops[0]
  const last = stops.at(-1)
  if (!first || !last) return
  const active = document.activeElement
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && active === last) {
    event.preventDefault()
    first.focus()
  }
}
