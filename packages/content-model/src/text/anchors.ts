/** A custom heading id as Docusaurus reads it: `## Kop {#eigen-id}`. */
export const customHeadingId = /\s*\{#([^}\s]+)\}\s*$/

/**
 * The text and anchor of a heading as the site makes them: a custom id
 * (`{#eigen-id}`) wins and is cut from the text; otherwise the page's slugger
 * gives the GitHub slug (one slugger per page, so repeats get `-1`, `-2`).
 *
 * @param raw the heading's plain text
 * @param slugger the page's slugger (github-slugger)
 */
export function headingAnchor(
  raw: string,
  slugger: {slug(value: string): string}
): {text: string; slug: string} {
  const custom = customHeadingId.exec(raw)
  if (custom) return {text: raw.slice(0, custom.index), slug: custom[1]!}
  return {text: raw, slug: slugger.slug(raw)}
}
