import {defaultSchema, type Schema} from 'hast-util-sanitize'

/*
 * The allow list for the HTML of guide pages, one for every place that shows
 * a guide: the site (after rehype-raw) and the studio's preview. GitHub's
 * list (`defaultSchema`), narrowed so that nothing runs and nothing is
 * loaded from another host. Browser-safe: no Node API.
 */
const base = defaultSchema
const removedEverywhere = new Set([
  'action',
  'method',
  'encType',
  'accept',
  'acceptCharset',
  'name'
])

/**
 * The schema: no `<script>`, `<style>`, `<iframe>`, `<object>`, forms,
 * `<picture>`/`<source>` or event handlers; no `style`, `srcset`, `ping`,
 * `background` or `longdesc`; links only `http`, `https` and `mailto`.
 * Ids are kept as written (Docusaurus gives headings their anchors),
 * without GitHub's `user-content-` prefix. An image from another host is
 * not refused by the schema itself: see {@link isOtherHostUrl}.
 */
export const guideSanitizeSchema: Schema = {
  ...base,
  tagNames: (base.tagNames ?? []).filter((tag) => tag !== 'picture' && tag !== 'source'),
  attributes: {
    ...Object.fromEntries(
      Object.entries(base.attributes ?? {}).filter(([tag]) => tag !== 'source')
    ),
    '*': (base.attributes?.['*'] ?? []).filter(
      (attribute) => typeof attribute !== 'string' || !removedEverywhere.has(attribute)
    ),
    img: ['alt', 'src', 'title', 'width', 'height']
  },
  protocols: {href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https']},
  strip: [
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'noscript',
    'template',
    'textarea',
    'select',
    'svg',
    'math'
  ],
  clobber: [],
  clobberPrefix: ''
}

/**
 * Whether an image address is on another host (a scheme or `//host/…`):
 * such an image is shown as its alternative text, so that opening a guide
 * loads nothing from elsewhere.
 *
 * @param url the address as written
 */
export function isOtherHostUrl(url: string): boolean {
  return /^\s*(?:[a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(url)
}
