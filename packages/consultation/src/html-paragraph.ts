import type {Paragraph} from 'mdast'

declare module 'mdast' {
  interface HtmlData {
    /** Set on the HTML of a paragraph written by `directParagraphHtml`: `render-html.ts` passes it through as it is. */
    direct?: boolean
  }
}

const special = /[&<]/
const specials = /[&<]/g
const references: Record<string, string> = {'&': '&amp;', '<': '&lt;'}

/** Text as `hast-util-to-html` writes it with named references: only `&` and `<` escaped. */
const escapeText = (value: string) =>
  special.test(value) ? value.replace(specials, (c) => references[c]!) : value

/** Text `mdast-util-to-hast` keeps as it is (it trims spaces around line endings), or undefined. */
function plainText(node: Paragraph['children'][number]): string | undefined {
  return node.type === 'text' && node.data === undefined && !/[\n\r]/.test(node.value)
    ? escapeText(node.value)
    : undefined
}

/**
 * The HTML of a paragraph that stands directly in a section, written
 * without `mdast-util-to-hast` and `hast-util-to-html`, when it holds only
 * text on one line and strong or emphasised such text: the quotations of a
 * response, the bulk of a large one. Gives exactly what those two give for
 * such a paragraph with the response's options (`render-html.ts`); a
 * property test compares the two. Anything else gives undefined.
 *
 * @param paragraph a paragraph, from `toFlow`
 */
export function directParagraphHtml(paragraph: Paragraph): string | undefined {
  if (paragraph.data !== undefined) return undefined
  let html = '<p>'
  for (const child of paragraph.children) {
    if (child.type === 'text') {
      const text = plainText(child)
      if (text === undefined) return undefined
      html += text
      continue
    }
    if ((child.type !== 'strong' && child.type !== 'emphasis') || child.data !== undefined)
      return undefined
    const tag = child.type === 'strong' ? 'strong' : 'em'
    html += `<${tag}>`
    for (const inner of child.children) {
      const text = plainText(inner)
      if (text === undefined) return undefined
      html += text
    }
    html += `</${tag}>`
  }
  return `${html}</p>`
}
