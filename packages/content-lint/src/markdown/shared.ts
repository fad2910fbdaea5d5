// What both readers of Markdown (quick and exact) share.

const delimiterRow = /\n[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*(?:\n|$)/

/**
 * Whether a paragraph's source is a table: without GFM a table is a
 * paragraph, and its delimiter row gives it away.
 *
 * @param text the paragraph's source
 */
export function isTable(text: string): boolean {
  return text.includes('|') && delimiterRow.test(text)
}
