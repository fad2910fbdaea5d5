import {randomUUID} from 'node:crypto'
import type {Element, Nodes, Parents, Root, RootContent} from 'hast'
import type {Options as SanitizeSchema} from 'rehype-sanitize'
import {guideHtml, rehypeSanitize} from './workspace.js'

/*
 * The allow list for the HTML of guide pages is content-model's
 * (`guideSanitizeSchema`, shared with the studio's preview). Raw HTML in the
 * guides (which lint already warns about) passes it after rehype-raw has
 * parsed it. The site adds one element of its own: the placeholder that
 * carries Docusaurus's MDX nodes through the sanitiser.
 */
const {guideSanitizeSchema: shared, isOtherHostUrl} = guideHtml

/** Placeholder element for the MDX nodes Docusaurus's own Markdown plugins make (table of contents, images, admonitions). */
const placeholder = 'od-mdx'

/**
 * The schema: content-model's allow list plus the MDX placeholder. After
 * this list, an image with an absolute (`https://host/…`) or
 * protocol-relative (`//host/…`) address is replaced by its alternative text.
 */
export const guideSanitizeSchema: SanitizeSchema = {
  ...shared,
  tagNames: [...(shared.tagNames ?? []), placeholder],
  attributes: {...shared.attributes, [placeholder]: ['dataOdMdx']}
}

const mdxTypes = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement'
])

/** Replace every MDX node by a placeholder that carries this run's key, keeping its children to be sanitised. */
function hideMdx(node: Parents, key: string, hidden: Nodes[]): void {
  node.children = node.children.map((child) => {
    if (mdxTypes.has(child.type)) {
      const children = 'children' in child ? child.children : []
      hidden.push(child)
      const stand: Element = {
        type: 'element',
        tagName: placeholder,
        properties: {dataOdMdx: `${key}-${hidden.length - 1}`},
        children
      }
      hideMdx(stand, key, hidden)
      return stand
    }
    if ('children' in child) hideMdx(child, key, hidden)
    return child
  })
}

/**
 * Put the MDX nodes back, with their sanitised children; remove forged
 * placeholders; replace an image whose address was removed (another host)
 * by its alternative text.
 */
function restore(node: Parents, key: string, hidden: readonly Nodes[]): void {
  node.children = node.children.flatMap((child): RootContent[] => {
    if (child.type !== 'element') return [child]
    restore(child, key, hidden)
    if (child.tagName === placeholder) {
      const [owner, index] = String(child.properties.dataOdMdx ?? '').split(/-(?=\d+$)/)
      const original = owner === key ? hidden[Number(index)] : undefined
      if (!original) return child.children
      if ('children' in original) (original as {children: unknown}).children = child.children
      return [original as RootContent]
    }
    if (
      child.tagName === 'img' &&
      (typeof child.properties.src !== 'string' || isOtherHostUrl(child.properties.src))
    ) {
      const alt = typeof child.properties.alt === 'string' ? child.properties.alt : ''
      return alt ? [{type: 'text', value: alt}] : []
    }
    if (typeof child.properties.id === 'string' && child.properties.id.startsWith('__'))
      delete child.properties.id
    return [child]
  })
}

/**
 * Rehype plugin for the guide pages (after rehype-raw): sanitise the HTML
 * with {@link guideSanitizeSchema}, keeping the MDX nodes Docusaurus's own
 * plugins made from Markdown (they come from Markdown syntax, never from
 * raw HTML, in the `md` format the guides are built in).
 */
export function rehypeSanitizeGuides(): (tree: Root) => Root {
  const sanitize = rehypeSanitize.default(guideSanitizeSchema)
  return (tree) => {
    const key = randomUUID()
    const hidden: Nodes[] = []
    hideMdx(tree, key, hidden)
    const clean = sanitize(tree)
    restore(clean, key, hidden)
    return clean
  }
}
