const toCollapse = /\s\s|[^\S ]/

/**
 * `value` with every run of whitespace as one space: the same as
 * `value.replace(/\s+/g, ' ')`, which copies every text (each single space
 * is a match), but a text with nothing to collapse is given back as it is.
 *
 * @param value the text
 */
export function oneSpace(value: string): string {
  return toCollapse.test(value) ? value.replace(/\s+/g, ' ') : value
}
