import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  withContentSecurityPolicy
} from '../plugins/open-deuren-content/csp.js'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const page =
  '<!doctype html><html lang=nl-NL><head><meta charset=UTF-8><title>x</title><script data-rh=true>banner()</script></head><body><script>theme()</script><script src=/assets/js/main.js defer></script><script>theme()</script>' +
  '<div id=__docusaurus><main><script>window.__pwned = true</script></main></div></body></html>'

describe('Content-Security-Policy of built pages', () => {
  it('hashes each inline script around the app once, never a script with src, never a script inside the app (page content)', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('banner()'), sha('theme()')])
    expect(
      inlineScriptHashes('<body><div id="__docusaurus"><script>a()</script></div></body>')
    ).toEqual([])
  })

  it('allows scripts from the site and the given hashes only, images from the site and data:, nothing from other hosts', () => {
    expect(contentSecurityPolicy([sha('a')])).toBe(
      `default-src 'self'; script-src 'self' ${sha('a')}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'`
    )
  })

  it('puts the policy right after the character set, before every script, once', () => {
    const once = withContentSecurityPolicy(page)
    expect(
      once.startsWith(
        `<!doctype html><html lang=nl-NL><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${sha('banner()')} ${sha('theme()')};`
      )
    ).toBe(true)
    expect(withContentSecurityPolicy(once)).toBe(once)
    expect(withContentSecurityPolicy('<html><head></head><body></body></html>')).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><\/head>/
    )
  })
})
