import {randomUUID} from 'node:crypto'
import type {Element, Nodes, Parents, Root, RootContent} from 'hast'
import type {Options as SanitizeSchema} from 'rehype-sanitize'
import {rehypeSanitize} from './workspace.js'

/*
 * The allow list for the HTML of guide pages. The guides are Markdown; raw
 * HTML in them (which lint already warns about) passes this list after
 * rehype-raw has parsed it: GitHub's list (`defaultSchema`), narrowed so
 * that nothing runs and nothing is loaded from another host.
 */
const base = rehypeSanitize.defaultSchema
const removedEverywhere = new Set(['action', 'method', 'encType', 'accept', 'acceptCharset', 'name'])

/** Placeholder element for the MDX nodes Docusaurus's own Markdown plugins make (table of contents, images, admonitions). */
const placeholder = 'od-mdx'

/**
 * The schema: no `<script>`, `<style>`, `<iframe>`, `<object>`, forms,
 * `<picture>`/`<source>` or event handlers; no `style`, `srcset`, `ping`,
 * `background` or `longdesc`; links only `http`, `https` and `mailto`.
 * An image must come from the site itself: after this list, an image with
 * an absolute (`https://host/…`) or protocol-relative (`//host/…`) address
 * is replaced by its alternative text. Ids are kept as written (Docusaurus gives
 * headings their anchors), without GitHub's `user-content-` prefix.
 */
export const guideSanitizeSchema: SanitizeSchema = {
  ...base,
  tagNames: [...(base.tagNames ?? []).filter((tag) => tag !== 'picture' && tag !== 'source'), placeholder],
  attributes: {
    ...Object.fromEntries(Object.entries(base.attributes ?? {}).filter(([tag]) => tag !== 'source')),
    '*': (base.attributes?.['*'] ?? []).filter((attribute) => typeof attribute !== 'string' || !removedEverywhere.has(attribute)),
    img: ['alt', 'src', 'title', 'width', 'height'],
    [placeholder]: ['dataOdMdx']
  },
  protocols: {href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https']},
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'select', 'svg', 'math'],
  clobber: [],
  clobberPrefix: ''
}

const mdxTypes = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'])

/** An address with a scheme or a host of its own: not a file of this site. */
function isElsewhere(url: string): boolean {
  return /^\s*(?:[a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(url)
}

/** Replace every MDX node by a placeholder that carries this run's key, keeping its children to be sanitised. */
function hideMdx(node: Parents, key: string, hidden: Nodes[]): void {
  node.children = node.children.map((child) => {
    if (mdxTypes.has(child.type)) {
      const children = 'children' in child ? child.children : []
      hidden.push(child)
      const stand: Element = {type: 'element', tagName: placeholder, properties: {dataOdMdx: `${key}-${hidden.length - 1}`}, children}
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
    if (child.tagName === 'img' && (typeof child.properties.src !== 'string' || isElsewhere(child.properties.src))) {
      const alt = typeof child.properties.alt === 'string' ? child.properties.alt : ''
      return alt ? [{type: 'text', value: alt}] : []
    }
    if (typeof child.properties.id === 'string' && child.properties.id.startsWith('__')) delete child.properties.id
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
