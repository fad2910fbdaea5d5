/**
 * Whether a link target may become a link: `http`, `https`, `mailto` or no
 * scheme at all. Anything else (`javascript:`) is shown as text. Browsers
 * ignore control characters and spaces in a scheme, so those are removed first.
 *
 * @param url the link target
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))
  return !scheme || ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase())
}
